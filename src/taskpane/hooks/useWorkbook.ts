import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { Issue } from '../../core/issues';
import type { PipelineDeps } from '../pipeline/deps.types';
import { computeSheets, policyKey, summarize, surveyWorkbook, type SheetEntry, type SheetSummary } from '../pipeline/workbookRun';
import type { Pipeline } from './usePipeline';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface WorkbookRunProgress {
  sheet: string;
  index: number;
  total: number;
}

/** The outcome of "compute all": how many sheets were computed, and each failure with its sheet. */
export interface WorkbookRunOutcome {
  ok: number;
  total: number;
  failures: Array<{ sheet: string; error: 'no-mapping' | Issue }>;
}

export interface Workbook {
  /** The workbook's sheets with what each is; null before the survey (or with one sheet only: nothing to list). */
  entries: SheetEntry[] | null;
  /** Each computed sheet's overview line, kept when the pane moves to another sheet. */
  summaries: Readonly<Record<string, SheetSummary>>;
  /** Sheets whose last compute failed. */
  failed: ReadonlySet<string>;
  progress: WorkbookRunProgress | null;
  outcome: WorkbookRunOutcome | null;
  running: boolean;
  /** True when the summary of `sheet` was computed with another policy than the pane's now. */
  isOutOfDate(sheet: string): boolean;
  computeAll(): Promise<void>;
  /** Open a sheet in the pane, with its results when it was computed. */
  show(sheet: string): Promise<void>;
  dismissOutcome(): void;
}

/**
 * The whole workbook beside the pipeline's one open sheet: surveys the sheets when a workbook opens, keeps every
 * computed sheet's summary (from "compute all" and from the pipeline's own computes and restores), and computes
 * all indicator sheets in turn.
 */
export function useWorkbook(pipeline: Pipeline, deps: PipelineDeps, lang: Lang): Workbook {
  const { state, actions } = pipeline;
  const [entries, setEntries] = useState<SheetEntry[] | null>(null);
  const [summaries, setSummaries] = useState<Record<string, SheetSummary>>({});
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<WorkbookRunProgress | null>(null);
  const [outcome, setOutcome] = useState<WorkbookRunOutcome | null>(null);
  const running = progress !== null;

  // A new workbook: forget the last one's sheets and survey this one's (only worth listing with two sheets or more).
  const workbook = state.workbook;
  useEffect(() => {
    setEntries(null);
    setSummaries({});
    setFailed(new Set());
    setOutcome(null);
    const port = pipeline.port();
    if (!workbook || workbook.sheets.length < 2 || !port) return;
    let live = true;
    surveyWorkbook(port, deps, workbook.sheets, lang, pipeline.readForSurvey).then(
      (found) => {
        if (!live) return;
        setEntries(found);
        // Sheets computed in an earlier session show their line; a summary this session already holds is newer.
        const stored = Object.fromEntries(found.flatMap((e) => (e.stored ? [[e.name, e.stored] as const] : [])));
        setSummaries((s) => ({ ...stored, ...s }));
      },
      (error: unknown) => console.error('[traguardo]', error), // the list stays hidden; the open sheet still works
    );
    return () => {
      live = false;
    };
    // Surveyed once per opened workbook (the port and deps belong to it).
  }, [workbook]);

  // The open sheet's results (computed or reopened) join the overview; Clear takes them out.
  const sheetName = state.sheet?.name ?? null;
  useEffect(() => {
    if (!sheetName) return;
    const computed = state.computed;
    if (computed) {
      setSummaries((s) => ({ ...s, [sheetName]: summarize(computed.report, computed.at ?? null, state.policy) }));
      setFailed((f) => (f.has(sheetName) ? new Set([...f].filter((x) => x !== sheetName)) : f));
    } else if (state.notice?.kind === 'cleared') {
      setSummaries((s) => {
        const { [sheetName]: _gone, ...rest } = s;
        return rest;
      });
    }
    // Keyed on the results, not on every policy edit: a summary keeps the policy it was computed with.
  }, [state.computed, sheetName, state.notice]);

  const stateRef = useRef(state);
  stateRef.current = state;
  const mappingRef = useRef(pipeline.mapping);
  mappingRef.current = pipeline.mapping;

  const computeAll = useCallback(async () => {
    const port = pipeline.port();
    const sheets = (entries ?? []).filter((e) => e.kind === 'indicators').map((e) => e.name);
    if (!port || sheets.length === 0 || running) return;
    const { sheet, policy, overrides, headerRow, year } = stateRef.current;
    const open = mappingRef.current;
    setOutcome(null);
    actions.dismiss();
    const at = (deps.now?.() ?? new Date()).toISOString();
    const runs = await computeSheets(
      port,
      deps,
      sheets,
      // The open sheet is computed with the columns and year the user set in the pane (not at all while they are invalid).
      { policy, lang, at, ...(sheet && open ? { choices: { [sheet.name]: open.ok ? { overrides, headerRow, year } : null } } : {}) },
      async (s, index, total) => {
        setProgress({ sheet: s, index, total });
        await tick();
      },
    );
    const done = runs.flatMap((r) => (r.ok ? [r] : []));
    setSummaries((s) => ({ ...s, ...Object.fromEntries(done.map((r) => [r.sheet, summarize(r.computed.report, r.computed.at ?? null, policy)])) }));
    setFailed(new Set(runs.filter((r) => !r.ok).map((r) => r.sheet)));
    // The pane shows the open sheet's new results, or the first computed sheet's when the open one is not an indicator sheet.
    const target = done.find((r) => r.sheet === sheet?.name)?.sheet ?? done[0]?.sheet;
    if (target) {
      await actions.selectSheet(target);
      actions.dismiss(); // the run's own message says what happened, not "reopened from the sheet"
    }
    setProgress(null);
    setOutcome({ ok: done.length, total: runs.length, failures: runs.flatMap((r) => (r.ok ? [] : [{ sheet: r.sheet, error: r.error }])) });
  }, [actions, deps, entries, lang, pipeline, running]);

  const show = useCallback(async (sheet: string) => actions.selectSheet(sheet), [actions]);
  const currentPolicy = policyKey(state.policy);
  const isOutOfDate = useCallback((sheet: string) => {
    const s = summaries[sheet];
    return !!s && s.policyKey !== currentPolicy;
  }, [summaries, currentPolicy]);

  return {
    entries,
    summaries,
    failed,
    progress,
    outcome,
    running,
    isOutOfDate,
    computeAll,
    show,
    dismissOutcome: () => setOutcome(null),
  };
}
