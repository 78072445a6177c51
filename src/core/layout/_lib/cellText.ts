import { cellAt, type Grid, type GridCell } from '../grid.types';
import type { MergeIndex } from './mergeIndex';

/** The text a cell shows, trimmed: its display text, else its raw value as text. */
export function textOf(cell: GridCell): string {
  if (cell.text !== '') return cell.text.trim();
  if (cell.value === null || cell.value === undefined) return '';
  return String(cell.value).trim();
}

/** Text of grid cell (r, c). */
export const textAt = (grid: Grid, r: number, c: number): string => textOf(cellAt(grid, r, c));

/** Where a cell's shown content lives: the cell itself, or the top-left cell of the merged area covering it. */
export function anchorOf(merges: MergeIndex, r: number, c: number): { r: number; c: number } {
  const m = merges.at(r, c);
  return m ? { r: m.top, c: m.left } : { r, c };
}

/** True when every cell of grid row r is empty. */
export function isBlankRow(grid: Grid, r: number): boolean {
  const row = grid.cells[r];
  if (!row) return true;
  for (const cell of row) if (cell && textOf(cell) !== '') return false;
  return true;
}
