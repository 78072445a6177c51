import { issue, type Issue } from '../issues';
import type { IndicatorRow } from '../layout/indicatorRows';
import { foldKeepLength } from '../target/readValue';
import { objectiveCode } from './objectiveKey';
import type { IndicatorReport } from './report.types';

/** "Metaindicatore … n. indicatori con risultati OK (sopra il 90%) / n. indicatori". */
const META = /\bmeta-?indicator[ei]?\b|\bn\.? (?:di )?(?:indicatori|obiettivi) con (?:risultat\w*|valutazion\w*) (?:ok|positiv\w*|sopra)/;
const LEVEL = /sopra (?:il )?(\d{1,3})\s*%|(?:>=?|almeno il)\s*(\d{1,3})\s*%/;

/** A metaindicator row's level (the achievement its siblings must reach, 90% by default), or null for any other row. */
export function metaLevel(row: IndicatorRow, name: string | null): number | null {
  const algorithm = row.cells.algorithm?.cell.text ?? '';
  const f = foldKeepLength(`${algorithm} ${name ?? ''}`);
  if (!META.test(f)) return null;
  return Number(LEVEL.exec(f)?.slice(1).find((x) => x !== undefined) ?? 90);
}

/** Where a metaindicator stands and what it counts. */
export interface MetaSpec {
  objective: string | null;
  code: string | null;
  level: number;
  /** A1 address of its result cell. */
  cell: string | null;
}

/** How many of the metaindicator's siblings reach its level, with the finding that says so; null without siblings. */
export interface MetaCount {
  ok: number;
  of: number;
  finding: Issue;
}

/**
 * Count a metaindicator from the indicators it names: the other indicators of the same objective (and of the
 * objectives below it) that are evaluable, and how many reach the level. Reads the siblings' evaluations; changes
 * nothing: the count becomes the metaindicator's ratio, evaluated like any other (scoreSheet).
 */
export function countMeta(meta: MetaSpec, siblings: readonly IndicatorReport[]): MetaCount | null {
  const code = objectiveCode(meta.objective, meta.code);
  const counted = siblings.filter((o) => o.evaluation.achievement !== null && belongs(o, meta, code));
  if (counted.length === 0) return null;
  const ok = counted.filter((o) => (o.evaluation.achievement as number) >= meta.level).length;
  return {
    ok,
    of: counted.length,
    finding: issue('meta-indicator', 'info', {
      cell: meta.cell ?? undefined, received: `${ok}/${counted.length}`, expected: `>= ${meta.level}%`,
      params: { ok, of: counted.length, level: meta.level },
    }),
  };
}

function belongs(o: IndicatorReport, meta: MetaSpec, code: string | null): boolean {
  if (code === null) return o.objective === meta.objective;
  const oc = objectiveCode(o.objective, o.code);
  return oc !== null && (oc === code || oc.startsWith(code + '.'));
}
