import { columnIndex, columnLetter } from '../../core/layout/grid.types';
import { anchorName, type AnchorNow } from './anchor';
import { areaAddress, parseAreas, parseCell, stripSheet, type AreaRef } from '../address';

const crosses = (a: AreaRef, b: AreaRef): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
import { keyedTo, type WorkbookState } from '../state';
import type { Gates } from './gates';
import { CF_LOAD, type NoteProbe } from './ops';
import { queueStateRead } from './stateStore';

/** Estimated request bytes of one note probe (resolve + load). */
const PROBE_BYTES = 200;

export type NoteMode = 'notes' | 'comments' | 'sheet';
export const noteMode = (gates: Gates): NoteMode => (gates.notes ? 'notes' : gates.comments ? 'comments' : 'sheet');

/** What apply and clear must know before they write, read in one sync (two when earlier notes must be probed). */
export interface Preflight {
  names: Set<string>;
  state: WorkbookState;
  /** Keys of the stored state parts. */
  stored: string[];
  /** The sheet's conditional formats, or null when a cached read proved none of them is Traguardo's. */
  cfs: Excel.ConditionalFormatCollection | null;
  /** True when a cached read proved the sheet holds exactly the rules the edit adds: they stay, none is deleted or added. */
  rulesKept?: boolean;
  probe: (address: string) => NoteProbe;
  /** Formulas and number formats of the cells the edit writes (and those between them in each column), by address ("G5"). */
  span: Map<string, { formula: string | number | boolean; format: string }>;
  /** Merged areas over the columns the edit writes, from their first to last row ("F3:G6"), where the host tells them (ExcelApi 1.13). */
  merged: string[];
  /** The name over the output column (null when there is none) and where its cells are now, with their values. */
  anchor: { item: Excel.NamedItem; now: AnchorNow; values: Array<string | number | boolean>; formats: string[] } | null;
  /**
   * The name over the output column when it exists but refers to no cells: the user deleted every cell it covered
   * and Excel keeps the name as `=Sheet!#REF!` (its range is a null object). Apply and Clear delete it (adding a
   * name that exists fails). Absent or null otherwise.
   */
  brokenAnchor?: Excel.NamedItem | null;
  /** Every note of the sheet, when asked for (`sweep`, notes mode): Clear finds Traguardo's by their marker. */
  allNotes: Excel.Note[];
  /** Every threaded comment of the sheet (comments mode). */
  allComments: Excel.Comment[];
}

/** A cell address as the preflight keys it ("D14", without sheet or `$`). */
export const normalCell = (address: string): string => norm(address);

const norm = (address: string): string => {
  const c = parseCell(stripSheet(address));
  return c ? areaAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }) : address;
};

type PreflightOptions = { notes: string[]; spans: Array<{ column: string; rows: number[] }>; budget: number; sweep?: boolean };

/** Codes a host may give if it refuses the range of a name that does not exist (a chain on a null object). */
const ANCHOR_REFUSALS = new Set(['ItemNotFound', 'InvalidArgument', 'GeneralException', 'InvalidReference']);

/**
 * What apply and clear must know before they write. The name over the output column is read through
 * `names.getItemOrNullObject(…).getRangeOrNullObject()` in the same sync; should a host refuse that chain on a
 * missing name, the preflight (reads only) is run again without it, and Clear then uses the recorded rows.
 */
export async function preflight(ctx: Excel.RequestContext, sheet: string, gates: Gates, opts: PreflightOptions): Promise<Preflight> {
  try {
    return await preflightOnce(ctx, sheet, gates, opts, true);
  } catch (err) {
    if (!ANCHOR_REFUSALS.has((err as { code?: string }).code ?? '')) throw err;
    return preflightOnce(ctx, sheet, gates, opts, false);
  }
}

