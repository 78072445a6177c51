import type { ClearOutcome } from '../port';
import { SheetStateSchema, recordsOf, type SheetState } from '../state';
import { invert } from '../edit';
import { relocate, strayRows } from '../anchor';
import type { Gates } from './gates';
import { deleteHighlightOps, deleteSheetOps, op, restoreCellOps, restoreNoteOps, sweepNoteOps, type Op } from './ops';
import { preflight } from './preflight';
import { stateWriteOps } from './stateStore';
import { writeBlocks } from './writeBlocks';

/**
 * Remove what Traguardo added to a sheet and restore it: highlights (found by their mark), output cells
 * (formulas and formats as they were before the first apply), notes (the user's part, as it is now), the
 * findings sheets, and the stored record (the setting goes when nothing else remains). The record's
 * `superseded` records (a failed apply's) are undone too. Every step is idempotent and the record goes last,
 * so a Clear that fails part-way is finished by the next one. With `only`, nothing is done unless the stored
 * record is that one (a failed apply's clean-up: its record may not have been stored).
 */
export async function clearSheet(ctx: Excel.RequestContext, sheet: string, gates: Gates, budget: number, only: SheetState | null = null): Promise<ClearOutcome> {
  const pre = await preflight(ctx, sheet, gates, { notes: [], spans: [], budget, sweep: true });
  const recorded = pre.state.sheets[sheet];
  if (only !== null && JSON.stringify(recorded) !== JSON.stringify(SheetStateSchema.parse(only))) return { values: 0, highlights: 0, notes: 0 };
  // Rows and columns inserted, deleted or sorted since: the records follow the name over the output column.
  const records = relocate(recordsOf(recorded), pre.anchor?.now ?? null);
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const ops: Op[] = [...deleteHighlightOps(ws, pre.cfs, pre.anchor?.now ?? null)];
  // Clear is the inverse of the records, executed (the same inverse the other executors run).
  const inverse = invert(sheet, records);
  ops.push(...restoreCellOps(ws, inverse.cells));
  // Rows inserted inside the span move Traguardo's cells off the recorded rows: every other cell of the span now
  // that holds what Traguardo writes (its header, a percentage, "n.v.") is Traguardo's, and was empty before.
  if (pre.anchor) {
    const { now, values, formats } = pre.anchor;
    const done = new Set(inverse.cells.map((c) => `${c.column}${c.row}`));
    const at = (row: number) => (row - now.top < values.length ? { value: values[row - now.top], format: formats[row - now.top] ?? 'General' } : null);
    const strays = strayRows(now, at, (row) => done.has(`${now.column}${row}`)).map((row) => ({ column: now.column, row, before: null }));
    ops.push(...restoreCellOps(ws, strays));
    const item = pre.anchor.item;
    ops.push(op({ delete: 'name' }, () => item.delete(), 1));
  } else if (pre.brokenAnchor) {
    const broken = pre.brokenAnchor;
    ops.push(op({ delete: 'name' }, () => broken.delete(), 1));
  }
  // Notes move with their cells: Traguardo's are found by the marker in their text, wherever they are now.
  if (pre.allNotes.length > 0 || pre.allComments.length > 0) ops.push(...sweepNoteOps(pre.allNotes, pre.allComments));
  else ops.push(...restoreNoteOps(inverse.notes, pre.probe));
  for (const name of inverse.findingsSheets) ops.push(...deleteSheetOps(ctx, name, pre.names));
  const next = { ...pre.state, sheets: { ...pre.state.sheets } };
  delete next.sheets[sheet];
  ops.push(...stateWriteOps(ctx, next, pre.stored, Math.floor(budget / 2)));
  const { error } = await writeBlocks(ctx, ops, budget);
  if (error) throw error;
  return recorded ? { ...recorded.counts } : { values: 0, highlights: 0, notes: 0 };
}
