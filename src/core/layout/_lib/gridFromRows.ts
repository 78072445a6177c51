import { columnIndex, type CellValue, type Grid, type GridCell, type GridRect } from '../grid.types';

/** A cell as written in a test: text, a number, empty, or a full cell (value, shown text, number format). */
export type CellInput = string | number | boolean | null | { value: CellValue; text?: string; format?: string };

export interface GridFromRowsOptions {
  /** Sheet address of the first cell ("D5"); default "A1". */
  origin?: string;
  /** Merged areas as sheet ranges ("A1:F1"). */
  merges?: string[];
  /** Excel tables as sheet ranges, with their header row on top unless `hasHeader` is false. */
  tables?: { name: string; ref: string; hasHeader?: boolean }[];
  /** Hidden rows, 1-based sheet rows. */
  hiddenRows?: number[];
  /** Hidden columns, by letter. */
  hiddenCols?: string[];
}

const ADDRESS = /^([A-Z]{1,3})(\d+)$/;

function parseAddress(address: string): { row: number; col: number } {
  const m = ADDRESS.exec(address.toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) throw new RangeError(`gridFromRows: not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * Build a plain grid from rows of cells (for tests and samples); merges, tables and hidden rows/columns are
 * given in sheet coordinates and stored in grid coordinates.
 * @example gridFromRows([['Indicatore', 'Target']], { origin: 'B2' }).origin //=> { row: 1, col: 1 }
 * @throws {RangeError} on an address or range that is not A1 notation (a mistake in the test itself).
 */
export function gridFromRows(rows: readonly (readonly CellInput[])[], opts: GridFromRowsOptions = {}): Grid {
  const origin = parseAddress(opts.origin ?? 'A1');
  const rect = (ref: string): GridRect => {
    const [a = '', b = a] = ref.split(':');
    const p = parseAddress(a);
    const q = parseAddress(b);
    return { top: p.row - origin.row, left: p.col - origin.col, bottom: q.row - origin.row, right: q.col - origin.col };
  };
  return {
    origin,
    cells: rows.map((row) => row.map(toCell)),
    merges: (opts.merges ?? []).map(rect),
    tables: (opts.tables ?? []).map((t) => ({ ...rect(t.ref), name: t.name, hasHeader: t.hasHeader ?? true })),
    hiddenRows: (opts.hiddenRows ?? []).map((r) => r - 1 - origin.row),
    hiddenCols: (opts.hiddenCols ?? []).map((l) => columnIndex(l) - origin.col),
  };
}

function toCell(input: CellInput): GridCell {
  if (input === null || input === '') return { value: null, text: '', format: 'General' };
  if (typeof input === 'object')
    return { value: input.value, text: input.text ?? (input.value === null ? '' : String(input.value)), format: input.format ?? 'General' };
  return { value: input, text: String(input), format: 'General' };
}
