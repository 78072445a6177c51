import { columnIndex, columnLetter } from '../../core/layout/grid.types';
import { firstBefore, keyedTo, recordsOf, type SheetState, type WorkbookState } from '../state';
import type { SheetEdit } from '../edit.types';
import type { Gates } from './gates';
import { CF_LOAD, isTraguardoRule } from './ops';
import { normalCell, noteMode, type Preflight } from './preflight';
import { queueStateRead } from './stateStore';
import { anchorName } from './anchor';

/** How long facts read with a sheet may stand in for apply's load sync. */
export const FACTS_TTL_MS = 60_000;

type Formula = string | number | boolean;

/**
 * What apply's preflight needs that does not depend on the plan, read in the same sync as the sheet. Plain
 * data only (no proxy objects): it outlives the Excel.run that read it.
 */
export interface SheetFacts {
  /** When the facts were read (ms, the port's clock). */
  readAt: number;
  /** Names of all worksheets, hidden ones too. */
  names: string[];
  state: WorkbookState;
  /** Keys of the stored state parts. */
  stored: string[];
  /** True when the name over an output column of this sheet exists (see `anchor.ts`). */
  anchored: boolean;
  /** The column (0-based) the name over the output column is in now, or null without the name. */
  anchorColumn: number | null;
  /** True when any conditional format on the sheet is one of Traguardo's highlights. */
  traguardoRules: boolean;
  /** The formulas of Traguardo's highlights on the sheet now (a re-run keeps them when they are the ones it adds). */
  rules: string[];
  /**
   * The cells under the name over the output column now (rows 1-based): where it is, formulas and number formats;
   * null without the name.
   */
  anchorSpan: { column: number; top: number; bottom: number; formulas: Formula[]; formats: string[] } | null;
  /**
   * Notes probed in the read (notes mode): the content at each address asked for (`knownNotes`: those the port
   * wrote or saw recorded on this sheet), null where the cell has none. Addresses as "D14".
   */
  notes: Record<string, string | null>;
  /** Notes (ExcelApi 1.18) or threaded comments (1.10) on the sheet, in the host's note mode; 0 without either. */
  annotations: number;
  /** The column right of the values-only used range: where a first run writes its output. */
  next: { column: number; top: number; formulas: Formula[]; formats: string[] };
}

/**
 * Queue, in the sheet read's batch, the loads of the sheet's facts; the returned function reads them after
 * the sync. The column right of the used range is found in the batch itself (`getUsedRange` never throws:
 * a blank sheet's used range is A1).
 */
export function queueFacts(ctx: Excel.RequestContext, ws: Excel.Worksheet, sheet: string, gates: Gates, now: number, knownNotes: readonly string[] = []): () => SheetFacts {
  const names = ctx.workbook.worksheets.load('items/name');
  const named = ctx.workbook.names.getItemOrNullObject(anchorName(sheet)).load('name');
  const anchorRange = named.getRangeOrNullObject().load('columnIndex,rowIndex,rowCount,formulas,numberFormat');
  const readState = queueStateRead(ctx);
  const cfs = ws.getRange().conditionalFormats.load(CF_LOAD);
  const mode = noteMode(gates);
  const count = mode === 'notes' ? ws.notes.getCount() : mode === 'comments' ? ws.comments.getCount() : null;
  const next = ws.getUsedRange(true).getColumnsAfter(1).load('rowIndex,columnIndex,formulas,numberFormat');
  const probes = mode === 'notes' ? [...new Set(knownNotes.map(normalCell))].map((a) => ({ a, note: ws.notes.getItemOrNullObject(a).load('content') })) : [];
  return () => {
    const anchored = !named.isNullObject && !anchorRange.isNullObject;
    const { state: read, keys } = readState();
    const state = keyedTo(read, sheet);
    return {
      readAt: now,
      names: names.items.map((w) => w.name),
      state,
      stored: keys,
      anchored: !named.isNullObject,
      anchorColumn: named.isNullObject || anchorRange.isNullObject ? null : anchorRange.columnIndex,
      traguardoRules: cfs.items.some(isTraguardoRule),
      rules: cfs.items.filter(isTraguardoRule).map((cf) => cf.customOrNullObject.rule.formula.replace(/^=/, '')),
      anchorSpan: anchored
        ? {
          column: anchorRange.columnIndex,
          top: anchorRange.rowIndex + 1,
          bottom: anchorRange.rowIndex + anchorRange.rowCount,
          formulas: (anchorRange.formulas as Formula[][]).map((row) => row[0] ?? ''),
          formats: (anchorRange.numberFormat as string[][]).map((row) => row[0] ?? 'General'),
        }
        : null,
      notes: Object.fromEntries(probes.map(({ a, note }) => [a, note.isNullObject ? null : note.content])),
      annotations: count ? count.value : 0,
      next: {
        column: next.columnIndex,
        top: next.rowIndex + 1,
        formulas: (next.formulas as Formula[][]).map((row) => row[0] ?? ''),
        formats: (next.numberFormat as string[][]).map((row) => row[0] ?? 'General'),
      },
    };
  };
}

