import { explain } from '../../../core/i18n/render';
import type { Lang } from '../../../core/i18n/lang';
import type { Band, IndicatorReport, SheetReport } from '../../../core/sheet/report.types';
import { formatPercent } from '../../format/formatPercent';
import type { SummaryProps } from './Summary.types';

export interface IndicatorLine {
  row: number;
  label: string;
  achievement: string;
  band: Band;
  address: string | null;
  /** How the achievement was computed, in the pane's language ("57,1% = 0,12 / 0,21"); null when not evaluable. */
  how: string | null;
}

export interface ObjectiveView {
  key: string;
  title: string;
  achievement: string;
  coverage: string;
  indicators: IndicatorLine[];
}

const lineOf = (ind: IndicatorReport, fmt: (n: number | null) => string, rowLabel: (n: number) => string, lang: Lang): IndicatorLine => ({
  row: ind.row,
  label: [ind.code, ind.name].filter(Boolean).join(' – ') || rowLabel(ind.row),
  achievement: fmt(ind.evaluation.achievement),
  band: ind.evaluation.band,
  address: ind.cells.result ?? ind.cells.target,
  how: explain(ind.evaluation.achievement, ind.evaluation.formula, lang, ind.evaluation.computed),
});

/** Objectives with their formatted achievement and coverage, and their indicators. */
export function useSummary({ report, lang, decimals, strings }: SummaryProps): ObjectiveView[] {
  if (!report) return [];
  const fmt = (n: number | null) => (n === null ? strings.notEvaluableShort : formatPercent(n, lang, decimals));
  const byRow = new Map<number, IndicatorReport>(report.indicators.map((i) => [i.row, i]));
  return report.objectives.map((o) => ({
    key: o.key,
    title: o.title && o.title !== o.key ? (o.title.startsWith(o.key) ? o.title : `${o.key} – ${o.title}`) : o.key,
    achievement: fmt(o.achievement),
    coverage: formatPercent(o.coverage, lang, 0),
    indicators: o.rows.flatMap((r) => {
      const ind = byRow.get(r);
      return ind ? [lineOf(ind, fmt, strings.row, lang)] : [];
    }),
  }));
}

export const countsOf = (report: SheetReport) => report.counts;
