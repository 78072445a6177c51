import type { Lang } from '../../../core/i18n/lang';
import type { Band, SheetReport } from '../../../core/sheet/report.types';
import { formatPercent } from '../../format/formatPercent';

/** The bands in the order charts and legends show them. */
export const BANDS: readonly Band[] = ['met', 'near-miss', 'shortfall', 'not-evaluable'];

/** One objective's bar: its weighted achievement, its band, and how long the bar is on the chart's scale. */
export interface ObjectiveBar {
  key: string;
  title: string;
  /** "87,5%", or the pane's "n.v." when no indicator is evaluable. */
  text: string;
  band: Band;
  /** The bar's length as a percentage of the track (0–100). */
  length: number;
}

export interface BandSlice {
  band: Band;
  count: number;
  /** Share of all indicators, 0–100: the slice's width in the stacked bar. */
  share: number;
}

export interface ChartModel {
  bars: ObjectiveBar[];
  /**
   * The top-level objectives' bars (those no other objective rolls up to), shown first when the sheet has both levels
   * ("A01" and "A01.01"); null when there is one level only.
   */
  strategic: ObjectiveBar[] | null;
  /** Where 100% sits on the objectives' track (0–100): at the end, unless an objective scores above 100. */
  target: number;
  slices: BandSlice[];
  total: number;
}

/** The band of a weighted achievement, by the policy's near-miss bound (percent): as an indicator's band is set. */
export const bandOfAchievement = (achievement: number | null, nearMiss: number): Band =>
  achievement === null ? 'not-evaluable' : achievement >= 100 ? 'met' : achievement >= nearMiss ? 'near-miss' : 'shortfall';

/**
 * The summary's two charts from a report: each objective's weighted achievement as a bar on one scale (0 to
 * 100%, or to the highest achievement when the cap lets one exceed 100), coloured by band; and the indicators
 * counted by band, as slices of one bar (empty bands left out).
 * @example chartModel(report, 'it', 1, 90, 'n.v.').bars[0] //=> { key: 'A01', text: '77,1%', band: 'shortfall', length: 77.14, … }
 */
export function chartModel(report: SheetReport, lang: Lang, decimals: number, nearMiss: number, notEvaluable: string): ChartModel {
  const top = Math.max(100, ...report.objectives.map((o) => o.achievement ?? 0));
  const bars = report.objectives.map((o) => ({
    key: o.key,
    title: o.title && o.title !== o.key ? (o.title.startsWith(o.key) ? o.title : `${o.key} – ${o.title}`) : o.key,
    text: o.achievement === null ? notEvaluable : formatPercent(o.achievement, lang, decimals),
    band: bandOfAchievement(o.achievement, nearMiss),
    length: o.achievement === null ? 0 : (100 * Math.max(0, o.achievement)) / top,
  }));
  const firstLevel = report.objectives.flatMap((o, k) => (o.parent === null ? [bars[k] as ObjectiveBar] : []));
  const strategic = firstLevel.length > 0 && firstLevel.length < bars.length ? firstLevel : null;
  const counts = new Map<Band, number>(BANDS.map((b) => [b, 0]));
  for (const i of report.indicators) counts.set(i.evaluation.band, (counts.get(i.evaluation.band) ?? 0) + 1);
  const total = report.indicators.length;
  const slices = BANDS.map((band) => ({ band, count: counts.get(band) ?? 0, share: total === 0 ? 0 : (100 * (counts.get(band) ?? 0)) / total }))
    .filter((s) => s.count > 0);
  return { bars, strategic, target: 10_000 / top, slices, total };
}