/**
 * The preflight from facts read with the sheet, with no sync. Null (the caller then runs the full preflight) unless
 * the facts are fresh and prove what a preflight would load:
 * - a first run: no state for the sheet, no Traguardo rule on it, no note or comment on it in the note mode, and
 *   every cell written in the column right of the used range, whose formulas and formats the read brought;
 * - a re-run (notes or no note API, no findings sheet, no failed apply left over): the name over the output column
 *   where the record put it (nothing inserted or deleted above or inside it since), every cell written one the
 *   record wrote, the sheet's Traguardo rules exactly the ones the edit adds (they stay: no delete, no add), and
 *   every note written or recorded probed in the read (`knownNotes`).
 * Excel is not locked between the read and the apply: a note the user edits in between (within `FACTS_TTL_MS`)
 * loses that edit, and a note or name deleted in between makes the write fail and be undone.
 */
export function preflightFromFacts(ctx: Excel.RequestContext, facts: SheetFacts, edit: SheetEdit, gates: Gates, now: number): Preflight | null {
  const age = now - facts.readAt;
  if (age < 0 || age > FACTS_TTL_MS) return null;
  const sheet = edit.sheet;
  const recorded = facts.state.sheets[sheet];
  if (recorded !== undefined) return rerunFromFacts(ctx, facts, edit, recorded, gates);
  if (facts.traguardoRules || facts.anchored) return null;
  if (noteMode(gates) !== 'sheet' && facts.annotations !== 0) return null;
  const { next } = facts;
  const bottom = next.top + next.formulas.length - 1;
  if (edit.cells.some((c) => columnIndex(c.column) !== next.column || c.row < next.top || c.row > bottom)) return null;
  const byCell = new Map<string, { formula: Formula; format: string }>();
  for (const c of edit.cells) byCell.set(`${c.column}${c.row}`, { formula: next.formulas[c.row - next.top] ?? '', format: next.formats[c.row - next.top] ?? 'General' });
  return {
    names: new Set(facts.names),
    state: facts.state,
    stored: [...facts.stored],
    cfs: null,
    probe: () => ({ note: null, comment: null }),
    span: byCell,
    // Merged areas over this column were in the snapshot the plan was built from (`reserved`), which then goes past it.
    merged: [],
    anchor: null,
    allNotes: [],
    allComments: [],
  };
}

function rerunFromFacts(ctx: Excel.RequestContext, facts: SheetFacts, edit: SheetEdit, recorded: SheetState, gates: Gates): Preflight | null {
  if (noteMode(gates) !== 'notes' || recorded.findingsSheet !== null || (recorded.superseded?.length ?? 0) > 0) return null;
  const span = facts.anchorSpan;
  if (!span || !recorded.anchor || recorded.column === null) return null;
  if (columnLetter(span.column) !== recorded.column || span.top !== recorded.anchor.top || span.bottom !== recorded.anchor.bottom) return null;
  const records = recordsOf(recorded);
  if (edit.cells.some((c) => firstBefore(records, c.column, c.row) === undefined)) return null;
  const key = (r: { ref: string; band: string; formula: string }): string => `${r.ref} ${r.band} ${r.formula}`;
  const sorted = (list: string[]): string => [...list].sort().join('\n');
  if (sorted(facts.rules) !== sorted(recorded.highlights.map((h) => h.formula))) return null;
  if (sorted(edit.rules.map(key)) !== sorted(recorded.highlights.map(key))) return null;
  const wanted = [...edit.notes, ...recorded.notes].map((n) => normalCell(n.address));
  if (wanted.some((a) => !(a in facts.notes))) return null;
  const ws = ctx.workbook.worksheets.getItem(edit.sheet);
  const column = columnLetter(span.column);
  const byCell = new Map<string, { formula: Formula; format: string }>();
  span.formulas.forEach((f, i) => byCell.set(`${column}${span.top + i}`, { formula: f, format: span.formats[i] ?? 'General' }));
  return {
    names: new Set(facts.names),
    state: facts.state,
    stored: [...facts.stored],
    cfs: null,
    rulesKept: true,
    probe: (address) => {
      const at = normalCell(address);
      const content = facts.notes[at];
      return { note: typeof content === 'string' ? noteHandle(ws, at, content) : null, comment: null };
    },
    span: byCell,
    // Every cell written is one Traguardo's record wrote: nothing of the user's to check.
    merged: [],
    anchor: { item: ctx.workbook.names.getItem(anchorName(edit.sheet)), now: { column, top: span.top, bottom: span.bottom }, values: [], formats: span.formats },
    allNotes: [],
    allComments: [],
  };
}

/** A note known from the read: its content as read, and writes that address it in this batch (`NoteCollection.getItem`, ExcelApi 1.18). */
function noteHandle(ws: Excel.Worksheet, address: string, content: string): Excel.Note {
  const handle = {
    isNullObject: false,
    get content(): string {
      return content;
    },
    set content(v: string) {
      ws.notes.getItem(address).content = v;
    },
    delete(): void {
      ws.notes.getItem(address).delete();
    },
  };
  return handle as unknown as Excel.Note;
}
