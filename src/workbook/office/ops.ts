import { columnIndex } from '../../core/layout/grid.types';
import { areaAddress, quoteSheet } from '../address';
import { isHighlightFormula, isOutputRule } from '../highlight';
import { isTraguardoNote, userPart } from '../noteText';
import type { CellBefore, SheetState } from '../state';
import type { CellRestore } from '../edit.types';
import { byColumn } from '../edit';

/** One queued write with its estimated request size; ops are packed into syncs under the payload budget. */
export interface Op {
  bytes: number;
  queue: () => void;
}

/** Estimated request bytes of one API call besides its data (object path, method, ids). */
export const CALL_BYTES = 150;

/** An op from its data and the number of API calls it queues. */
export const op = (data: unknown, queue: () => void, calls = 2): Op => ({ bytes: JSON.stringify(data ?? null).length + CALL_BYTES * calls, queue });

/** A cell of the output column before Traguardo wrote it: its formula (or constant) and number format. */
export interface OfficeOriginal {
  formula: string | number | boolean;
  format: string;
}
export const DEFAULT_ORIGINAL: OfficeOriginal = { formula: '', format: 'General' };

/** A recorded `before` as Office gives it back (an empty cell, or a record of another executor's shape: General and empty). */
export const officeBefore = (b: CellBefore | null | undefined): OfficeOriginal =>
  b && 'formula' in b ? { formula: b.formula, format: b.format } : DEFAULT_ORIGINAL;

/** Put cells back as they were, whatever their columns: one range per run of rows of each column. */
export function restoreCellOps(ws: Excel.Worksheet, cells: readonly CellRestore[]): Op[] {
  return byColumn(cells).flatMap(({ column, cells: list }) => {
    const at = new Map(list.map((c) => [c.row, officeBefore(c.before)]));
    return restoreOutputOps(ws, column, list.map((c) => c.row), (row) => at.get(row) ?? DEFAULT_ORIGINAL);
  });
}

/** Consecutive rows grouped into runs of at most `max` rows. */
export function rowRuns(rows: number[], max = 1000): number[][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === r - 1 && last.length < max) last.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** A column range for a run of rows ("G4:G9"). */
export const runAddress = (column: string, run: number[]): string =>
  areaAddress({ top: run[0] as number, left: columnIndex(column), bottom: run[run.length - 1] as number, right: columnIndex(column) });

/** What to load of a range's conditional formats to recognise Traguardo's. */
export const CF_LOAD = 'items/type,items/customOrNullObject/rule/formula';

/** True for one of Traguardo's highlights (recognised by its formula), among formats loaded with `CF_LOAD`. */
export function isTraguardoRule(cf: Excel.ConditionalFormat): boolean {
  if (cf.type !== 'Custom') return false;
  const custom = cf.customOrNullObject;
  // A custom rule without a formula is a rule Traguardo added in a batch that failed before its formula was
  // set (batches are not transactional); no user can make one in Excel's UI.
  return !custom.isNullObject && (isHighlightFormula(custom.rule.formula) || custom.rule.formula.replace(/[=\s]/g, '') === '');
}

/**
 * Remove Traguardo's highlights. Deleting rules one by one fails on a cell holding two rules
 * (https://github.com/OfficeDev/office-js/issues/5222), and our three band rules share their cells. So the rules
 * of the output column, a column Traguardo owns, go with `clearAll()` on its span (where the name over it is now,
 * see anchor.ts); only the rules of other columns (the result column's) are deleted one by one. Without a name
 * (a legacy record, a batch that failed before adding it), every rule of ours is deleted one by one.
 */
export function deleteHighlightOps(ws: Excel.Worksheet, cfs: Excel.ConditionalFormatCollection | null, output: { column: string; top: number; bottom: number } | null): Op[] {
  const out: Op[] = [];
  if (output) {
    const address = `${output.column}${output.top}:${output.column}${output.bottom}`;
    out.push(op({ clear: address }, () => ws.getRange(address).conditionalFormats.clearAll(), 1));
  }
  for (const cf of (cfs?.items ?? []).filter(isTraguardoRule)) {
    if (output && isOutputRule(cf.customOrNullObject.rule.formula, output.column)) continue;
    out.push(op({ delete: 'cf' }, () => cf.delete(), 1));
  }
  return out;
}

/** Put output cells of `column` back as they were (formulas or constants, number formats). */
export function restoreOutputOps(ws: Excel.Worksheet, column: string, rows: number[], originalAt: (row: number) => OfficeOriginal): Op[] {
  return rowRuns(rows).map((run) => {
    const formulas = run.map((r) => [originalAt(r).formula]);
    const formats = run.map((r) => [originalAt(r).format]);
    return op({ formulas, formats }, () => {
      const range = ws.getRange(runAddress(column, run));
      // The format first: a text cell ("@") takes its original string back as text, not as a number or formula.
      range.numberFormat = formats;
      range.formulas = formulas;
    }, 3);
  });
}

/** What is on a noted cell now: a note's content, a comment, or nothing. */
export interface NoteProbe {
  note: Excel.Note | null;
  comment: Excel.Comment | null;
}

/**
 * Take Traguardo's text out of notes, keeping what the user wrote (the part before Traguardo's separator, as it
 * is now, edits since the first apply included); a note that is Traguardo's alone goes, as does a comment.
 */
export function restoreNoteOps(notes: SheetState['notes'], probe: (address: string) => NoteProbe): Op[] {
  const out: Op[] = [];
  for (const n of notes) {
    const p = probe(n.address);
    if (p.note && !p.note.isNullObject) {
      const note = p.note;
      const user = userPart(note.content);
      if (user === null) out.push(op({ delete: 'note' }, () => note.delete()));
      else if (user !== note.content) out.push(op({ note: user }, () => {
        note.content = user;
      }));
    } else if (p.comment && isTraguardoNote(p.comment.content)) {
      const comment = p.comment;
      out.push(op({ delete: 'comment' }, () => comment.delete()));
    }
  }
  return out;
}

/** Take Traguardo's text out of every note and comment of a sheet that carries its marker, wherever they are now. */
export function sweepNoteOps(notes: Excel.Note[], comments: Excel.Comment[]): Op[] {
  const out: Op[] = [];
  for (const note of notes) {
    const user = userPart(note.content);
    if (user === null) out.push(op({ delete: 'note' }, () => note.delete(), 1));
    else if (user !== note.content) out.push(op({ note: user }, () => {
      note.content = user;
    }));
  }
  for (const comment of comments) if (isTraguardoNote(comment.content)) out.push(op({ delete: 'comment' }, () => comment.delete(), 1));
  return out;
}

/** Delete a findings sheet Traguardo created, when it still exists. */
export function deleteSheetOps(ctx: Excel.RequestContext, name: string | null, names: Set<string>): Op[] {
  if (name === null || !names.has(name)) return [];
  return [op({ delete: name }, () => ctx.workbook.worksheets.getItem(name).delete())];
}

/** Full address for comment APIs, which want the sheet name. */
export const fullAddress = (sheet: string, address: string): string => `${quoteSheet(sheet)}!${address}`;

/** Pack ops into syncs whose estimated size stays under the budget; each op lands whole in one sync. */
export function packBlocks(ops: Op[], budget: number): Op[][] {
  const blocks: Op[][] = [];
  let cur: Op[] = [];
  let size = 0;
  for (const o of ops) {
    if (cur.length > 0 && size + o.bytes > budget) {
      blocks.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(o);
    size += o.bytes;
  }
  if (cur.length > 0) blocks.push(cur);
  return blocks;
}
