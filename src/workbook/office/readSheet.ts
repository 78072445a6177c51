import type { CellValue, GridCell, GridRect, GridTable } from '../../core/layout/grid.types';
import type { SheetSnapshot } from '../port';
import { areaAddress, parseArea, parseAreas, type AreaRef } from '../address';
import type { Gates } from './gates';
import { isPayloadError } from './hostCall';
import { queueFacts, type SheetFacts } from './sheetFacts';
import { toDates1900 } from '../dateSystem';
import { queueStateRead, type StoredState } from './stateStore';
import { keyedTo } from '../state';
import { columnLetter } from '../../core/layout/grid.types';

type Scalar = string | number | boolean;

interface Extras {
  merges: Excel.RangeAreas | null;
  visible: Excel.RangeAreas | null;
  tables: Excel.TableCollection;
}

/** Queue the sheet-level reads that are small whatever the sheet's size: merges, visible cells, tables. */
function queueExtras(ws: Excel.Worksheet, gates: Gates): Extras {
  const whole = ws.getRange();
  const merges = gates.merges ? whole.getMergedAreasOrNullObject().load('address') : null;
  const visible = gates.visibleCells ? whole.getSpecialCellsOrNullObject('Visible').load('address') : null;
  const tables = ws.tables.load('items/name,items/showHeaders');
  return { merges, visible, tables };
}

/** Errors a host may raise for one of the apply facts alone: the read is retried without them. */
const FACT_REFUSALS = new Set(['InvalidArgument', 'ApiNotFound', 'GeneralException', 'NotImplemented', 'ItemNotFound', 'InvalidReference']);

const toValue = (v: Scalar | null | undefined): CellValue => (v === '' || v === undefined || v === null ? null : v);

/** A sheet's snapshot, with the facts apply needs when they came in the same sync (null past the payload limit). */
export interface SheetRead {
  snapshot: SheetSnapshot;
  facts: SheetFacts | null;
}

/**
 * Read a sheet's values-only used range in one sync (values, text, number formats, plus merges, tables and
 * hidden rows/columns where the host supports them), with the plan-independent facts apply's preflight needs
 * (`queueFacts`). A sheet too large for one request is read again in row blocks, without the facts: one sync
 * for its dimensions, then one per block. Tables' ranges take one more sync when there are any.
 */
export async function readSheet(ctx: Excel.RequestContext, name: string, gates: Gates, cellBudget: number, now: number, knownNotes: readonly string[] = []): Promise<SheetRead> {
  const ws = ctx.workbook.worksheets.getItem(name);
  let used = ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat');
  let extras = queueExtras(ws, gates);
  const readFacts = queueFacts(ctx, ws, name, gates, now, knownNotes);
  let facts: SheetFacts | null = null;
  /** The stored state, read with the sheet when the facts could not be (it names an earlier output column). */
  let stateRead: (() => StoredState) | null = null;
  let matrices: { values: Scalar[][]; text: string[][]; formats: string[][] } | null = null;
  try {
    await ctx.sync();
    facts = readFacts();
    if (!used.isNullObject) matrices = { values: used.values as Scalar[][], text: used.text, formats: used.numberFormat as string[][] };
  } catch (err) {
    if (!isPayloadError(err)) {
      if (!FACT_REFUSALS.has((err as { code?: string }).code ?? '')) throw err;
      // The facts are an optimisation: when the host refuses one of them (no column after XFD, say), read the sheet
      // alone; an error that is the sheet's own is thrown by this second sync.
      used = ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat');
      extras = queueExtras(ws, gates);
      stateRead = queueStateRead(ctx);
      await ctx.sync();
      if (!used.isNullObject) matrices = { values: used.values as Scalar[][], text: used.text, formats: used.numberFormat as string[][] };
    } else {
      used = ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount');
      extras = queueExtras(ws, gates);
      stateRead = queueStateRead(ctx);
      await ctx.sync();
      if (!used.isNullObject) matrices = await readBlocks(ctx, ws, used, cellBudget);
    }
  }
  if (used.isNullObject || !matrices) return { snapshot: { name, origin: { row: 0, col: 0 }, cells: [], merges: [], tables: [], hiddenRows: [], hiddenCols: [] }, facts };

  const bounds: AreaRef = { top: used.rowIndex + 1, left: used.columnIndex, bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount - 1 };
  const cells: GridCell[][] = matrices.values.map((row, r) =>
    row.map((v, c) => ({ value: toValue(v), text: matrices?.text[r]?.[c] ?? '', format: matrices?.formats[r]?.[c] ?? 'General' })),
  );
  const toGrid = (a: AreaRef): GridRect => ({ top: a.top - bounds.top, left: a.left - bounds.left, bottom: a.bottom - bounds.top, right: a.right - bounds.left });
  const inside = (a: AreaRef): boolean => a.top <= bounds.bottom && a.bottom >= bounds.top && a.left <= bounds.right && a.right >= bounds.left;
  const allMerges = extras.merges && !extras.merges.isNullObject ? parseAreas(extras.merges.address) : [];
  const merges = allMerges.filter(inside).map(toGrid);
  const { tables, outside } = await readTables(ctx, extras.tables, inside, toGrid);
  const { hiddenRows, hiddenCols } = hidden(extras.visible, bounds);
  // A 1904 workbook's serials are four years and a day early for the core: its dates' own text tells the system.
  const snapshot: SheetSnapshot = toDates1900({ name, origin: { row: bounds.top - 1, col: bounds.left }, cells, merges, tables, hiddenRows, hiddenCols });
  // Right of the used range, over its rows: merged areas, tables and (in the column next to it, which the facts
  // bring) formulas showing "" are the user's; the output column goes past them.
  const right = (a: AreaRef): boolean => a.left > bounds.right && a.top <= bounds.bottom && a.bottom >= bounds.top;
  const reserved: NonNullable<SheetSnapshot['reserved']> = [
    ...allMerges.filter(right).map((a) => ({ ...a, kind: 'merge' as const })),
    ...outside.filter(right).map((a) => ({ ...a, kind: 'table' as const })),
  ];
  if (facts && facts.next.column > bounds.right) {
    const { next } = facts;
    next.formulas.forEach((f, i) => {
      if (f !== '') reserved.push({ top: next.top + i, left: next.column, bottom: next.top + i, right: next.column, kind: 'formula' });
    });
  }
  if (reserved.length > 0) snapshot.reserved = reserved;
  const column = outputColumnOf(facts, stateRead, name);
  if (column !== null) snapshot.outputColumn = column;
  return { snapshot, facts };
}

