/**
 * A plain grid: what the core knows of a sheet. Adapters (Office.js, ExcelJS) build it; the core never sees a
 * host object. Rows and columns are 0-based inside the grid; `origin` places cell [0][0] on the sheet.
 */
export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** The raw value: numbers as numbers (dates as Excel serial numbers), text as text, empty as null. */
  value: CellValue;
  /** The text Excel displays ("28,56%", "31/12/2023"). Empty string for an empty cell. */
  text: string;
  /** The Excel number format code ("0.00%", "General", "dd/mm/yyyy"). */
  format: string;
}

/** A rectangle of cells, 0-based and inclusive, in grid coordinates. */
export interface GridRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridTable extends GridRect {
  name: string;
  /** True when the table's first row is its header row. */
  hasHeader: boolean;
}

export interface Grid {
  /** Sheet position of cells[0][0]: 0-based row and column on the sheet. */
  origin: { row: number; col: number };
  /** cells[r][c]; rows may be shorter than the widest row; a missing cell is empty. */
  cells: GridCell[][];
  merges: GridRect[];
  tables: GridTable[];
  hiddenRows: number[];
  hiddenCols: number[];
}

export const EMPTY_CELL: GridCell = Object.freeze({ value: null, text: '', format: 'General' }) as GridCell;

/** The cell at (r, c), or an empty cell when out of range. */
export function cellAt(grid: Grid, r: number, c: number): GridCell {
  return grid.cells[r]?.[c] ?? EMPTY_CELL;
}

/** Number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.cells) if (row.length > w) w = row.length;
  return w;
}

/** "A" for 0, "Z" for 25, "AA" for 26 … */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0 for "A", 26 for "AA"; -1 for anything that is not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address on the sheet of grid cell (r, c): "D14". */
export function a1(grid: Grid, r: number, c: number): string {
  return `${columnLetter(grid.origin.col + c)}${grid.origin.row + r + 1}`;
}
