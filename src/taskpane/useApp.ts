import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/i18n/lang';
import { langFromLocale, themeFromBackground } from './boot/query';
import type { AppProps, PaneTab } from './App.types';
import { usePipeline } from './hooks/usePipeline';
import { usePreviewFiles } from './hooks/usePreviewFiles';
import { columnOptions } from './pipeline/columns';
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
  const files = usePreviewFiles(actions, state.workbook?.name ?? null, strings.preview.scoredSuffix);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (mode === 'excel') {
      let port;
      try {
        port = deps.openOfficeWorkbook();
      } catch (error) {
        actions.fail(error);
        return;
      }
      void actions.openWorkbook(port, null);
    } else if (query.sample) {
      void files.loadSample(query.sample);
    }
  }, [actions, deps, files, mode, query.sample]);

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
  const busy = state.activity.kind !== 'idle';
  const yearOk = state.year !== null && state.year >= 1990 && state.year <= 2100;
  return {
    mode,
    lang,
    setLang,
    theme,
    tab,
    setTab,
    strings,
    pipeline,
    files,
    columns,
    busy,
    canCompute: !!pipeline.mapping?.ok && yearOk && !busy,
    canClear: !!state.sheet && !busy,
  };
}
