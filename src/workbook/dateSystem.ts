import type { GridCell } from '../core/layout/grid.types';
import type { SheetSnapshot } from './port';
import { DAYS_1904, serialToDate } from './file/excelSerial';
import { showsDate } from './file/formatCell';

/**
 * Which date system a sheet's numbers are in, told by its own dates: a cell under a date format holds a serial day
 * and shows its text (Range.text, "the text values of the specified range… the displayed value"); the year shown is
 * the serial's year in the 1900 system, or four years and a day later in the 1904 system. Null when no date cell
 * shows a year that settles it.
 * @example dateSystemOf(snapshotWith({ value: 43829, text: '31/12/2023', format: 'dd/mm/yyyy' })) //=> '1904'
 */
export function dateSystemOf(snapshot: SheetSnapshot): '1900' | '1904' | null {
  for (const row of snapshot.cells) {
    for (const cell of row) {
      if (typeof cell.value !== 'number' || cell.text === '' || !showsDate(cell.format)) continue;
      const shown = yearShown(cell.text);
      if (shown === null) continue;
      const y1900 = serialToDate(cell.value).getUTCFullYear();
      const y1904 = serialToDate(cell.value, true).getUTCFullYear();
      const match = (y: number): boolean => (shown.digits === 4 ? shown.year === y : shown.year === y % 100);
      if (match(y1904) && !match(y1900)) return '1904';
      if (match(y1900) && !match(y1904)) return '1900';
    }
  }
  return null;
}

/** The year a displayed date shows: its 4-digit group, else a last 2-digit group ("31/12/23"); null without one. */
function yearShown(text: string): { year: number; digits: 2 | 4 } | null {
  const four = /(?<!\d)(\d{4})(?!\d)/.exec(text);
  if (four) return { year: Number(four[1]), digits: 4 };
  const groups = [...text.matchAll(/(?<!\d)(\d{1,2})(?!\d)/g)].map((m) => m[1] as string);
  const last = groups[groups.length - 1];
  return groups.length >= 3 && last !== undefined && last.length === 2 ? { year: Number(last), digits: 2 } : null;
}

/**
 * The snapshot with its calendar dates moved to the 1900 system the core reads (a serial under a date format plus
 * 1,462 days); times and durations keep their value. The same snapshot when it already is in the 1900 system.
 */
export function toDates1900(snapshot: SheetSnapshot): SheetSnapshot {
  if (dateSystemOf(snapshot) !== '1904') return snapshot;
  const move = (cell: GridCell): GridCell =>
    typeof cell.value === 'number' && showsDate(cell.format) ? { ...cell, value: cell.value + DAYS_1904 } : cell;
  return { ...snapshot, cells: snapshot.cells.map((row) => row.map(move)) };
}
