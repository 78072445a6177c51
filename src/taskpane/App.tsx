import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { AppProps, PaneTab } from './App.types';
import { useApp } from './useApp';
import { useAppStyles } from './App.styles';
import { ComputeBar } from './components/ComputeBar/ComputeBar';
import { FindingsList } from './components/FindingsList/FindingsList';
import { MappingPanel } from './components/MappingPanel/MappingPanel';
import { PaneHeader } from './components/PaneHeader/PaneHeader';
import { PaneTabs } from './components/PaneTabs/PaneTabs';
import { PreviewToolbar } from './components/PreviewToolbar/PreviewToolbar';
import { SettingsPanel } from './components/SettingsPanel/SettingsPanel';
import { SheetGrid } from './components/SheetGrid/SheetGrid';
import { WorkbookPanel } from './components/WorkbookPanel/WorkbookPanel';
import { computedOnText } from './format/formatDateTime';
import { StatusBar } from './components/StatusBar/StatusBar';
import { Summary } from './components/Summary/Summary';
// Not lazy: a lazy chunk importing Fluent UI's barrel grew the initial JavaScript by 7.7 KB gzipped (measured), more
// than the card itself costs (2.5 KB).
import { Explanation } from './components/Explanation/Explanation';

const TABS: readonly PaneTab[] = ['summary', 'findings', 'settings'];

