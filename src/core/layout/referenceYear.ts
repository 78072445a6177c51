import type { HeaderColumn } from './findHeader';

export interface ReferenceYear {
  year: number;
  source: 'option' | 'header' | 'default';
}

const clampYear = (y: number): number => Math.min(2100, Math.max(1990, Math.trunc(y)));

/**
 * The year targets and results are read for: the option, else the year the headers name (a result column's
 * year first: "Consuntivo 2023"; else the target years, preferring the previous calendar year, else the
 * latest not after this year), else the previous calendar year.
 * @example referenceYear(columnsOf('Target 2022 | Target 2023 | Consuntivo 2023'), {}) //=> { year: 2023, source: 'header' }
 */
export function referenceYear(columns: readonly HeaderColumn[], opts: { year?: number; today?: Date }): ReferenceYear {
  if (opts.year !== undefined && Number.isFinite(opts.year)) return { year: clampYear(opts.year), source: 'option' };
  const today = opts.today && !Number.isNaN(opts.today.getTime()) ? opts.today : new Date();
  const thisYear = today.getFullYear();
  const previous = thisYear - 1;
  const resultYears = new Set<number>();
  const targetYears = new Set<number>();
  for (const { match } of columns) {
    if (!match) continue;
    const years = match.label.years;
    if (match.cls === 'result' || match.cls === 'stated') years.forEach((y) => resultYears.add(y));
    if (match.cls === 'target') {
      const lo = Math.min(...years);
      const hi = Math.max(...years);
      if (years.length > 0 && hi - lo <= 10) for (let y = lo; y <= hi; y++) targetYears.add(y);
    }
  }
  const fromResults = pick([...resultYears], thisYear, null);
  if (fromResults !== null) return { year: fromResults, source: 'header' };
  const fromTargets = pick([...targetYears], thisYear, previous);
  if (fromTargets !== null) return { year: fromTargets, source: 'header' };
  return { year: clampYear(previous), source: 'default' };
}

function pick(years: number[], thisYear: number, preferred: number | null): number | null {
  if (years.length === 0) return null;
  if (years.length === 1) return years[0] ?? null;
  if (preferred !== null && years.includes(preferred)) return preferred;
  const notAfter = years.filter((y) => y <= thisYear);
  return notAfter.length > 0 ? Math.max(...notAfter) : Math.min(...years);
}
