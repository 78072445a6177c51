import type { ClearOutcome } from '../port';
import type { SheetState } from '../state';
import type { Gates } from './gates';
import { deleteHighlightOps, deleteSheetOps, restoreNoteOps, restoreOutputOps, type Op } from './ops';
import { preflight } from './preflight';
import { stateWriteOps } from './stateStore';
import { writeBlocks } from './writeBlocks';

/**
 * Remove what Traguardo added to a sheet and restore it exactly: highlights, output cells (formulas and
 * formats as they were), notes (a user's note gets its own text back), the findings sheet, and the stored
 * record (the setting goes when nothing else remains). `extra` records are undone first (a failed apply's).
 */
export async function clearSheet(ctx: Excel.RequestContext, sheet: string, gates: Gates, budget: number, extra: SheetState[] = []): Promise<ClearOutcome> {
  const pre = await preflight(ctx, sheet, gates, { notes: extra.flatMap((s) => s.notes.map((n) => n.address)), span: null, budget });
  const recorded = pre.state.sheets[sheet];
  const states = [...extra, ...(recorded ? [recorded] : [])];
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const ops: Op[] = [...deleteHighlightOps(pre.cfs)];
  const doneRows = new Map<string, Set<number>>();
  const doneNotes = new Set<string>();
  for (const s of states) {
    if (s.output) {
      const done = doneRows.get(s.output.column) ?? new Set<number>();
      ops.push(...restoreOutputOps(ws, s.output, s.output.rows.filter((r) => !done.has(r))));
      s.output.rows.forEach((r) => done.add(r));
      doneRows.set(s.output.column, done);
    }
    ops.push(...restoreNoteOps(s.notes.filter((n) => !doneNotes.has(n.address)), pre.probe));
    s.notes.forEach((n) => doneNotes.add(n.address));
  }
  const sheets = new Set(states.map((s) => s.findingsSheet).filter((n): n is string => n !== null));
  for (const name of sheets) ops.push(...deleteSheetOps(ctx, name, pre.names));
  const next = { ...pre.state, sheets: { ...pre.state.sheets } };
  delete next.sheets[sheet];
  ops.push(...stateWriteOps(ctx, next, pre.stored, Math.floor(budget / 2)));
  const { error } = await writeBlocks(ctx, ops, budget);
  if (error) throw error;
  return recorded ? { ...recorded.counts } : { values: 0, highlights: 0, notes: 0 };
}
