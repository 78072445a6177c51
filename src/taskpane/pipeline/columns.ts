import { cellAt, columnLetter, gridWidth, type Grid } from '../../core/layout/grid.types';

/** A column the user can assign to a role: its letter and its header text. */
export interface ColumnOption {
  letter: string;
  header: string;
}

/**
 * The sheet's columns with the text of their header rows (1-based Excel rows), joined with " / ".
 * @example columnOptions(grid, [3])[1] //=> { letter: 'B', header: 'Indicatore' }
 */
export function columnOptions(grid: Grid, headerRows: readonly number[]): ColumnOption[] {
  const out: ColumnOption[] = [];
  const width = gridWidth(grid);
  for (let c = 0; c < width; c++) {
    if (grid.hiddenCols.includes(c)) continue;
    const parts: string[] = [];
    for (const excelRow of headerRows) {
      const text = cellAt(grid, excelRow - 1 - grid.origin.row, c)
        .text.replace(/\s+/g, ' ')
        .trim();
      if (text && !parts.includes(text)) parts.push(text);
    }
    out.push({ letter: columnLetter(grid.origin.col + c), header: parts.join(' / ') });
  }
  return out;
}
