import { isBlankRow } from './_lib/cellText';
import type { Grid } from './grid.types';
import { ColumnMappingSchema, type ColumnMapping } from './mapping';

/**
 * A mapping whose header is the row the user chose: data from the next row to the last non-empty row, the
 * columns of `base` kept (none when there is no base, so every role is picked by hand). Null when the row is
 * outside the sheet.
 * @example withHeaderRow(grid, null, { sheet: 'Foglio1', headerRow: 4, year: 2023 }) //=> { headerRow: 4, firstDataRow: 5, columns: {}, … }
 */
export function withHeaderRow(grid: Grid, base: ColumnMapping | null, opts: { sheet: string; headerRow: number; year: number }): ColumnMapping | null {
  const first = grid.origin.row + 1;
  let lastRow = grid.origin.row + grid.cells.length;
  while (lastRow > first && isBlankRow(grid, lastRow - 1 - grid.origin.row)) lastRow--;
  if (!Number.isInteger(opts.headerRow) || opts.headerRow < first || opts.headerRow >= lastRow) return null;
  const parsed = ColumnMappingSchema.safeParse({
    version: 1,
    sheet: opts.sheet,
    headerRow: opts.headerRow,
    firstDataRow: opts.headerRow + 1,
    lastDataRow: Math.max(opts.headerRow + 1, lastRow),
    columns: base?.columns ?? {},
    year: opts.year,
  });
  return parsed.success ? parsed.data : null;
}
