import { columnIndex, columnLetter } from '../core/layout/grid.types';
import { quoteSheet } from './address';
import type { AppliedEdit, CellBefore } from './state';
import { OUTPUT_HEADERS } from './writePlan';

/**
 * Where Traguardo's output column is now (Excel and files: Excel moves a file's defined names the same way). Clear must survive the user's edits between compute and Clear, and
 * Excel moves a defined name with its cells when rows or columns are inserted or deleted above or inside it
 * (https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64;
 * NamedItemCollection.add, ExcelApi 1.4: https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection).
 * So apply puts a workbook-scoped name over the output column's span (header to last value) and records the span;
 * Clear reads where the name is now and shifts the recorded rows by as much. Notes and rules need no anchor: notes
 * move with their cells and are found by the marker in their text; rules are found by the mark in their formula
 * and read their own row.
 */
export interface AnchorNow {
  column: string;
  top: number;
  bottom: number;
}

/** The name over a sheet's output column: `_Traguardo_` and a hash of the sheet's name in upper case (Excel compares names so). */
export function anchorName(sheet: string): string {
  let h = 0x811c9dc5;
  for (const ch of sheet.toLocaleUpperCase('it')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `_Traguardo_${h.toString(16).padStart(8, '0')}`;
}

/** The reference a name over `column` rows `top`…`bottom` of `sheet` is given ("='Obiettivi 2023'!$G$3:$G$7"). */
export const anchorReference = (sheet: string, column: string, top: number, bottom: number): string =>
  `=${quoteSheet(sheet)}!$${column}$${top}:$${column}$${bottom}`;

/**
 * Records moved to where their cells are now: rows shifted by as much as the anchor's top moved since the newest
 * record that has one, and the column the anchor is in. Unchanged when the anchor is gone or none was recorded.
 */
export function relocate(records: AppliedEdit[], now: AnchorNow | null): AppliedEdit[] {
  const last = [...records].reverse().find((r) => r.anchor && r.column !== null);
  const then = last?.anchor;
  if (!now || !then) return records;
  const delta = now.top - then.top;
  const shift = columnIndex(now.column) - columnIndex(last?.column ?? now.column);
  if (delta === 0 && shift === 0) return records;
  const move = (column: string): string => columnLetter(columnIndex(column) + shift);
  return records.map((r) => {
    const cells = r.cells.map((c) => {
      const before: Record<string, CellBefore> = {};
      for (const [k, v] of Object.entries(c.before)) before[String(Number(k) + delta)] = v;
      return { column: move(c.column), rows: c.rows.map((x) => x + delta), before };
    });
    const anchor = r.anchor ? { top: r.anchor.top + delta, bottom: r.anchor.bottom + delta } : undefined;
    return { ...r, column: r.column === null ? null : move(r.column), cells, ...(anchor ? { anchor } : {}) };
  });
}

const WRITTEN_TEXT = new Set<unknown>([...Object.values(OUTPUT_HEADERS), 'n.v.', 'n/a']);

/** A cell of the output column holding what Traguardo writes there: its header, "n.v."/"n/a", or a percentage. */
export const looksWritten = (value: unknown, format: string): boolean =>
  WRITTEN_TEXT.has(typeof value === 'string' ? value.trim() : value) || (typeof value === 'number' && /%$/.test(format));

/**
 * Traguardo's cells no record names: rows of the span under the name over the output column (`now`) whose cell
 * holds what Traguardo writes (`looksWritten`) and that `named` does not name. Excel grows the name when rows are
 * inserted inside it, moving Traguardo's values below the insertion off the recorded rows (which follow only the
 * span's top). Clear empties them; the next compute takes them for its own. `cellAt` gives a row's value and number
 * format, or null where the executor does not know it.
 */
export function strayRows(now: AnchorNow, cellAt: (row: number) => { value: unknown; format: string } | null, named: (row: number) => boolean): number[] {
  const rows: number[] = [];
  for (let row = now.top; row <= now.bottom; row++) {
    if (named(row)) continue;
    const cell = cellAt(row);
    if (cell && looksWritten(cell.value, cell.format)) rows.push(row);
  }
  return rows;
}