/**
 * The column of Traguardo's output from an earlier run: the one its stored record names, moved to where the
 * name over it is now when the user inserted or deleted columns since (see `anchor.ts`). Null when none.
 */
function outputColumnOf(facts: SheetFacts | null, stateRead: (() => StoredState) | null, sheet: string): string | null {
  const state = facts ? facts.state : stateRead ? keyedTo(stateRead().state, sheet) : null;
  const recorded = state?.sheets[sheet]?.column;
  if (recorded === undefined || recorded === null) return null;
  return facts && facts.anchorColumn !== null ? columnLetter(facts.anchorColumn) : recorded;
}

/** Read values, text and formats in row blocks sized to the budget; a block still too large is halved. */
async function readBlocks(ctx: Excel.RequestContext, ws: Excel.Worksheet, used: Excel.Range, cellBudget: number): Promise<{ values: Scalar[][]; text: string[][]; formats: string[][] }> {
  const out = { values: [] as Scalar[][], text: [] as string[][], formats: [] as string[][] };
  const top = used.rowIndex + 1;
  const left = used.columnIndex;
  const right = left + used.columnCount - 1;
  const bottom = top + used.rowCount - 1;
  let rows = Math.max(1, Math.floor(cellBudget / used.columnCount));
  for (let start = top; start <= bottom; ) {
    const end = Math.min(bottom, start + rows - 1);
    const block = ws.getRange(areaAddress({ top: start, left, bottom: end, right })).load('values,text,numberFormat');
    try {
      await ctx.sync();
    } catch (err) {
      if (!isPayloadError(err) || rows === 1) throw err;
      rows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    out.values.push(...(block.values as Scalar[][]));
    out.text.push(...block.text);
    out.formats.push(...(block.numberFormat as string[][]));
    start = end + 1;
  }
  return out;
}

/** Tables in the used range (grid coordinates), and the areas of those outside it (sheet coordinates). */
async function readTables(ctx: Excel.RequestContext, tables: Excel.TableCollection, inside: (a: AreaRef) => boolean, toGrid: (a: AreaRef) => GridRect): Promise<{ tables: GridTable[]; outside: AreaRef[] }> {
  if (tables.items.length === 0) return { tables: [], outside: [] };
  const ranges = tables.items.map((t) => ({ t, range: t.getRange().load('address') }));
  await ctx.sync();
  const out: GridTable[] = [];
  const outside: AreaRef[] = [];
  for (const { t, range } of ranges) {
    const a = parseArea(range.address);
    if (a && inside(a)) out.push({ ...toGrid(a), name: t.name, hasHeader: t.showHeaders });
    else if (a) outside.push(a);
  }
  return { tables: out, outside };
}

/** Rows and columns of the used range (grid coordinates) covered by no visible area. */
function hidden(visible: Excel.RangeAreas | null, b: AreaRef): { hiddenRows: number[]; hiddenCols: number[] } {
  if (!visible) return { hiddenRows: [], hiddenCols: [] };
  const areas = visible.isNullObject ? [] : parseAreas(visible.address);
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  for (let r = b.top; r <= b.bottom; r++) if (!areas.some((a) => a.top <= r && r <= a.bottom)) hiddenRows.push(r - b.top);
  for (let c = b.left; c <= b.right; c++) if (!areas.some((a) => a.left <= c && c <= a.right)) hiddenCols.push(c - b.left);
  return { hiddenRows, hiddenCols };
}
