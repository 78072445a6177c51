import type { Lang } from '../core/i18n/lang';
import type { Issue } from '../core/issues';
import { configureFindings } from '../core/rules/configure';
import type { ScoringPolicy } from '../core/scoring/policy';
import type { ApplyOutcome, SheetSnapshot, StoredSettings, WorkbookPort } from '../workbook/port';
import { mergeIssues, openSheet, resolveMapping } from './mapping';
import { withConfirmed } from './settings';
import { NO_CHOICES, type OpenedSheet, type ResolvedMapping, type Scored, type SessionDeps, type SheetChoices } from './types';

/**
 * Score a sheet with a resolved mapping: the core's report with the mapping findings joined to the sheet's findings
 * (configured by the policy like every other finding, so the pane and the CLI list and note the same ones), and
 * the write plan (notes as `policy.notes` and `policy.explainNotes` say).
 */
export function scoreResolved(snapshot: SheetSnapshot, resolved: ResolvedMapping, policy: ScoringPolicy, lang: Lang, deps: SessionDeps): Scored | null {
  if (!resolved.mapping.ok) return null;
  const mapping = resolved.mapping.value;
  const scored = deps.scoreSheet(snapshot, mapping, policy);
  const report = { ...scored, issues: mergeIssues(configureFindings(resolved.issues, policy), scored.issues) };
  return { mapping, report, plan: deps.buildWritePlan(snapshot, report, { lang, policy }) };
}

/**
 * A sheet scored before, scored again in memory from its stored mapping (nothing written): what the pane shows when
 * a scored workbook reopens. Null when the sheet has no stored mapping.
 */
export function restoreSheet(sheet: OpenedSheet, policy: ScoringPolicy, lang: Lang, deps: SessionDeps): Scored | null {
  return sheet.stored ? scoreResolved(sheet.snapshot, resolveMapping(sheet, NO_CHOICES, deps), policy, lang, deps) : null;
}

export type ComputeStage = 'read' | 'score' | 'write';

export interface ComputeOptions {
  policy: ScoringPolicy;
  lang: Lang;
  /** Apply the write plan to the workbook. */
  write: boolean;
  /** Before applying, store the confirmed mapping and the policy in the workbook's settings (the pane does). */
  store: boolean;
  /** When this compute happened (ISO 8601), stored with the settings so a reopened workbook says when its results were computed. */
  at?: string;
  /** Called before each stage; awaited (the pane yields to paint its progress). */
  onStage?: (stage: ComputeStage) => void | Promise<void>;
}

export type ComputeOutcome =
  | ({ kind: 'scored'; sheet: OpenedSheet; resolved: ResolvedMapping; applied: ApplyOutcome | null } & Scored)
  | { kind: 'skipped'; sheet: OpenedSheet; resolved: ResolvedMapping; issues: Issue[] };

/**
 * The pipeline of one sheet, the same for the pane and the CLI: read (unless given a snapshot) → detect → mapping
 * (`resolveMapping`: choices over stored over detected) → score → write plan → store settings → apply.
 * @example await computeSheet(port, 'Obiettivi 2023', NO_CHOICES, { policy, lang: 'it', write: true, store: true }, deps)
 */
export async function computeSheet(
  port: WorkbookPort,
  sheet: string | SheetSnapshot,
  choices: SheetChoices,
  opts: ComputeOptions,
  deps: SessionDeps,
  given: { settings?: StoredSettings | null } = {},
): Promise<ComputeOutcome> {
  await opts.onStage?.('read');
  const snapshot = typeof sheet === 'string' ? await port.readSheet(sheet) : sheet;
  const settings = given.settings !== undefined ? given.settings : await port.readSettings();
  await opts.onStage?.('score');
  const opened = openSheet(snapshot, settings, deps);
  const resolved = resolveMapping(opened, choices, deps);
  const scored = scoreResolved(snapshot, resolved, opts.policy, opts.lang, deps);
  if (scored === null) return { kind: 'skipped', sheet: opened, resolved, issues: resolved.mapping.issues };
  let applied: ApplyOutcome | null = null;
  if (opts.write) {
    await opts.onStage?.('write');
    if (opts.store) await port.writeSettings(withConfirmed(settings, scored.mapping, opts.policy, opts.at));
    applied = await port.apply(scored.plan);
  }
  return { kind: 'scored', sheet: opened, resolved, applied, ...scored };
}

/** A sheet scoring at or above this (`indicatorSheetScore`, 0..1) is taken for an indicator sheet. */
export const INDICATOR_SHEET_THRESHOLD = 0.5;

/**
 * The sheets among `names` that look like indicator sheets, read, in order: what the CLI scores when no `--sheet`
 * is given and what the pane proposes when the open sheet is not one.
 */
export async function indicatorSheets(
  port: Pick<WorkbookPort, 'readSheet'>,
  names: readonly string[],
  score: (grid: SheetSnapshot) => number,
  onRead: (index: number, total: number, name: string) => void = () => undefined,
): Promise<SheetSnapshot[]> {
  const out: SheetSnapshot[] = [];
  for (const [i, name] of names.entries()) {
    onRead(i + 1, names.length, name);
    const snapshot = await port.readSheet(name);
    if (score(snapshot) >= INDICATOR_SHEET_THRESHOLD) out.push(snapshot);
  }
  return out;
}