async function preflightOnce(ctx: Excel.RequestContext, sheet: string, gates: Gates, opts: PreflightOptions, withAnchor: boolean): Promise<Preflight> {
  const probesPerSync = Math.max(1, Math.floor(opts.budget / PROBE_BYTES));
  const mode = noteMode(gates);
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const names = ctx.workbook.worksheets.load('items/name');
  const readState = queueStateRead(ctx);
  const cfs = ws.getRange().conditionalFormats.load(CF_LOAD);
  // Formulas and formats of each column the edit writes, from its first to its last row.
  const spanRanges: Array<{ column: string; top: number; range: Excel.Range }> = [];
  const spanAreas: AreaRef[] = [];
  for (const span of opts.spans) {
    if (span.rows.length === 0) continue;
    const top = Math.min(...span.rows);
    const col = columnIndex(span.column);
    const area = { top, left: col, bottom: Math.max(...span.rows), right: col };
    spanRanges.push({ column: span.column, top, range: ws.getRange(areaAddress(area)).load('formulas,numberFormat') });
    spanAreas.push(area);
  }
  // The whole sheet's merged areas, kept where they cross a span: a range's `getMergedAreasOrNullObject` gives
  // only the areas whose top-left cell it holds (https://github.com/OfficeDev/office-js/issues/3611), so a merge
  // starting left of the output column or above its first row would be missed on the span itself.
  const spanMerges = gates.merges && spanAreas.length > 0 ? ws.getRange().getMergedAreasOrNullObject().load('address') : null;
  const notes = new Map<string, Excel.Note>();
  /** Probe notes, syncing whenever a request holds as many probes as the budget allows. */
  const probeNotes = async (addresses: string[], queued: number): Promise<number> => {
    let n = queued;
    for (const a of addresses.map(norm)) {
      if (notes.has(a)) continue;
      if (n >= probesPerSync) {
        await ctx.sync();
        n = 0;
      }
      notes.set(a, ws.notes.getItemOrNullObject(a).load('content'));
      n++;
    }
    return n;
  };
  const comments = mode === 'comments' ? ws.comments.load('items/content') : null;
  const named = withAnchor ? ctx.workbook.names.getItemOrNullObject(anchorName(sheet)).load('name') : null;
  const anchored = named ? named.getRangeOrNullObject().load('address,rowIndex,columnIndex,rowCount,values,numberFormat') : null;
  const swept = opts.sweep === true && mode === 'notes' ? ws.notes.load('items/content') : null;
  if (mode === 'notes') await probeNotes(opts.notes, 0);
  await ctx.sync();

  const { state: read, keys: stored } = readState();
  const state = keyedTo(read, sheet);
  // A sweep reads every note already: no probe of the recorded ones (and no second sync) is needed.
  const earlier = swept ? [] : (state.sheets[sheet]?.notes ?? []).map((n) => norm(n.address)).filter((a) => !notes.has(a));
  const located: Array<{ comment: Excel.Comment; at: Excel.Range }> = [];
  if (mode === 'notes' && earlier.length > 0) await probeNotes(earlier, 0);
  if (comments && comments.items.length > 0) for (const c of comments.items) located.push({ comment: c, at: c.getLocation().load('address') });
  if ((mode === 'notes' && earlier.length > 0) || located.length > 0) await ctx.sync();

  const byCell = new Map<string, Excel.Comment>();
  for (const { comment, at } of located) byCell.set(norm(at.address), comment);
  const span = new Map<string, { formula: string | number | boolean; format: string }>();
  for (const { column, top, range } of spanRanges) {
    const formulas = range.formulas as Array<Array<string | number | boolean>>;
    const formats = range.numberFormat as string[][];
    formulas.forEach((row, i) => span.set(`${column}${top + i}`, { formula: row[0] ?? '', format: formats[i]?.[0] ?? 'General' }));
  }
  const anchor = !named || !anchored || named.isNullObject || anchored.isNullObject
    ? null
    : {
      item: named,
      now: { column: columnLetter(anchored.columnIndex), top: anchored.rowIndex + 1, bottom: anchored.rowIndex + anchored.rowCount },
      values: (anchored.values as Array<Array<string | number | boolean>>).map((row) => row[0] ?? ''),
      formats: (anchored.numberFormat as string[][]).map((row) => row[0] ?? 'General'),
    };
  return {
    anchor,
    brokenAnchor: named && !named.isNullObject && anchored && anchored.isNullObject ? named : null,
    allNotes: swept ? swept.items : [],
    allComments: comments ? comments.items : [],
    names: new Set(names.items.map((w) => w.name)),
    state,
    stored,
    cfs,
    probe: (address) => ({ note: notes.get(norm(address)) ?? null, comment: byCell.get(norm(address)) ?? null }),
    span,
    merged: spanMerges && !spanMerges.isNullObject ? parseAreas(spanMerges.address).filter((a) => spanAreas.some((b) => crosses(a, b))).map(areaAddress) : [],
  };
}
