import { useCallback, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { Result } from '../../core/issues';
import type { ColumnMapping } from '../../core/layout/mapping';
import type { Role } from '../../core/layout/roles';
import { DEFAULT_POLICY, type ScoringPolicy } from '../../core/scoring/policy';
import { computeSheet, defaultYear, indicatorSheets, openSheet, resolveMapping, restoreSheet, storedComputedAt, storedPolicy, type SheetChoices } from '../../session';
import type { SheetSnapshot, WorkbookPort } from '../../workbook/port';
import type { FileWorkbook, LayoutView, PipelineDeps } from '../pipeline/deps.types';
import type { ComputeStep, PaneMode, PipelineState } from '../pipeline/pipeline.types';
import { collectFindings, resolvedSince, withReview, type FindingRow, type ResolvedFinding } from '../pipeline/findings';
import type { ReviewStatus } from '../../core/rules/reviewMarks';
import { withBaseline, withMarks, type StoredReviews } from '../../workbook/reviews';
import type { AuditSheet } from '../../workbook/auditSheet';
import { cellTextAt } from '../../workbook/cellText';

export interface PipelineActions {
  openWorkbook(port: WorkbookPort, name: string | null): Promise<void>;
  openBytes(bytes: Uint8Array, name: string): Promise<void>;
  selectSheet(name: string): Promise<void>;
  setOverride(role: Role, column: string | null): void;
  setYear(year: number | null): void;
  /** Choose the header row by hand (null: back to the detected one). */
  setHeaderRow(row: number | null): void;
  setPolicy(policy: ScoringPolicy): void;
  compute(): Promise<void>;
  clear(): Promise<void>;
  select(address: string): Promise<void>;
  /** The scored workbook as bytes (preview mode), or null when there is no file workbook. */
  save(): Promise<Uint8Array | null>;
  /** Record the auditor's mark on findings (by fingerprint) in the workbook; the first mark also records the review. */
  markFindings(fingerprints: readonly string[], status: ReviewStatus, comment: string): Promise<boolean>;
  /** Keep the current findings as the sheet's last review, so the next compute shows what is new and resolved. */
  recordReview(): Promise<boolean>;
  /** Write the "Traguardo – Rilievi" sheet (replacing Traguardo's previous one); its name, or null when it failed. */
  writeAuditSheet(sheet: AuditSheet): Promise<string | null>;
  /** Show an error raised outside the port (e.g. the host adapter could not start). */
  fail(error: unknown): void;
  dismiss(): void;
}

export interface Pipeline {
  state: PipelineState;
  /** The mapping the next computation will use (the session's `resolveMapping`: choices › stored › detected). */
  mapping: Result<ColumnMapping> | null;
  /** The detection that mapping rests on: run again for a year the user chose, so the panel shows its columns. */
  layout: LayoutView | null;
  actions: PipelineActions;
  /** Findings of the last computation, rendered in the pane language, with the auditor's marks; null before computing. */
  findings: FindingRow[] | null;
  /** Findings of the sheet's last review that the last computation no longer finds. */
  resolved: ResolvedFinding[];
  /** When the sheet's last review was recorded (ISO), or null. */
  lastReview: string | null;
  /** Sentences for the detection's and the mapping's findings. */
  mappingMessages: string[];
  /** The current error's finding as a sentence. */
  errorDetail: string | null;
  /** The open workbook's port, for whole-workbook work (`useWorkbook`); null before one is open. */
  port(): WorkbookPort | null;
  /** Read a sheet for the workbook list, sharing the reads made while the workbook opens (`openReads`). */
  readForSurvey(name: string): Promise<SheetSnapshot>;
}

/** The user's choices in the set-up form, as the session takes them. */
const choicesOf = (s: PipelineState): SheetChoices => ({ overrides: s.overrides, headerRow: s.headerRow, year: s.year });


const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const initialState = (mode: PaneMode): PipelineState => ({
  mode,
  activity: { kind: 'idle' },
  workbook: null,
  sheet: null,
  overrides: {},
  headerRow: null,
  year: null,
  policy: DEFAULT_POLICY,
  computed: null,
  error: null,
  notice: null,
  selected: null,
  suggestions: null,
  reviews: null,
});

/** The only place where the pane calls the core and the workbook port; components get data and callbacks. */
export function usePipeline(mode: PaneMode, lang: Lang, deps: PipelineDeps): Pipeline {
  const [state, setState] = useState<PipelineState>(() => initialState(mode));
  const stateRef = useRef(state);
  stateRef.current = state;
  const portRef = useRef<WorkbookPort | null>(null);
  const langRef = useRef(lang);
  langRef.current = lang;
  const fileRef = useRef<FileWorkbook | null>(null);
  /**
   * Sheets read while a workbook opens, shared by the three readers of that moment — the open sheet, the proposal of
   * indicator sheets and the workbook list (`readForSurvey`) — so each sheet is read once (one sync each in Excel).
   * An entry goes to the second reader that asks for it; the map starts empty with each opened workbook. Compute,
   * Clear and a sheet chosen later always read afresh.
   */
  const openReads = useRef(new Map<string, Promise<SheetSnapshot>>());
  const readForSurvey = useCallback((name: string): Promise<SheetSnapshot> => {
    const port = portRef.current;
    if (!port) return Promise.reject(new Error('no workbook open'));
    const pending = openReads.current.get(name);
    if (pending) {
      openReads.current.delete(name);
      return pending;
    }
    const read = port.readSheet(name);
    openReads.current.set(name, read);
    read.catch(() => openReads.current.delete(name));
    return read;
  }, []);
  const patch = useCallback((p: Partial<PipelineState>) => setState((s) => ({ ...s, ...p })), []);

  const hostError = useCallback(
    (error: unknown) => {
      console.error('[traguardo]', error); // for diagnostics; the user sees the message bar
      patch({ activity: { kind: 'idle' }, error: { kind: 'host', issue: deps.toIssue(error) } });
    },
    [deps, patch],
  );

  /** The workbook's indicator sheets other than `active` (null when there is none). */
  const suggestSheets = useCallback(
    async (port: WorkbookPort, active: string, sheets: string[]): Promise<string[] | null> => {
      const found = await indicatorSheets({ readSheet: readForSurvey }, sheets.filter((name) => name !== active), deps.indicatorSheetScore);
      return found.length > 0 ? found.map((s) => s.name) : null;
    },
    [deps, readForSurvey],
  );

  const loadSheet = useCallback(
    async (port: WorkbookPort, name: string, opening = false) => {
      const snapshot = await (opening ? readForSurvey(name) : port.readSheet(name));
      const settings = await port.readSettings();
      const sheet = openSheet(snapshot, settings, deps);
      const policy = storedPolicy(settings) ?? stateRef.current.policy;
      // A sheet scored before reopens with its results: scored again in memory from the stored mapping, nothing written.
      const restored = restoreSheet(sheet, policy, langRef.current, deps);
      const at = storedComputedAt(settings, name);
      const computed = restored ? { report: restored.report, plan: restored.plan, outcome: null, at } : null;
      patch({
        sheet,
        overrides: {},
        headerRow: null,
        year: defaultYear(sheet),
        policy,
        computed,
        selected: null,
        suggestions: null,
        reviews: settings?.reviews ?? null,
        activity: { kind: 'idle' },
        ...(computed ? { notice: { kind: 'restored' as const } } : {}),
      });
      return { restored: computed !== null, understood: (sheet.stored ?? sheet.layout.mapping) !== null };
    },
    [deps, patch, readForSurvey],
  );

  const openWorkbook = useCallback(
    async (port: WorkbookPort, name: string | null) => {
      patch({ activity: { kind: 'loading' }, error: null, notice: null });
      try {
        const sheets = await port.listSheets();
        portRef.current = port;
        openReads.current = new Map();
        if (sheets.length === 0) {
          patch({ workbook: { name, sheets }, sheet: null, computed: null, activity: { kind: 'idle' }, error: { kind: 'no-sheets' } });
          return;
        }
        const active = await port.activeSheet();
        patch({ workbook: { name, sheets } });
        const { restored, understood } = await loadSheet(port, active, true);
        const suggestions = understood ? null : await suggestSheets(port, active, sheets);
        // One message per situation: the sheets to pick replace both "opened" and the sheet's own header message.
        if (suggestions) patch({ suggestions });
        else if (name && !restored) patch({ notice: { kind: 'opened', name } });
      } catch (error) {
        hostError(error);
      }
    },
    [hostError, loadSheet, patch],
  );

  const openBytes = useCallback(
    async (bytes: Uint8Array, name: string) => {
      patch({ activity: { kind: 'loading' }, error: null, notice: null });
      let workbook: FileWorkbook;
      try {
        workbook = await deps.openFileWorkbook(bytes);
      } catch (error) {
        patch({ activity: { kind: 'idle' }, error: { kind: 'file', name, issue: deps.toIssue(error) } });
        return;
      }
      fileRef.current = workbook;
      await openWorkbook(workbook, name);
    },
    [deps, openWorkbook, patch],
  );

  const selectSheet = useCallback(
    async (name: string) => {
      const port = portRef.current;
      if (!port) return;
      patch({ activity: { kind: 'loading' }, error: null, notice: null });
      try {
        await loadSheet(port, name);
      } catch (error) {
        hostError(error);
      }
    },
    [hostError, loadSheet, patch],
  );

  const resolved = useMemo(
    () => (state.sheet ? resolveMapping(state.sheet, { overrides: state.overrides, headerRow: state.headerRow, year: state.year }, deps) : null),
    [deps, state.sheet, state.overrides, state.headerRow, state.year],
  );
  const mapping = resolved?.mapping ?? null;
  const mappingRef = useRef(mapping);
  mappingRef.current = mapping;

  const compute = useCallback(async () => {
    const port = portRef.current;
    const current = stateRef.current;
    const { sheet, policy } = current;
    if (!port || !sheet || !mappingRef.current?.ok) return;
    const onStage = async (s: ComputeStep) => {
      patch({ activity: { kind: 'computing', step: s } });
      await tick();
    };
    patch({ error: null, notice: null, selected: null });
    try {
      const at = (deps.now?.() ?? new Date()).toISOString();
      const done = await computeSheet(port, sheet.name, choicesOf(current), { policy, lang, write: true, store: true, onStage, at }, deps);
      if (done.kind === 'skipped') {
        patch({ activity: { kind: 'idle' }, error: { kind: 'host', issue: done.issues[0] ?? deps.toIssue(new Error('no mapping')) } });
        return;
      }
      patch({
        sheet: { ...done.sheet, stored: done.mapping },
        computed: { report: done.report, plan: done.plan, outcome: done.applied, at },
        notice: { kind: 'applied', outcome: done.applied as NonNullable<typeof done.applied> },
        activity: { kind: 'idle' },
      });
    } catch (error) {
      hostError(error);
    }
  }, [deps, hostError, lang, patch]);

  const clear = useCallback(async () => {
    const port = portRef.current;
    const sheet = stateRef.current.sheet;
    if (!port || !sheet) return;
    patch({ activity: { kind: 'clearing' }, error: null, notice: null });
    try {
      const outcome = await port.clear(sheet.name);
      // The audit sheet is Traguardo's too: Clear takes it away (the marks stay with the settings).
      await port.removeAuditSheet?.();
      patch({ computed: null, selected: null, notice: { kind: 'cleared', outcome }, activity: { kind: 'idle' } });
    } catch (error) {
      hostError(error);
    }
  }, [hostError, patch]);

  const select = useCallback(
    async (address: string) => {
      const port = portRef.current;
      const sheet = stateRef.current.sheet;
      patch({ selected: address });
      if (!port || !sheet) return;
      try {
        await port.select(sheet.name, address);
      } catch (error) {
        hostError(error);
      }
    },
    [hostError, patch],
  );

  const findingsRef = useRef<FindingRow[] | null>(null);

  /** Read the stored settings, change their reviews, store them; false (and the error shown) when the host refused. */
  const updateReviews = useCallback(
    async (change: (reviews: StoredReviews | null, sheet: string) => StoredReviews): Promise<boolean> => {
      const port = portRef.current;
      const sheet = stateRef.current.sheet;
      if (!port || !sheet) return false;
      try {
        const settings = await port.readSettings();
        const reviews = change(settings?.reviews ?? null, sheet.name);
        await port.writeSettings({ ...(settings ?? { version: 1, mappings: {} }), reviews });
        patch({ reviews });
        return true;
      } catch (error) {
        hostError(error);
        return false;
      }
    },
    [hostError, patch],
  );

  const baselineOf = (rows: readonly FindingRow[]) =>
    rows.flatMap((r) => (r.fingerprint ? [{ fingerprint: r.fingerprint, cell: r.address, indicator: r.indicator }] : []));

  const markFindings = useCallback(
    (fingerprints: readonly string[], status: ReviewStatus, comment: string) =>
      updateReviews((reviews, sheet) => {
        const at = new Date().toISOString();
        const marked = withMarks(reviews, fingerprints, { status, comment, at });
        // The first mark on a sheet starts its review: what is found now is the reference for "new" and "resolved".
        return marked.baselines[sheet] ? marked : withBaseline(marked, sheet, baselineOf(findingsRef.current ?? []), at);
      }),
    [updateReviews],
  );

  const recordReview = useCallback(
    () => updateReviews((reviews, sheet) => withBaseline(reviews, sheet, baselineOf(findingsRef.current ?? []), new Date().toISOString())),
    [updateReviews],
  );

  const writeAuditSheet = useCallback(
    async (audit: AuditSheet) => {
      const port = portRef.current;
      if (!port?.writeAuditSheet) return null;
      try {
        return await port.writeAuditSheet(audit);
      } catch (error) {
        hostError(error);
        return null;
      }
    },
    [hostError],
  );

  const save = useCallback(async () => {
    const workbook = fileRef.current;
    if (!workbook) return null;
    try {
      return await workbook.save();
    } catch (error) {
      hostError(error);
      return null;
    }
  }, [hostError]);

  const actions = useMemo<PipelineActions>(
    () => ({
      openWorkbook,
      openBytes,
      selectSheet,
      setOverride: (role, column) => setState((s) => ({ ...s, overrides: { ...s.overrides, [role]: column } })),
      setYear: (year) => patch({ year }),
      // A year the user left at its default follows the header row: the title rows above it may name another.
      setHeaderRow: (headerRow) =>
        setState((s) => (s.sheet && s.year === defaultYear(s.sheet, s.headerRow) ? { ...s, headerRow, year: defaultYear(s.sheet, headerRow) } : { ...s, headerRow })),
      setPolicy: (policy) => patch({ policy }),
      compute,
      clear,
      select,
      save,
      markFindings,
      recordReview,
      writeAuditSheet,
      fail: hostError,
      dismiss: () => patch({ error: null, notice: null }),
    }),
    [openWorkbook, openBytes, selectSheet, compute, clear, select, save, markFindings, recordReview, writeAuditSheet, hostError, patch],
  );

  const rendered = useMemo(
    () => (state.computed ? collectFindings(state.computed.report, lang, deps.renderIssue, (a) => cellTextAt(state.sheet?.snapshot ?? null, a, lang)) : null),
    [deps, lang, state.computed, state.sheet],
  );
  findingsRef.current = rendered;
  const sheetName = state.sheet?.name ?? '';
  const reviews = state.reviews ?? null;
  const findings = useMemo(() => (rendered ? withReview(rendered, reviews, sheetName) : null), [rendered, reviews, sheetName]);
  const resolvedFindings = useMemo(() => (rendered ? resolvedSince(rendered, reviews, sheetName) : []), [rendered, reviews, sheetName]);
  const lastReview = reviews?.baselines[sheetName]?.at ?? null;
  const mappingMessages = useMemo(() => {
    // "No header row" is said once, by the panel's own sentence, never again as a finding.
    const issues = (resolved?.issues ?? []).filter((i) => i.code !== 'no-header-row');
    return [...new Set(issues.map((i) => deps.renderIssue(i, lang)))];
  }, [deps, lang, resolved]);
  const errorDetail = state.error && state.error.kind !== 'no-sheets' ? deps.renderIssue(state.error.issue, lang) : null;

  const port = useCallback(() => portRef.current, []);
  return { state, mapping, layout: resolved?.layout ?? null, actions, findings, resolved: resolvedFindings, lastReview, mappingMessages, errorDetail, port, readForSurvey };
}
