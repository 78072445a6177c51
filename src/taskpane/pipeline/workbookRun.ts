/**
 * The whole workbook: which sheets are indicator sheets (and why the others are left out), and computing them one
 * after the other so that one failing sheet does not stop the others. Plain async code over the port and the
 * pane's deps; `useWorkbook` holds its state.
 */
import type { Lang } from '../../core/i18n/lang';
import type { Issue } from '../../core/issues';
import type { Grid } from '../../core/layout/grid.types';
import { DEFAULT_POLICY, type ScoringPolicy } from '../../core/scoring/policy';
import type { SheetReport } from '../../core/sheet/report.types';
import type { SheetSnapshot, WorkbookPort } from '../../workbook/port';
import type { PipelineDeps } from './deps.types';
import type { Computed } from './pipeline.types';
import { computeSheet as computeSession, INDICATOR_SHEET_THRESHOLD, NO_CHOICES, openSheet, restoreSheet, type SheetChoices } from '../../session';
import { storedComputedAt, storedPolicy } from './settings';

/** What a sheet is, for the workbook list: an indicator sheet, or why it is left out. */
export type SheetKind = 'indicators' | 'empty' | 'text' | 'not-indicators';

export interface SheetEntry {
  name: string;
  kind: SheetKind;
  /** A sheet computed in an earlier session: its overview line, scored again in memory from what was stored. */
  stored?: SheetSummary;
}

/**
 * Why a sheet that is not an indicator sheet is left out: no content at all, text only (instructions, notes: no
 * number anywhere), or a table without target and result columns.
 * @example sheetKind({ origin: { row: 0, col: 0 }, cells: [], merges: [], tables: [], hiddenRows: [], hiddenCols: [] }, 0) //=> 'empty'
 */
export function sheetKind(grid: Grid, score: number): SheetKind {
  // The session's one threshold: the sheets the CLI scores are the ones the pane lists and proposes.
  if (score >= INDICATOR_SHEET_THRESHOLD) return 'indicators';
  let filled = false;
  for (const row of grid.cells)
    for (const cell of row) {
      if (typeof cell.value === 'number') return 'not-indicators';
      if (cell.text.trim() !== '' || (typeof cell.value === 'string' ? cell.value.trim() !== '' : cell.value !== null)) filled = true;
    }
  return filled ? 'text' : 'empty';
}

/**
 * Every visible sheet of the workbook with what it is, in the workbook's order; an indicator sheet computed before
 * carries its overview line, scored in memory from the stored mapping and policy (nothing is written).
 */
export async function surveyWorkbook(
  port: Pick<WorkbookPort, 'readSettings'>,
  deps: PipelineDeps,
  sheets: readonly string[],
  lang: Lang,
  read: (name: string) => Promise<SheetSnapshot>,
): Promise<SheetEntry[]> {
  const settings = await port.readSettings();
  const policy = storedPolicy(settings) ?? DEFAULT_POLICY;
  const out: SheetEntry[] = [];
  for (const name of sheets) {
    const grid = await read(name);
    const kind = sheetKind(grid, deps.indicatorSheetScore(grid));
    // Scored again in memory the way a reopened sheet is (the session's restoreSheet), nothing written.
    const restored = kind === 'indicators' ? restoreSheet(openSheet(grid, settings, deps), policy, lang, deps) : null;
    out.push(restored ? { name, kind, stored: summarize(restored.report, storedComputedAt(settings, name), policy) } : { name, kind });
  }
  return out;
}

/** A sheet whose target and result columns are neither stored nor detected: it needs the user's mapping. */
export class NoMappingError extends Error {
  override readonly name = 'NoMappingError';
  constructor(readonly sheet: string) {
    super(`${sheet}: no mapping`);
  }
}

export interface RunOptions {
  policy: ScoringPolicy;
  lang: Lang;
  /** The instant stamped on every sheet of the run (ISO). */
  at: string;
  /**
   * What the user chose in the pane for the open sheet (columns, header row, year), taken over the stored or detected
   * mapping by the session's one precedence rule; null where the pane's choice is not valid: that sheet is not
   * computed (never with a mapping the user undid). Other sheets: no choices.
   */
  choices?: Readonly<Record<string, SheetChoices | null>>;
}

/**
 * Compute one sheet unattended through the session (the same pipeline as Compute and the CLI): read, resolve the
 * mapping, score, store the mapping with the time, apply. Throws what the port throws, or `NoMappingError`.
 */
export async function computeSheet(port: WorkbookPort, deps: PipelineDeps, name: string, opts: RunOptions): Promise<Computed> {
  const choices = opts.choices?.[name];
  if (choices === null) throw new NoMappingError(name);
  const done = await computeSession(port, name, choices ?? NO_CHOICES, { policy: opts.policy, lang: opts.lang, write: true, store: true, at: opts.at }, deps);
  if (done.kind === 'skipped') throw new NoMappingError(name);
  return { report: done.report, plan: done.plan, outcome: done.applied, at: opts.at };
}

/** How one sheet of a run ended. */
export type SheetRun = { sheet: string; ok: true; computed: Computed } | { sheet: string; ok: false; error: 'no-mapping' | Issue };

/**
 * Compute the sheets in order; a sheet that fails is reported and the next one computed. `onSheet` is told which
 * sheet starts (1-based index), so the pane can say it.
 */
export async function computeSheets(
  port: WorkbookPort,
  deps: PipelineDeps,
  sheets: readonly string[],
  opts: RunOptions,
  onSheet: (sheet: string, index: number, total: number) => void | Promise<void> = () => undefined,
): Promise<SheetRun[]> {
  const runs: SheetRun[] = [];
  for (const [i, sheet] of sheets.entries()) {
    await onSheet(sheet, i + 1, sheets.length);
    try {
      runs.push({ sheet, ok: true, computed: await computeSheet(port, deps, sheet, opts) });
    } catch (error) {
      if (!(error instanceof NoMappingError)) console.error('[traguardo]', sheet, error); // for diagnostics
      runs.push({ sheet, ok: false, error: error instanceof NoMappingError ? 'no-mapping' : deps.toIssue(error) });
    }
  }
  return runs;
}

/** A sheet's results in one line of the workbook overview. */
export interface SheetSummary {
  indicators: number;
  /** Mean achievement of the indicators that could be evaluated (percent, 57.1 for 57.1%), or null when none. */
  average: number | null;
  findings: number;
  /** When computed (ISO), or null when unknown. */
  at: string | null;
  /** The policy the results were computed with (JSON), to tell when a later setting makes them out of date. */
  policyKey: string;
}

export const policyKey = (policy: ScoringPolicy): string => JSON.stringify(policy);

/** The overview line of a report. */
export function summarize(report: SheetReport, at: string | null, policy: ScoringPolicy): SheetSummary {
  const evaluated = report.indicators.map((i) => i.evaluation.achievement).filter((a): a is number => a !== null);
  const findings = report.issues.length + report.indicators.reduce((n, i) => n + i.evaluation.findings.length, 0);
  return {
    indicators: report.indicators.length,
    average: evaluated.length > 0 ? evaluated.reduce((a, b) => a + b, 0) / evaluated.length : null,
    findings,
    at,
    policyKey: policyKey(policy),
  };
}
