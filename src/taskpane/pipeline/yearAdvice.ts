import type { SheetReport } from '../../core/sheet/report.types';

export interface YearAdvice {
  /** The year the target cells name instead. */
  year: number;
  /** Indicators with no target for the chosen year. */
  missing: number;
  total: number;
}

/** Share of indicators without a target for the year above which the pane proposes another year. */
export const ADVICE_SHARE = 0.25;

/**
 * When many targets have no line for the chosen year (a quarter of the indicators, at least three), the year
 * their cells name most often, to propose instead; null otherwise.
 * @example yearAdvice(report, 2025) //=> { year: 2023, missing: 40, total: 120 }
 */
export function yearAdvice(report: SheetReport, year: number): YearAdvice | null {
  const counts = new Map<number, number>();
  let missing = 0;
  for (const ind of report.indicators) {
    const f = ind.evaluation.findings.find((i) => i.code === 'target-year-missing');
    if (!f) continue;
    missing++;
    for (const y of String(f.params?.['years'] ?? '').split(/[^\d]+/).filter((t) => t.length === 4).map(Number)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const total = report.indicators.length;
  if (missing < 3 || missing < total * ADVICE_SHARE) return null;
  let best: number | null = null;
  for (const [y, n] of counts) if (y !== year && (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && Math.abs(y - year) < Math.abs(best - year)))) best = y;
  return best === null ? null : { year: best, missing, total };
}
