import type { Lang } from '../core/i18n/lang';
import type { Issue } from '../core/issues';
import { issue } from '../core/issues';
import { applyOverrides } from '../core/layout/applyOverrides';
import { withHeaderRow } from '../core/layout/withHeaderRow';
import { detectLayout, indicatorSheetScore } from '../core/layout/detectLayout';
import { ColumnMappingSchema, type ColumnMapping } from '../core/layout/mapping';
import type { Role } from '../core/layout/roles';
import { DEFAULT_POLICY, ScoringPolicySchema, type ScoringPolicy } from '../core/scoring/policy';
import { scoreSheet } from '../core/sheet/scoreSheet';
import type { SheetReport } from '../core/sheet/report.types';
import type { ApplyOutcome, SheetSnapshot, StoredSettings, WorkbookPort } from '../workbook/port';
import { buildWritePlan } from '../workbook/writePlan';
import { CliError } from './io';
import { CLI_STRINGS } from './strings';

/** Sheets scoring at or above this (0..1) are taken for indicator sheets when no `--sheet` is given. */
export const INDICATOR_SHEET_THRESHOLD = 0.5;

export interface PipelineOptions {
  /** Sheets to score; empty for every sheet that looks like an indicator sheet. */
  sheets: string[];
  year: number | null;
  map: Partial<Record<Role, string | null>>;
  /** The header row given with `--header-row` (1-based), for sheets whose header is not recognised. */
  headerRow?: number | null;
  lang: Lang;
  /** Apply the write plan to the workbook (for `--out`). */
  write: boolean;
}

export type SheetOutcome =
  | { kind: 'scored'; report: SheetReport; applied: ApplyOutcome | null }
  | { kind: 'skipped'; sheet: string; issues: Issue[] };

export type Stage = 'read' | 'score' | 'write';
export type Progress = (index: number, total: number, sheet: string, stage: Stage) => void;

/** The stored scoring policy of the workbook, else the default one. */
export function policyOf(settings: StoredSettings | null): ScoringPolicy {
  const parsed = ScoringPolicySchema.safeParse(settings?.policy ?? {});
  return parsed.success ? parsed.data : DEFAULT_POLICY;
}

function storedMapping(settings: StoredSettings | null, sheet: string): ColumnMapping | null {
  const raw = settings?.mappings[sheet];
  if (raw === undefined) return null;
  const parsed = ColumnMappingSchema.safeParse(raw);
  return parsed.success && parsed.data.sheet === sheet ? parsed.data : null;
}

/**
 * The mapping a sheet is scored with: detection plus `--map` overrides when given; else the mapping stored in
 * the workbook (set to `--year` when given); else the detected one.
 */
function chooseMapping(
  snapshot: SheetSnapshot,
  stored: ColumnMapping | null,
  opts: PipelineOptions,
): { mapping: ColumnMapping; issues: Issue[] } | { mapping: null; issues: Issue[] } {
  const detection = detectLayout(snapshot, opts.year === null ? { sheet: snapshot.name } : { sheet: snapshot.name, year: opts.year });
  const year = opts.year ?? undefined;
  if (opts.headerRow !== undefined && opts.headerRow !== null) {
    const base = withHeaderRow(snapshot, detection.mapping ?? stored, {
      sheet: snapshot.name, headerRow: opts.headerRow, year: opts.year ?? detection.mapping?.year ?? stored?.year ?? new Date().getFullYear() - 1,
    });
    if (base === null) return { mapping: null, issues: [issue('no-header-row', 'error', { received: String(opts.headerRow), expected: 'a row of the sheet with data below it' })] };
    const r = applyOverrides(base, opts.map, year);
    return r.ok ? { mapping: r.value, issues: r.issues } : { mapping: null, issues: r.issues };
  }
  if (Object.keys(opts.map).length > 0) {
    const base = detection.mapping ?? stored;
    if (base === null) return { mapping: null, issues: detection.issues };
    const r = applyOverrides(base, opts.map, year);
    return r.ok ? { mapping: r.value, issues: [...detection.issues, ...r.issues] } : { mapping: null, issues: r.issues };
  }
  if (stored !== null) {
    if (year === undefined || stored.year === year) return { mapping: stored, issues: [] };
    const r = applyOverrides(stored, {}, year);
    return r.ok ? { mapping: r.value, issues: r.issues } : { mapping: null, issues: r.issues };
  }
  return detection.mapping === null ? { mapping: null, issues: detection.issues } : { mapping: detection.mapping, issues: detection.issues };
}

/** Sheets to score, with their snapshots: the named ones (each must exist) or those that look like indicator sheets. */
async function selectSheets(port: WorkbookPort, opts: PipelineOptions, progress: Progress): Promise<SheetSnapshot[]> {
  const all = await port.listSheets();
  if (opts.sheets.length > 0) {
    const missing = opts.sheets.find((s) => !all.includes(s));
    if (missing !== undefined) throw new CliError(CLI_STRINGS[opts.lang].unknownSheet(missing, all.join(', ')));
    const out: SheetSnapshot[] = [];
    for (const [i, name] of opts.sheets.entries()) {
      progress(i + 1, opts.sheets.length, name, 'read');
      out.push(await port.readSheet(name));
    }
    return out;
  }
  const out: SheetSnapshot[] = [];
  for (const [i, name] of all.entries()) {
    progress(i + 1, all.length, name, 'read');
    const snapshot = await port.readSheet(name);
    if (indicatorSheetScore(snapshot) >= INDICATOR_SHEET_THRESHOLD) out.push(snapshot);
  }
  return out;
}

/**
 * Score the sheets of a workbook: read → detect layout → mapping (overrides, stored) → score → write plan →
 * apply (when `write`). The same steps as the task pane, on any `WorkbookPort`.
 * @throws CliError when a `--sheet` names no sheet of the workbook
 */
export async function scoreWorkbook(port: WorkbookPort, opts: PipelineOptions, progress: Progress = () => undefined): Promise<SheetOutcome[]> {
  const settings = await port.readSettings();
  const policy = policyOf(settings);
  const snapshots = await selectSheets(port, opts, progress);
  const outcomes: SheetOutcome[] = [];
  for (const [i, snapshot] of snapshots.entries()) {
    progress(i + 1, snapshots.length, snapshot.name, 'score');
    const chosen = chooseMapping(snapshot, storedMapping(settings, snapshot.name), opts);
    if (chosen.mapping === null) {
      outcomes.push({ kind: 'skipped', sheet: snapshot.name, issues: chosen.issues });
      continue;
    }
    const scored = scoreSheet(snapshot, chosen.mapping, policy);
    const report: SheetReport = { ...scored, issues: mergeIssues(chosen.issues, scored.issues) };
    let applied: ApplyOutcome | null = null;
    if (opts.write) {
      progress(i + 1, snapshots.length, snapshot.name, 'write');
      applied = await port.apply(buildWritePlan(snapshot, report, { lang: opts.lang, policy }));
    }
    outcomes.push({ kind: 'scored', report, applied });
  }
  return outcomes;
}

function mergeIssues(a: Issue[], b: Issue[]): Issue[] {
  const key = (i: Issue) => `${i.code}|${i.cell ?? ''}|${i.expected ?? ''}|${i.received ?? ''}`;
  const seen = new Set(b.map(key));
  return [...a.filter((i) => !seen.has(key(i))), ...b];
}
