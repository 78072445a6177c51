import { Badge, Button, Field, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import { formatPercent } from '../../format/formatPercent';
import { describeHostError } from '../StatusBar/useStatusBar';
import type { WorkbookPanelProps } from './WorkbookPanel.types';
import { useWorkbookPanelStyles } from './WorkbookPanel.styles';

/**
 * The whole workbook in a few lines: each indicator sheet with its indicators, average achievement and findings (or
 * "not computed", "out of date"), a button to show its results, the sheets left out and why, "Compute all sheets"
 * with the sheet being computed, and the run's outcome naming each sheet that failed.
 */
export function WorkbookPanel({ strings, lang, workbook, openSheet, openOutOfDate, busy, blockedReason, decimals }: WorkbookPanelProps) {
  const styles = useWorkbookPanelStyles();
  const s = strings.workbook;
  const entries = workbook.entries;
  if (!entries) return null;
  const sheets = entries.filter((e) => e.kind === 'indicators');
  const leftOut = entries.filter((e) => e.kind !== 'indicators');
  const disabled = busy || workbook.running;
  const outcome = workbook.outcome;
  return (
    <section className={styles.root} aria-labelledby="workbook-title" data-testid="workbook-panel">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="workbook-title" className={styles.heading}>
          {s.title}
        </Subtitle2>
        {sheets.length > 0 ? (
          <Button size="small" disabled={disabled || blockedReason !== null} aria-describedby={blockedReason ? 'compute-blocked' : undefined} onClick={() => void workbook.computeAll()}>
            {s.computeAll}
          </Button>
        ) : null}
      </div>
      {workbook.progress ? (
        <Field validationMessage={s.computingSheet(workbook.progress.sheet, workbook.progress.index, workbook.progress.total)} validationState="none" aria-live="polite">
          <ProgressBar value={(workbook.progress.index - 1) / workbook.progress.total} aria-label={s.progressLabel} />
        </Field>
      ) : null}
      {outcome ? (
        <MessageBar intent={outcome.failures.length ? 'warning' : 'success'} layout="multiline" data-testid="workbook-outcome">
          <MessageBarBody>
            <MessageBarTitle>{s.done(outcome.ok, outcome.total)}</MessageBarTitle>
            {outcome.failures.length ? (
              <ul className={styles.failures}>
                {outcome.failures.map((f) => {
                  const d = f.error === 'no-mapping' ? null : describeHostError(f.error, strings, null);
                  return <li key={f.sheet}>{s.sheetFailed(f.sheet, d ? `${d.title} ${d.action}` : s.noMapping)}</li>;
                })}
              </ul>
            ) : null}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={strings.errors.dismiss} onClick={workbook.dismissOutcome}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      {sheets.length > 0 ? (
        <ul className={styles.list}>
          {sheets.map((e) => {
            const sum = workbook.summaries[e.name];
            const isOpen = e.name === openSheet;
            const stale = !!sum && (workbook.isOutOfDate(e.name) || (isOpen && openOutOfDate));
            const figures = sum
              ? [s.indicators(sum.indicators), ...(sum.average !== null ? [s.average(formatPercent(sum.average, lang, decimals))] : []), s.findings(sum.findings)].join(' · ')
              : null;
            return (
              <li key={e.name} className={styles.item} data-testid={`workbook-sheet-${e.name}`}>
                <Link
                  as="button"
                  className={mergeClasses(styles.name, isOpen && styles.open)}
                  aria-label={s.show(e.name)}
                  aria-current={isOpen ? 'true' : undefined}
                  disabled={disabled}
                  onClick={() => void workbook.show(e.name)}
                >
                  {e.name}
                </Link>
                {isOpen ? (
                  <Badge className={styles.badge} appearance="outline" color="brand">
                    {s.open}
                  </Badge>
                ) : null}
                {figures ? (
                  <Text size={200} className={styles.figures} data-testid={`workbook-figures-${e.name}`}>
                    {figures}
                  </Text>
                ) : null}
                {workbook.failed.has(e.name) ? (
                  <Badge className={styles.badge} appearance="tint" color="danger">
                    {s.failed}
                  </Badge>
                ) : !sum ? (
                  <Badge className={styles.badge} appearance="tint" color="subtle">
                    {s.notComputed}
                  </Badge>
                ) : null}
                {stale ? (
                  <Badge className={styles.badge} appearance="tint" color="warning">
                    {s.outOfDate}
                  </Badge>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {leftOut.length > 0 ? (
        <Text size={200} className={styles.leftOut} data-testid="workbook-left-out">
          {s.leftOut} {leftOut.map((e) => s.leftOutSheet(e.name, s.reasons[e.kind as 'empty' | 'text' | 'not-indicators'])).join('; ')}
        </Text>
      ) : null}
    </section>
  );
}
