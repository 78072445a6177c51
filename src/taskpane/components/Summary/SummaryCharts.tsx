import { Button, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import type { Band } from '../../../core/sheet/report.types';
import { formatPercent } from '../../format/formatPercent';
import type { PaneStrings } from '../../strings';
import { BANDS, type ChartModel } from './chartModel';
import { useChartStyles } from './SummaryCharts.styles';

export interface SummaryChartsProps {
  strings: PaneStrings;
  lang: Lang;
  model: ChartModel;
  /** The policy's near-miss bound, percent (90). */
  nearMiss: number;
}

/**
 * The summary at a glance: the indicators by band as one stacked bar (a picture with its counts as text
 * alternative), then each objective's weighted achievement as a bar coloured by band (a list whose items say the
 * objective, the figure and the band; the bars themselves are decoration). Nothing here takes focus.
 */
export function SummaryCharts({ strings, lang, model, nearMiss }: SummaryChartsProps) {
  const styles = useChartStyles();
  const [all, setAll] = useState(false);
  const bars = model.strategic !== null && !all ? model.strategic : model.bars;
  const fill: Record<Band, string> = { met: styles.met, 'near-miss': styles.nearMiss, shortfall: styles.shortfall, 'not-evaluable': styles.notEvaluable };
  const s = strings.charts;
  const bound = formatPercent(nearMiss, lang, 0);
  const shown = new Set<Band>(['met', 'near-miss', 'shortfall', ...bars.map((b) => b.band)]);
  return (
    <div className={styles.root} data-testid="summary-charts">
      {model.total > 0 ? (
        <figure className={styles.figure} aria-labelledby="chart-bands-title" data-testid="chart-bands">
          <figcaption id="chart-bands-title" className={styles.caption}>
            {s.bandsTitle}
          </figcaption>
          <div className={styles.stack} role="img" aria-label={s.bandsSummary(model.total, model.slices)}>
            {model.slices.map((slice) => (
              <span key={slice.band} className={mergeClasses(styles.slice, fill[slice.band])} style={{ width: `${slice.share}%` }} data-band={slice.band} data-count={slice.count} />
            ))}
          </div>
          <ul className={styles.legend} aria-hidden="true">
            {model.slices.map((slice) => (
              <li key={slice.band} className={styles.legendItem}>
                <span className={mergeClasses(styles.swatch, fill[slice.band])} />
                {s.bands[slice.band]} {slice.count}
              </li>
            ))}
          </ul>
        </figure>
      ) : null}
      {model.bars.length > 0 ? (
        <figure className={styles.figure} aria-labelledby="chart-objectives-title" data-testid="chart-objectives">
          <figcaption id="chart-objectives-title" className={styles.caption}>
            {s.objectivesTitle}
          </figcaption>
          <ul className={styles.bars} aria-label={s.objectivesSummary(bars.length)} data-testid="chart-objective-bars">
            {bars.map((b) => (
              <li key={b.key} className={styles.bar} data-band={b.band}>
                <span className={styles.barLabel} title={b.title}>
                  {b.key}
                </span>
                <span className={styles.track} aria-hidden="true">
                  <span className={mergeClasses(styles.fill, fill[b.band])} style={{ width: `${b.length}%` }} />
                  {model.target < 100 ? <span className={styles.hundred} style={{ left: `${model.target}%` }} /> : null}
                </span>
                <span className={styles.barValue}>
                  {b.text}
                  <span className={styles.hidden}>{`, ${s.band[b.band]}`}</span>
                </span>
              </li>
            ))}
          </ul>
          {model.strategic !== null ? (
            <Button appearance="subtle" size="small" className={styles.toggle} onClick={() => setAll((v) => !v)} data-testid="chart-objectives-toggle">
              {all ? s.onlyStrategic(model.strategic.length) : s.allObjectives(model.bars.length)}
            </Button>
          ) : null}
          <ul className={styles.legend}>
            {BANDS.filter((band) => shown.has(band)).map((band) => (
              <li key={band} className={styles.legendItem}>
                <span className={mergeClasses(styles.swatch, fill[band])} aria-hidden="true" />
                {band === 'not-evaluable' ? `${s.band[band]} (${strings.notEvaluableShort})` : `${s.band[band]} ${s.bandRange(band, bound)}`}
              </li>
            ))}
          </ul>
        </figure>
      ) : null}
    </div>
  );
}
