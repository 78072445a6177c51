import type { Lang } from '../core/i18n/lang';
import type { Issue } from '../core/issues';
import { indicatorSheetScore } from '../core/layout/detectLayout';
import type { Role } from '../core/layout/roles';
import type { ScoringPolicy } from '../core/scoring/policy';
import type { SheetReport } from '../core/sheet/report.types';
import { computeSheet, indicatorSheets, INDICATOR_SHEET_THRESHOLD, policyOf, SESSION_DEPS, type SessionDeps } from '../session';
import type { ApplyOutcome, SheetSnapshot, WorkbookPort } from '../workbook/port';
import type { WritePlan } from '../workbook/writePlan.types';
import { CliError } from './io';
import { CLI_STRINGS } from './strings';

export { INDICATOR_SHEET_THRESHOLD, policyOf };

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
  /** Policy options given on the command line (`--notes`, `--explain-notes`), over the workbook's stored policy. */
  policy?: Partial<Pick<ScoringPolicy, 'notes' | 'explainNotes'>>;
}

export type SheetOutcome =
  | { kind: 'scored'; report: SheetReport; applied: ApplyOutcome | null; /** What was (or would be) written. */ plan?: WritePlan }
  | { kind: 'skipped'; sheet: string; issues: Issue[] };

export type Stage = 'read' | 'score' | 'write';
export type Progress = (index: number, total: number, sheet: string, stage: Stage) => void;

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
  return indicatorSheets(port, all, indicatorSheetScore, (i, n, name) => progress(i, n, name, 'read'));
}

/** The policy a run scores with: the workbook's stored one, with the command line's options over it. */
export const runPolicy = (stored: ScoringPolicy, opts: PipelineOptions): ScoringPolicy => ({ ...stored, ...(opts.policy ?? {}) });

/**
 * Score the sheets of a workbook through the session (`computeSheet`, the task pane's own pipeline): read → detect
 * layout → mapping (`--header-row`, `--map`, `--year` over the stored mapping over detection) → score → write plan →
 * apply (when `write`). The CLI never stores settings.
 * @throws CliError when a `--sheet` names no sheet of the workbook
 */
export async function scoreWorkbook(
  port: WorkbookPort,
  opts: PipelineOptions,
  progress: Progress = () => undefined,
  deps: SessionDeps = SESSION_DEPS,
): Promise<SheetOutcome[]> {
  const settings = await port.readSettings();
  const policy = runPolicy(policyOf(settings), opts);
  const snapshots = await selectSheets(port, opts, progress);
  const choices = { overrides: opts.map, headerRow: opts.headerRow ?? null, year: opts.year };
  const outcomes: SheetOutcome[] = [];
  for (const [i, snapshot] of snapshots.entries()) {
    const onStage = (stage: Stage) => (stage === 'read' ? undefined : progress(i + 1, snapshots.length, snapshot.name, stage));
    const done = await computeSheet(port, snapshot, choices, { policy, lang: opts.lang, write: opts.write, store: false, onStage }, deps, { settings });
    outcomes.push(done.kind === 'scored' ? { kind: 'scored', report: done.report, plan: done.plan, applied: done.applied } : { kind: 'skipped', sheet: snapshot.name, issues: done.issues });
  }
  return outcomes;
}
