import type { ClearOutcome } from '../port';
import { recordsOf, type SheetState } from '../state';
import type { Gates } from './gates';
import { DEFAULT_ORIGINAL, deleteHighlightOps, deleteSheetOps, restoreNoteOps, restoreOutputOps, type OfficeOriginal, type Op } from './ops';
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
  const pre = await preflight(ctx, sheet, gates, { notes: [], span: null, budget });
  const recorded = pre.state.sheets[sheet];
  if (only !== null && JSON.stringify(recorded) !== JSON.stringify(only)) return { values: 0, highlights: 0, notes: 0 };
  const records = recordsOf(recorded);
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const ops: Op[] = [...deleteHighlightOps(pre.cfs)];
  const done = new Set<string>();
  for (const r of records) {
    if (!r.output) continue;
    const { column, originals } = r.output;
    const rows = r.output.rows.filter((row) => !done.has(`${column}${row}`));
    rows.forEach((row) => done.add(`${column}${row}`));
    ops.push(...restoreOutputOps(ws, column, rows, (row) => ({ ...DEFAULT_ORIGINAL, ...(originals[String(row)] as Partial<OfficeOriginal> | undefined) })));
  }
  const notes = [...new Map(records.flatMap((r) => r.notes).map((n) => [n.address, n])).values()];
  ops.push(...restoreNoteOps(notes, pre.probe));
  const sheets = new Set(records.map((r) => r.findingsSheet).filter((n): n is string => n !== null));
  for (const name of sheets) ops.push(...deleteSheetOps(ctx, name, pre.names));
  const next = { ...pre.state, sheets: { ...pre.state.sheets } };
  delete next.sheets[sheet];
  ops.push(...stateWriteOps(ctx, next, pre.stored, Math.floor(budget / 2)));
  const { error } = await writeBlocks(ctx, ops, budget);
  if (error) throw error;
  return recorded ? { ...recorded.counts } : { values: 0, highlights: 0, notes: 0 };
}
