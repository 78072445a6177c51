/**
 * What a user does to rows between compute and Clear, as Excel does it to everything that refers to cells.
 * Inserting or deleting rows moves the cells below with their values, formats and notes
 * (https://support.microsoft.com/en-us/office/insert-or-delete-cells-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246);
 * conditional-format ranges and defined names move or resize with them, and a relative reference in a rule's
 * formula keeps pointing at its own row. Sorting rows moves each row's values, formats and notes with it; rule
 * ranges and names stay where they are
 * (https://support.microsoft.com/en-us/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654).
 */
import type { AreaRef } from '../../../src/workbook/address';
import type { FakeExcelHost } from '../fakeExcel';
import { cellKey, type SheetModel } from './model';

const rowOfKey = (key: string): [number, number] => key.split(',').map(Number) as [number, number];
const cellRow = (address: string): { col: string; row: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`fake: bad address ${address}`);
  return { col: m[1] as string, row: Number(m[2]) };
};

function moveRows(sheet: SheetModel, map: (row: number) => number | null): void {
  const cells = new Map<string, SheetModel['cells'] extends Map<string, infer C> ? C : never>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = rowOfKey(key);
    const to = map(r);
    if (to !== null) cells.set(cellKey(to, c), cell);
  }
  sheet.cells = cells;
  for (const which of ['notes', 'comments'] as const) {
    const moved = new Map<string, never>();
    for (const [at, v] of sheet[which] as Map<string, never>) {
      const { col, row } = cellRow(at);
      const to = map(row);
      if (to !== null) moved.set(`${col}${to}`, v);
    }
    (sheet as unknown as Record<string, Map<string, never>>)[which] = moved;
  }
  sheet.hiddenRows = new Set([...sheet.hiddenRows].map(map).filter((r): r is number => r !== null));
}

/** An area after rows `at`…`at+count-1` were inserted (count > 0) or deleted (count < 0); null when deleted whole. */
function shiftArea(a: AreaRef, at: number, count: number): AreaRef | null {
  if (count > 0) {
    if (a.bottom < at) return a;
    if (a.top >= at) return { ...a, top: a.top + count, bottom: a.bottom + count };
    return { ...a, bottom: a.bottom + count };
  }
  const n = -count;
  const last = at + n - 1;
  if (a.bottom < at) return a;
  if (a.top > last) return { ...a, top: a.top - n, bottom: a.bottom - n };
  const top = a.top < at ? a.top : at;
  const bottom = a.bottom > last ? a.bottom - n : at - 1;
  return bottom < top ? null : { ...a, top, bottom };
}

/** Shift the row numbers of a rule formula's relative references ("$G5") as Excel does when rows move. */
function shiftFormula(formula: string, at: number, count: number): string {
  return formula.replace(/(\$?[A-Z]{1,3})(\d+)/g, (all, col: string, row: string) => {
    const r = Number(row);
    if (r < at) return all;
    return `${col}${count > 0 ? r + count : Math.max(at, r + count)}`;
  });
}

function shiftRows(host: FakeExcelHost, name: string, at: number, count: number): void {
  const sheet = host.sheet(name);
  const n = Math.abs(count);
  moveRows(sheet, (r) => (r < at ? r : count > 0 ? r + n : r < at + n ? null : r - n));
  sheet.merges = sheet.merges.map((m) => shiftArea(m, at, count)).filter((m): m is AreaRef => m !== null);
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((f) => {
    const area = shiftArea(f.area, at, count);
    if (!area) return [];
    // The formula is relative to the rule's top-left cell: it moves with the range.
    const formula = area.top !== f.area.top ? shiftFormula(f.formula, at, count) : f.formula;
    return [{ ...f, area, formula }];
  });
  for (const [key, ref] of host.names) {
    if (ref.sheet.toLowerCase() !== name.toLowerCase()) continue;
    if (!ref.area) continue;
    // A name whose cells are all deleted stays, referring to #REF! (see NameModel).
    host.names.set(key, { ...ref, area: shiftArea(ref.area, at, count) });
  }
}

export const insertRows = (host: FakeExcelHost, sheet: string, at: number, count: number): void => shiftRows(host, sheet, at, count);
export const deleteRows = (host: FakeExcelHost, sheet: string, at: number, count: number): void => shiftRows(host, sheet, at, -count);

/** Sort rows `top`…`top+order.length-1`: the new row `top+i` is the old row `top+order[i]`. */
export function sortRows(host: FakeExcelHost, name: string, top: number, order: number[]): void {
  const sheet = host.sheet(name);
  const to = new Map(order.map((from, i) => [top + from, top + i]));
  moveRows(sheet, (r) => to.get(r) ?? r);
}
