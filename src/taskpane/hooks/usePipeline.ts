import { useCallback, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { Result } from '../../core/issues';
import type { ColumnMapping } from '../../core/layout/mapping';
import { withHeaderRow } from '../../core/layout/withHeaderRow';
import type { Role } from '../../core/layout/roles';
import { DEFAULT_POLICY, type ScoringPolicy } from '../../core/scoring/policy';
import type { WorkbookPort } from '../../workbook/port';
import type { FileWorkbook, PipelineDeps } from '../pipeline/deps.types';
import type { ComputeStep, PaneMode, PipelineState } from '../pipeline/pipeline.types';
import { collectFindings, type FindingRow } from '../pipeline/findings';
import { storedComputedAt, storedMapping, storedPolicy, withConfirmed } from '../pipeline/settings';

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
  /** Show an error raised outside the port (e.g. the host adapter could not start). */
  fail(error: unknown): void;
  dismiss(): void;
}

export interface Pipeline {
  state: PipelineState;
  /** The mapping the next computation will use: detected or stored, with the user's overrides. */
  mapping: Result<ColumnMapping> | null;
  actions: PipelineActions;
  /** Findings of the last computation, rendered in the pane language; null before computing. */
  findings: FindingRow[] | null;
  /** Sentences for the detection's and the mapping's findings. */
  mappingMessages: string[];
  /** The current error's finding as a sentence. */
  errorDetail: string | null;
  /** The open workbook's port, for whole-workbook work (`useWorkbook`); null before one is open. */
  port(): WorkbookPort | null;
}

/** A sheet scoring this much (`indicatorSheetScore`) is proposed when the open one is not an indicator sheet. */
const SUGGEST_SCORE = 0.5;

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
      const found: string[] = [];
      for (const name of sheets) {
        if (name === active) continue;
        if (deps.indicatorSheetScore(await port.readSheet(name)) >= SUGGEST_SCORE) found.push(name);
      }
      return found.length > 0 ? found : null;
    },
    [deps],
  );

  const loadSheet = useCallback(
    async (port: WorkbookPort, name: string) => {
      const snapshot = await port.readSheet(name);
      const settings = await port.readSettings();
      const layout = deps.detectLayout(snapshot, { sheet: name });
      const stored = storedMapping(settings, name);
      const base = stored ?? layout.mapping;
      const policy = storedPolicy(settings) ?? stateRef.current.policy;
      // A sheet scored before reopens with its results: scored again in memory from the stored mapping, nothing written.
      const report = stored ? deps.scoreSheet(snapshot, stored, policy) : null;
      const at = storedComputedAt(settings, name);
      const computed = report ? { report, plan: deps.buildWritePlan(snapshot, report, { lang: langRef.current, policy }), outcome: null, at } : null;
      patch({
        sheet: { name, snapshot, layout, stored },
        overrides: {},
        headerRow: null,
        year: base?.year ?? new Date().getFullYear() - 1,
        policy,
        computed,
        selected: null,
        suggestions: null,
        activity: { kind: 'idle' },
        ...(computed ? { notice: { kind: 'restored' as const } } : {}),
      });
      return { restored: computed !== null, understood: base !== null };
    },
    [deps, patch],
  );

  const openWorkbook = useCallback(
    async (port: WorkbookPort, name: string | null) => {
      patch({ activity: { kind: 'loading' }, error: null, notice: null });
      try {
        const sheets = await port.listSheets();
        portRef.current = port;
        if (sheets.length === 0) {
          patch({ workbook: { name, sheets }, sheet: null, computed: null, activity: { kind: 'idle' }, error: { kind: 'no-sheets' } });
          return;
        }
        const active = await port.activeSheet();
        patch({ workbook: { name, sheets } });
        const { restored, understood } = await loadSheet(port, active);
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

  const mapping = useMemo(() => {
    if (!state.sheet) return null;
    const detected = state.sheet.stored ?? state.sheet.layout.mapping;
    const base =
      state.headerRow === null
        ? detected
        : withHeaderRow(state.sheet.snapshot, detected, { sheet: state.sheet.name, headerRow: state.headerRow, year: state.year ?? detected?.year ?? new Date().getFullYear() - 1 });
    return deps.applyOverrides(base, state.overrides, state.year ?? undefined);
  }, [deps, state.sheet, state.overrides, state.headerRow, state.year]);
  const mappingRef = useRef(mapping);
  mappingRef.current = mapping;

  const compute = useCallback(async () => {
    const port = portRef.current;
    const { sheet, policy } = stateRef.current;
    const resolved = mappingRef.current;
    if (!port || !sheet || !resolved?.ok) return;
    const step = async (s: ComputeStep) => {
      patch({ activity: { kind: 'computing', step: s } });
      await tick();
    };
    patch({ error: null, notice: null, selected: null });
    try {
      await step('read');
      const snapshot = await port.readSheet(sheet.name);
      await step('score');
      const report = deps.scoreSheet(snapshot, resolved.value, policy);
      const plan = deps.buildWritePlan(snapshot, report, { lang, policy });
      await step('write');
      const settings = await port.readSettings();
      const at = (deps.now?.() ?? new Date()).toISOString();
      await port.writeSettings(withConfirmed(settings, resolved.value, policy, at));
      const outcome = await port.apply(plan);
      patch({
        sheet: { ...sheet, snapshot, stored: resolved.value },
        computed: { report, plan, outcome, at },
        notice: { kind: 'applied', outcome },
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
      setHeaderRow: (headerRow) => patch({ headerRow }),
      setPolicy: (policy) => patch({ policy }),
      compute,
      clear,
      select,
      save,
      fail: hostError,
      dismiss: () => patch({ error: null, notice: null }),
    }),
    [openWorkbook, openBytes, selectSheet, compute, clear, select, save, hostError, patch],
  );

  const findings = useMemo(
    () => (state.computed ? collectFindings(state.computed.report, lang, deps.renderIssue) : null),
    [deps, lang, state.computed],
  );
  const mappingMessages = useMemo(() => {
    // "No header row" is said once, by the panel's own sentence, never again as a finding.
    const issues = [...(state.sheet?.stored ? [] : (state.sheet?.layout.issues ?? [])), ...(mapping?.issues ?? [])].filter((i) => i.code !== 'no-header-row');
    return [...new Set(issues.map((i) => deps.renderIssue(i, lang)))];
  }, [deps, lang, mapping, state.sheet]);
  const errorDetail = state.error && state.error.kind !== 'no-sheets' ? deps.renderIssue(state.error.issue, lang) : null;

  const port = useCallback(() => portRef.current, []);
  return { state, mapping, actions, findings, mappingMessages, errorDetail, port };
}
