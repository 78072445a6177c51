import type { WorkbookPort } from '../workbook/port';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/i18n/lang';
import { langFromLocale, themeFromBackground } from './boot/query';
import type { AppProps, PaneTab } from './App.types';
import { usePipeline } from './hooks/usePipeline';
import { usePreviewFiles } from './hooks/usePreviewFiles';
import { useWorkbook } from './hooks/useWorkbook';
import { useSelectionExplain } from './hooks/useSelectionExplain';
import { columnOptions } from './pipeline/columns';
import { yearAdvice } from './pipeline/yearAdvice';
import { stringsFor } from './strings';

/** Language, theme, tab and the pipeline; opens the workbook (Excel) or the sample named in the address. */
export function useApp({ host, query, deps, browserLanguage, prefersDark }: AppProps) {
  const mode = host.kind;
  const [lang, setLang] = useState<Lang>(() => query.lang ?? langFromLocale(host.kind === 'excel' ? host.displayLanguage : browserLanguage));
  const theme = query.theme ?? (host.kind === 'excel' ? themeFromBackground(host.themeBackground) : prefersDark ? 'dark' : 'light');
  const [tab, setTab] = useState<PaneTab>('summary');
  const strings = stringsFor(lang);
  const pipeline = usePipeline(mode, lang, deps);
  const { state, actions } = pipeline;
  const workbook = useWorkbook(pipeline, deps, lang);
  const files = usePreviewFiles(actions, state.workbook?.name ?? null, strings.preview.scoredSuffix);

  /** Open the workbook Excel has open (the adapter may be loaded on demand; a failure shows like any host error). */
  const openInExcel = useCallback(() => {
    new Promise<WorkbookPort>((resolve) => resolve(deps.openOfficeWorkbook())).then(
      (port) => actions.openWorkbook(port, null),
      (error: unknown) => actions.fail(error),
    );
  }, [actions, deps]);
  /** In Excel, when opening failed (a cell in edit mode, a busy host): try again without reloading the pane. */
  const retryOpen = mode === 'excel' && state.sheet === null && state.error?.kind === 'host' && state.activity.kind === 'idle' ? openInExcel : null;

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (mode === 'excel') {
      openInExcel();
    } else if (query.sample) {
      void files.loadSample(query.sample);
    }
  }, [files, mode, openInExcel, query.sample]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const columns = state.sheet
    ? columnOptions(
        state.sheet.snapshot,
        state.headerRow !== null
          ? [state.headerRow]
          : state.sheet.layout.headerRows.length
            ? state.sheet.layout.headerRows
            : pipeline.mapping?.ok
              ? [pipeline.mapping.value.headerRow]
              : [],
      )
    : [];
  const busy = state.activity.kind !== 'idle' || workbook.running;
  const yearOk = state.year !== null && state.year >= 1990 && state.year <= 2100;

  // What the results were computed from: when the mapping, the year or the policy change afterwards they are stale.
  const inputsKey = JSON.stringify([pipeline.mapping?.ok ? pipeline.mapping.value : null, state.year, state.policy]);
  const computedFrom = useRef<{ computed: unknown; key: string } | null>(null);
  if (state.computed === null) computedFrom.current = null;
  else if (computedFrom.current?.computed !== state.computed) computedFrom.current = { computed: state.computed, key: inputsKey };
  const outOfDate = computedFrom.current !== null && computedFrom.current.key !== inputsKey;

  // Results first: once computed, the set-up folds to one line until the user asks to edit it.
  const [editingSetup, setEditingSetup] = useState(true);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const lastComputed = useRef(state.computed);
  useEffect(() => {
    if (state.computed === lastComputed.current) return;
    lastComputed.current = state.computed;
    if (state.computed === null) {
      setEditingSetup(true);
      return;
    }
    setEditingSetup(false);
    setTab('summary');
    // Focus follows the result: the summary region, so a screen reader reads what was computed.
    // Without preventScroll, Chromium centres a focused element taller than the window: at 320 px its middle, far
    // below the counts. Instead its top is brought into view, and only when it is off screen.
    requestAnimationFrame(() => {
      const el = summaryRef.current;
      if (!el) return;
      el.focus({ preventScroll: true });
      const top = el.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight - 160) el.scrollIntoView?.({ block: 'start' });
    });
  }, [state.computed]);

  // Every number explained: the indicator of the cell selected in Excel, in the preview grid or in the summary.
  const explainSel = useSelectionExplain(mode, state.workbook ? pipeline.port() : null, !!state.computed);
  const { show } = explainSel;
  const openName = state.sheet?.name ?? null;
  useEffect(() => {
    if (state.selected && openName) show({ sheet: openName, address: state.selected });
  }, [state.selected, openName, show]);

  const [settingsInvalid, setSettingsInvalid] = useState(false);
  return {
    explainSelection: explainSel.selection,
    closeExplanation: () => show(null),
    /** Select a cell from the pane (summary, grid, the card's button) and explain its row, even when it was selected before. */
    selectAndExplain: (address: string) => {
      if (openName) show({ sheet: openName, address });
      void actions.select(address);
    },
    mode,
    lang,
    setLang,
    theme,
    tab,
    setTab,
    strings,
    pipeline,
    workbook,
    files,
    columns,
    busy,
    canCompute: !!pipeline.mapping?.ok && yearOk && !busy && !settingsInvalid,
    blockedReason: settingsInvalid ? strings.settingsBlockCompute : null,
    setSettingsInvalid,
    outOfDate,
    retryOpen,
    setupFolded: !!state.computed && !editingSetup,
    yearAdvice: state.computed && state.year !== null && !outOfDate ? yearAdvice(state.computed.report, state.year) : null,
    editSetup: () => setEditingSetup(true),
    summaryRef,
    canClear: !!state.sheet && !busy,
  };
}
