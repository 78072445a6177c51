import type { Lang } from '../core/i18n/lang';
import type { GridCell } from '../core/layout/grid.types';
import { parseCell } from './address';
import type { SheetSnapshot } from './port';
import { formatCell } from './file/formatCell';

/**
 * The text of a sheet cell as the pane shows it in its language: a number rendered with the cell's own number
 * format in that language's notation (0.12 → "0,12", 0.187 under "0.0%" → "18,7%", a date under the locale's
 * short date format → "31/12/2023" in Italian, "2023-12-31" in English), whatever locale Excel or the file used;
 * TRUE/FALSE as VERO/FALSO in Italian; any other cell as Excel displays it. Pure: the same formatter the file adapter uses for Excel's own text.
 */
export const cellText = (cell: GridCell, lang: Lang): string =>
  typeof cell.value === 'number' || typeof cell.value === 'boolean' ? formatCell(cell.value, cell.format, false, lang) : cell.text;

/**
 * What the cell at `address` ("D14") of a snapshot shows in the pane's language (`cellText`), or null when it is
 * empty or outside the grid: the "written" values the pane quotes (explanation card, exports).
 */
export function cellTextAt(snapshot: SheetSnapshot | null, address: string | null, lang: Lang): string | null {
  const at = address ? parseCell(address) : null;
  if (!snapshot || !at) return null;
  const cell = snapshot.cells[at.row - 1 - snapshot.origin.row]?.[at.col - snapshot.origin.col];
  if (!cell || cell.value === null || cell.value === '') return null;
  const text = cellText(cell, lang);
  return text !== '' ? text : String(cell.value);
}
