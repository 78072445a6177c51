import { cellAt, type Grid } from './grid.types';

/** Where a year read from the sheet's content came from, most telling first. */
export type YearEvidence = 'title' | 'sheet-name' | 'targets';

export interface ContentYear {
  year: number;
  evidence: YearEvidence;
  /** How many target cells name the year (0 for a title or the sheet name). */
  cells: number;
}

const YEAR = /(?<![\d.,])(19[9]\d|20\d\d|2100)(?![\d%])/g;

/** The years (1990–2100) a text names, each once. */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
}

/** The year named most often; ties go to the previous calendar year, else the latest not after this year. */
function mostNamed(counts: Map<number, number>, thisYear: number): { year: number; count: number } | null {
  let best: { year: number; count: number } | null = null;
  const better = (y: number, n: number, b: { year: number; count: number }): boolean => {
    if (n !== b.count) return n > b.count;
    const rank = (x: number): number => (x === thisYear - 1 ? 3 : x <= thisYear ? 2 : 1);
    return rank(y) !== rank(b.year) ? rank(y) > rank(b.year) : rank(y) === 1 ? y < b.year : y > b.year;
  };
  for (const [year, count] of counts) if (!best || better(year, count, best)) best = { year, count };
  return best;
}

/**
 * The reference year a sheet's content names when its headers name none: a title row above the header
 * ("Relazione sulla performance 2023"), else the sheet's name ("Obiettivi 2023"), else the year most target
 * cells name ("2023>= 0,21", "entro il 31/12/2023"). Null when the content names no year.
 * @example contentYear(gridFromRows([['Piano 2023'], ['Indicatore', 'Target']]), { headerTop: 1, targetCol: 1, firstRow: 2, lastRow: 1, sheet: 'Foglio1' }) //=> { year: 2023, evidence: 'title', cells: 0 }
 */
export function contentYear(
  grid: Grid,
  opts: { headerTop: number; targetCol: number | null; firstRow: number; lastRow: number; sheet: string; today?: Date },
): ContentYear | null {
  const thisYear = (opts.today ?? new Date()).getFullYear();
  const title = new Map<number, number>();
  for (let r = 0; r < opts.headerTop; r++) {
    for (const cell of grid.cells[r] ?? []) for (const y of yearsIn(cell.text || String(cell.value ?? ''))) title.set(y, (title.get(y) ?? 0) + 1);
  }
  const fromTitle = mostNamed(title, thisYear);
  if (fromTitle) return { year: fromTitle.year, evidence: 'title', cells: 0 };
  const fromName = mostNamed(new Map(yearsIn(opts.sheet).map((y) => [y, 1])), thisYear);
  if (fromName) return { year: fromName.year, evidence: 'sheet-name', cells: 0 };
  if (opts.targetCol === null) return null;
  const counts = new Map<number, number>();
  for (let r = opts.firstRow; r <= opts.lastRow; r++) {
    const cell = cellAt(grid, r, opts.targetCol);
    if (typeof cell.value !== 'string') continue;
    for (const y of yearsIn(cell.value)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const fromTargets = mostNamed(counts, thisYear);
  return fromTargets ? { year: fromTargets.year, evidence: 'targets', cells: fromTargets.count } : null;
}
