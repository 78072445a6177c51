import { columnIndex } from '../../core/layout/grid.types';
import { keyedTo, type WorkbookState } from '../state';
import type { Gates } from './gates';
import { CF_LOAD, isTraguardoRule } from './ops';
import { noteMode, type Preflight } from './preflight';
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
export function queueFacts(ctx: Excel.RequestContext, ws: Excel.Worksheet, sheet: string, gates: Gates, now: number): () => SheetFacts {
  const names = ctx.workbook.worksheets.load('items/name');
  const named = ctx.workbook.names.getItemOrNullObject(anchorName(sheet)).load('name');
  const anchorRange = named.getRangeOrNullObject().load('columnIndex');
  const readState = queueStateRead(ctx);
  const cfs = ws.getRange().conditionalFormats.load(CF_LOAD);
  const mode = noteMode(gates);
  const count = mode === 'notes' ? ws.notes.getCount() : mode === 'comments' ? ws.comments.getCount() : null;
  const next = ws.getUsedRange(true).getColumnsAfter(1).load('rowIndex,columnIndex,formulas,numberFormat');
  return () => {
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
 * The preflight of a first run, from facts read with the sheet, with no sync: only when the facts are fresh
 * and prove there is nothing to probe or delete (no state for the sheet, no Traguardo rule on it, no note or
 * comment on it in the note mode) and every cell written is in the column they describe. Null otherwise: the
 * caller then runs the full preflight.
 */
export function preflightFromFacts(
  facts: SheetFacts,
  sheet: string,
  gates: Gates,
  spans: Array<{ column: string; rows: number[] }>,
  now: number,
): Preflight | null {
  const age = now - facts.readAt;
  if (age < 0 || age > FACTS_TTL_MS) return null;
  if (facts.state.sheets[sheet] !== undefined || facts.traguardoRules || facts.anchored) return null;
  if (noteMode(gates) !== 'sheet' && facts.annotations !== 0) return null;
  const { next } = facts;
  const bottom = next.top + next.formulas.length - 1;
  if (spans.some((span) => columnIndex(span.column) !== next.column || span.rows.some((r) => r < next.top || r > bottom))) return null;
  const byCell = new Map<string, { formula: Formula; format: string }>();
  for (const span of spans) for (const r of span.rows) byCell.set(`${span.column}${r}`, { formula: next.formulas[r - next.top] ?? '', format: next.formats[r - next.top] ?? 'General' });
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