/** The task pane: header, status bar, (preview toolbar), mapping, compute, and the three tabs; the grid in preview. */
export function App(props: AppProps) {
  const app = useApp(props);
  const styles = useAppStyles();
  const { strings, lang, pipeline } = app;
  const { state, actions } = pipeline;
  const computed = state.computed;
  const workbookBase = (state.workbook?.name ?? state.sheet?.name ?? 'traguardo').replace(/\.xlsx$/i, '');

  const pane = (
    <main className={styles.pane} aria-label={strings.appTitle}>
      <PaneHeader mode={app.mode} lang={lang} strings={strings} onLangChange={app.setLang} />
      <StatusBar
        error={state.error}
        errorDetail={pipeline.errorDetail}
        notice={state.notice}
        strings={strings}
        lang={lang}
        onDismiss={actions.dismiss}
        onRetry={app.retryOpen}
      />
      {app.mode === 'preview' ? (
        <PreviewToolbar
          strings={strings}
          busy={app.busy}
          canDownload={!!computed}
          onOpenFile={(f) => void app.files.openFile(f)}
          onLoadSample={(s) => void app.files.loadSample(s)}
          onDownload={() => void app.files.download()}
        />
      ) : null}
      {state.activity.kind === 'loading' ? <Spinner size="small" label={strings.loading} /> : null}
      {state.sheet && state.suggestions ? (
        <MessageBar intent="warning" layout="multiline" data-testid="sheet-suggestions">
          <MessageBarBody>
            {strings.notIndicatorSheet(state.sheet.name)}
            <span className={styles.suggestions}>
              {state.suggestions.map((s) => (
                <Button key={s} size="small" onClick={() => void actions.selectSheet(s)} disabled={app.busy}>
                  {strings.openSheet(s)}
                </Button>
              ))}
            </span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.sheet && state.workbook && app.setupFolded ? (
        <div className={styles.setupLine} data-testid="setup-summary">
          <Text className={styles.setupText}>
            {strings.setupSummary(state.sheet.name, pipeline.mapping?.ok ? pipeline.mapping.value.headerRow : null, state.year)}
          </Text>
          <Button size="small" appearance="secondary" onClick={app.editSetup} disabled={app.busy}>
            {strings.editSetup}
          </Button>
        </div>
      ) : null}
      {state.sheet && state.workbook && !app.setupFolded ? (
        <MappingPanel
          key={state.sheet.name}
          strings={strings}
          sheets={state.workbook.sheets}
          sheet={state.sheet.name}
          columns={app.columns}
          layout={pipeline.layout ?? state.sheet.layout}
          stored={state.sheet.stored}
          overrides={state.overrides}
          mapping={pipeline.mapping}
          messages={pipeline.mappingMessages}
          quiet={state.suggestions !== null}
          year={state.year}
          disabled={app.busy}
          onSheetChange={(s) => void actions.selectSheet(s)}
          onOverride={actions.setOverride}
          onYearChange={actions.setYear}
          headerRow={state.headerRow}
          onHeaderRowChange={actions.setHeaderRow}
        />
      ) : null}
      {state.sheet ? (
        <ComputeBar
          strings={strings}
          activity={state.activity}
          canCompute={app.canCompute}
          blockedReason={app.blockedReason}
          canClear={app.canClear}
          onCompute={() => void actions.compute()}
          onClear={() => void actions.clear()}
        />
      ) : null}
      <WorkbookPanel
        strings={strings}
        lang={lang}
        workbook={app.workbook}
        openSheet={state.sheet?.name ?? null}
        openOutOfDate={app.outOfDate}
        busy={app.busy}
        blockedReason={app.blockedReason}
        decimals={state.policy.displayDecimals}
      />
      <PaneTabs<PaneTab> tabs={TABS.map((t) => ({ value: t, label: strings.tabs[t] }))} selected={app.tab} label={strings.tabsLabel} onSelect={app.setTab} />
      {app.yearAdvice && state.year !== null ? (
        <MessageBar intent="warning" layout="multiline" data-testid="year-advice">
          <MessageBarBody>{strings.yearAdvice(app.yearAdvice.missing, app.yearAdvice.total, state.year, app.yearAdvice.year)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => app.yearAdvice && actions.setYear(app.yearAdvice.year)}>
              {strings.useYear(app.yearAdvice.year)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {app.outOfDate ? (
        <MessageBar intent="warning" layout="multiline" data-testid="out-of-date">
          <MessageBarBody>{strings.outOfDate}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div
        role="tabpanel"
        id={`panel-${app.tab}`}
        aria-labelledby={`tab-${app.tab}`}
        className={styles.tabPanel}
        ref={app.summaryRef}
        tabIndex={-1}
      >
        {app.tab === 'summary' ? (
          <>
            {computed ? (
              <Explanation
                strings={strings}
                lang={lang}
                mode={app.mode}
                report={computed.report}
                plan={computed.plan}
                snapshot={state.sheet?.snapshot ?? null}
                policy={state.policy}
                selection={app.explainSelection}
                onJump={app.selectAndExplain}
                onClose={app.closeExplanation}
              />
            ) : null}
            {computed?.at ? (
              <Text size={200} className={styles.computedAt} data-testid="computed-at">
                {computedOnText(computed.at, strings, lang)}
              </Text>
            ) : null}
            <Summary
              strings={strings}
              lang={lang}
              report={computed?.report ?? null}
              decimals={state.policy.displayDecimals}
              nearMiss={state.policy.nearMiss}
              onSelect={app.selectAndExplain}
            />
          </>
        ) : app.tab === 'findings' ? (
          <FindingsList
            strings={strings}
            lang={lang}
            findings={pipeline.findings}
            selected={state.selected}
            exportName={workbookBase}
            onSelect={(a) => void actions.select(a)}
            mode={app.mode}
            sheet={state.sheet?.name ?? ''}
            resolved={pipeline.resolved}
            lastReview={pipeline.lastReview}
            decimals={state.policy.displayDecimals}
            onMark={actions.markFindings}
            onRecordReview={actions.recordReview}
            onAuditSheet={actions.writeAuditSheet}
          />
        ) : (
          <SettingsPanel
            strings={strings}
            policy={state.policy}
            disabled={app.busy}
            onChange={actions.setPolicy}
            onValidityChange={app.setSettingsInvalid}
          />
        )}
      </div>
    </main>
  );

  return (
    <FluentProvider theme={app.theme === 'dark' ? webDarkTheme : webLightTheme} lang={lang}>
      <div className={styles.provider}>
        {app.mode === 'preview' ? (
          <div className={styles.preview}>
            <section className={styles.gridArea} aria-label={strings.preview.gridArea}>
              {state.sheet ? (
                <SheetGrid
                  strings={strings}
                  lang={lang}
                  snapshot={state.sheet.snapshot}
                  plan={computed?.plan ?? null}
                  decimals={state.policy.displayDecimals}
                  selected={state.selected}
                  onCellClick={computed ? app.selectAndExplain : undefined}
                />
              ) : (
                <div className={styles.placeholder}>
                  <Text>{strings.preview.noWorkbook}</Text>
                </div>
              )}
            </section>
            {pane}
          </div>
        ) : (
          pane
        )}
      </div>
    </FluentProvider>
  );
}
