import { columnIndex, columnLetter } from '../core/layout/grid.types';

/** A cell on a sheet, 1-based row and 0-based column (as A1 reads: "D14" is row 14, column 3). */
export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells on a sheet, 1-based rows and 0-based columns, inclusive. */
export interface AreaRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Parse an A1 cell address, dropping any sheet prefix and `$` signs.
 * @example parseCell("Foglio1!$D$14") //=> { row: 14, col: 3 }
 */
export function parseCell(address: string): CellRef | null {
  const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(stripSheet(address).replace(/\$/g, ''));
  if (!m) return null;
  const col = columnIndex(m[1] as string);
  const row = Number(m[2]);
  return col < 0 || row < 1 ? null : { row, col };
}

/**
 * Parse an A1 area ("B2:D5" or a single cell "B2"), dropping any sheet prefix.
 * @example parseArea("Sheet1!B2:D5") //=> { top: 2, left: 1, bottom: 5, right: 3 }
 */
export function parseArea(address: string): AreaRef | null {
  const [a, b] = stripSheet(address).split(':');
  const start = parseCell(a ?? '');
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** "D14" for row 14, column 3. */
export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/** "B2:D5", or "B2" for a single cell. */
export function areaAddress(area: AreaRef): string {
  const start = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** Drop the "Sheet!" or "'My sheet'!" prefix of an address. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).trim();
}

/** Split a multi-area address ("A1:B2, Sheet1!D4") into its areas. */
export function parseAreas(address: string): AreaRef[] {
  const out: AreaRef[] = [];
  for (const part of address.split(/[,;]/)) {
    const area = parseArea(part.trim());
    if (area) out.push(area);
  }
  return out;
}

/** A sheet name quoted for a formula reference: 'My sheet'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && parseCell(name) === null ? name : `'${name.replace(/'/g, "''")}'`;
}
