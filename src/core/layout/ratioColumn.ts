import { cellAt, type Grid } from './grid.types';
import { isPercentFormat } from '../number/formats';

/** Cells that agree with numerator / denominator, of the rows where both parts and the cell are numbers. */
export interface RatioMatch {
  col: number;
  matched: number;
  of: number;
}

const MIN_ROWS = 2;
const SHARE = 0.8;

/**
 * Find the column whose numbers are numerator / denominator on (almost) every row: the result of a sheet whose
 * result cells are formulas over those two columns (=D5/E5, =100*D5/E5, a percent-formatted =D5/E5). The grid holds
 * values, not formula text, so the test is on the values; a cell rounded for display still agrees.
 */
export function ratioColumn(grid: Grid, rows: readonly number[], num: number, den: number, cols: readonly number[]): RatioMatch | null {
  let best: RatioMatch | null = null;
  for (const c of cols) {
    if (c === num || c === den) continue;
    let matched = 0;
    let of = 0;
    for (const r of rows) {
      const n = cellAt(grid, r, num).value;
      const d = cellAt(grid, r, den).value;
      const cell = cellAt(grid, r, c);
      if (typeof n !== 'number' || typeof d !== 'number' || d === 0 || typeof cell.value !== 'number') continue;
      of++;
      const q = n / d;
      const v = cell.value;
      const tol = (x: number): number => Math.max(1e-9, Math.abs(x) * 0.005);
      if (Math.abs(v - q) <= tol(q) || Math.abs(v - 100 * q) <= Math.max(tol(100 * q), 0.05) || (isPercentFormat(cell.format) && Math.abs(v * 100 - 100 * q) <= 0.05)) matched++;
    }
    if (matched >= MIN_ROWS && matched >= SHARE * of && (!best || matched > best.matched)) best = { col: c, matched, of };
  }
  return best;
}
