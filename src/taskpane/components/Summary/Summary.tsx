import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import { chartModel } from './chartModel';
import type { SummaryProps } from './Summary.types';
import { SummaryCharts } from './SummaryCharts';
import { useSummary } from './useSummary';
import { useSummaryStyles } from './Summary.styles';

/** Counts of met, shortfall and not evaluable as large numbers, then each objective's achievement and coverage. */
export function Summary(props: SummaryProps) {
  const { strings, report } = props;
  const objectives = useSummary(props);
  const styles = useSummaryStyles();
  if (!report) return <Text>{strings.summaryEmpty}</Text>;
  const nearMiss = props.nearMiss ?? 90;
  // The shortfall tile counts every indicator below its target; the band chart splits them into near misses and the rest.
  const nearMisses = report.indicators.filter((i) => i.evaluation.band === 'near-miss').length;
  const counts = [
    { id: 'met', label: strings.counts.met, value: report.counts.met, cls: styles.met, sub: null },
    { id: 'shortfall', label: strings.counts.shortfall, value: report.counts.shortfall, cls: styles.shortfall, sub: nearMisses > 0 ? strings.counts.nearMissesOf(nearMisses) : null },
    { id: 'not-evaluable', label: strings.counts.notEvaluable, value: report.counts.notEvaluable, cls: styles.notEvaluable, sub: null },
  ];
  return (
    <section className={styles.root} data-testid="summary" aria-label={strings.tabs.summary}>
      <dl className={styles.counts}>
        {counts.map((c) => (
          <div key={c.id} className={mergeClasses(styles.count, c.cls)}>
            <dt className={styles.label}>{c.label}</dt>
            <dd className={styles.number} data-testid={`count-${c.id}`} data-value={c.value}>
              {String(c.value)}
            </dd>
            {c.sub ? (
              <dd className={styles.sub} data-testid={`count-${c.id}-sub`}>
                {c.sub}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      <SummaryCharts strings={strings} lang={props.lang} nearMiss={nearMiss} model={chartModel(report, props.lang, props.decimals, nearMiss, strings.notEvaluableShort)} />
      {objectives.length > 0 ? (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {strings.objectives}
          </Subtitle2>
          <Accordion multiple collapsible>
            {objectives.map((o) => (
              <AccordionItem key={o.key} value={o.key} className={styles.item}>
                <AccordionHeader>
                  <span className={styles.header}>
                    <span className={styles.title}>{o.title}</span>
                    <span className={styles.figures}>
                      {strings.achievement} {o.achievement} · {strings.coverage} {o.coverage}
                    </span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list} aria-label={strings.indicatorsOf(o.indicators.length)}>
                    {o.indicators.map((i) => (
                      <li key={i.row} className={styles.indicator}>
                        <span className={styles.indicatorLabel}>
                          {i.address ? (
                            <Link as="button" onClick={() => props.onSelect(i.address as string)}>
                              {i.label}
                            </Link>
                          ) : (
                            <span>{i.label}</span>
                          )}
                          {i.how ? <span className={styles.how}>{i.how}</span> : null}
                        </span>
                        <span data-band={i.band}>{i.achievement}</span>
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      ) : null}
    </section>
  );
}
