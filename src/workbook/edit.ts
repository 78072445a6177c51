import type { CellRestore, CellWrite, SheetEdit, SheetInverse } from './edit.types';
import type { SheetSnapshot } from './port';
import type { SheetReport } from '../core/sheet/report.types';
import { highlightRules } from './highlight';
import { firstBefore, type AppliedEdit, type CellBefore } from './state';
import { buildWritePlan } from './writePlan';
import type { WritePlan } from './writePlan.types';

/**
 * The edit of a plan: the output column's header and values as generic cell writes, the highlight rules and the
 * notes. This is the one place that turns outputs into cells; executors write whatever cells it lists.
 * @example editOf(plan).cells[0] //=> { column: 'G', row: 2, value: 'Raggiungimento (Traguardo)', format: null }
 */
export function editOf(plan: WritePlan): SheetEdit {
  const { column, headerRow, header, numberFormat } = plan.output;
  const cells: CellWrite[] = [{ column, row: headerRow, value: header, format: null }];
  for (const c of plan.output.cells) {
    if (c.row === headerRow) continue;
    cells.push(c.value !== null ? { column, row: c.row, value: c.value, format: numberFormat } : { column, row: c.row, value: c.text ?? '', format: null });
  }
  return {
    sheet: plan.sheet,
    column,
    headerRow,
    cells,
    rules: highlightRules(plan),
    notes: plan.notes,
    counts: { values: plan.output.cells.length, highlights: plan.highlights.length, notes: plan.notes.length },
    plan,
  };
}

/** The edit for a sheet's report: `buildWritePlan` then `editOf`. */
export const planEdit = (snapshot: SheetSnapshot, report: SheetReport, options: Parameters<typeof buildWritePlan>[2]): SheetEdit => editOf(buildWritePlan(snapshot, report, options));

/** The cells of an edit by column, rows ascending: what executors write in one range per run of rows. */
export function byColumn<T extends { column: string; row: number }>(cells: readonly T[]): Array<{ column: string; cells: T[] }> {
  const out = new Map<string, T[]>();
  for (const c of cells) {
    const list = out.get(c.column) ?? [];
    list.push(c);
    out.set(c.column, list);
  }
  return [...out].map(([column, list]) => ({ column, cells: [...list].sort((a, b) => a.row - b.row) }));
}

const key = (column: string, row: number): string => `${column}${row}`;

/**
 * The inverse of applied edits, oldest first (a failed apply's `superseded` records, then the record): every cell
 * any of them wrote, given back what it held before the first of them wrote it, each cell once; every noted cell;
 * every findings sheet. Cells in `except` (those an apply writes again) are left out. Pure.
 * @example invert('Obiettivi', [applied]).cells //=> [{ column: 'G', row: 2, before: null }, …]
 */
export function invert(sheet: string, records: readonly AppliedEdit[], except: ReadonlySet<string> = new Set()): SheetInverse {
  const cells: CellRestore[] = [];
  const seen = new Set<string>(except);
  for (const r of records) {
    for (const c of r.cells) {
      for (const row of c.rows) {
        if (seen.has(key(c.column, row))) continue;
        seen.add(key(c.column, row));
        cells.push({ column: c.column, row, before: firstBefore(records, c.column, row) ?? null });
      }
    }
  }
  const notes = [...new Map(records.flatMap((r) => r.notes).map((n) => [n.address, n])).values()];
  const findingsSheets = [...new Set(records.map((r) => r.findingsSheet).filter((n): n is string => n !== null))];
  return { sheet, cells, notes, findingsSheets };
}

/** The cells an edit writes, as keys for `invert`'s `except`. */
export const writtenKeys = (edit: SheetEdit): Set<string> => new Set(edit.cells.map((c) => key(c.column, c.row)));

/**
 * The record of an applied edit, from what each written cell held before (`beforeOf`: null for an empty cell,
 * which is left out of the record). Executors add their own parts (Office: the anchor; the package patcher: its
 * tokens and format table).
 */
export function appliedOf(edit: SheetEdit, beforeOf: (cell: CellWrite) => CellBefore | null, extra: { notes: AppliedEdit['notes']; findingsSheet: string | null }): AppliedEdit {
  const cells = byColumn(edit.cells).map(({ column, cells: list }) => {
    const before: Record<string, CellBefore> = {};
    for (const c of list) {
      const b = beforeOf(c);
      if (b !== null) before[String(c.row)] = b;
    }
    return { column, rows: list.map((c) => c.row), before };
  });
  return {
    edit: 2,
    column: edit.column,
    cells,
    highlights: edit.rules,
    notes: extra.notes,
    findingsSheet: extra.findingsSheet,
    counts: { ...edit.counts, notes: extra.notes.length },
  };
}

/** The rows an edit writes in its output column (header included), ascending: the anchor's span. */
export function outputRows(edit: SheetEdit): number[] {
  return [...new Set(edit.cells.filter((c) => c.column === edit.column).map((c) => c.row))].sort((a, b) => a - b);
}
