import type ExcelJS from 'exceljs';
import type { CellValue, GridCell, GridRect, GridTable } from '../../core/layout/grid.types';
import type { ReservedKind, SheetSnapshot } from '../port';
import { parseArea, type AreaRef } from '../address';
import { DAYS_1904, dateToSerial } from './excelSerial';
import { formatCell, showsDate } from './formatCell';

/**
 * The plain value of an ExcelJS cell value: dates as serials of the 1900 date system whatever the workbook's
 * (ExcelJS reads dates of either system as the same instants; the core counts days from 1900), rich text as its text, formulas as their cached
 * result, hyperlinks as their text, errors as their code ("#N/A").
 */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return dateToSerial(v);
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('') || null;
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result);
  if ('error' in v) return String(v.error);
  if ('hyperlink' in v) return plainValue((v as { text?: ExcelJS.CellValue }).text);
  return null;
}

/** True for a formula (its own or shared). */
const isFormula = (v: ExcelJS.CellValue | undefined): boolean => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** True when a cell value is (or evaluates to) a date. */
function isDateValue(v: ExcelJS.CellValue | undefined): boolean {
  if (v instanceof Date) return true;
  return typeof v === 'object' && v !== null && 'result' in v && (v as { result?: unknown }).result instanceof Date;
}

/** The number format of a cell: its own, or the short-date format ExcelJS applies to bare dates. */
function formatOf(cell: ExcelJS.Cell): string {
  const f = cell.numFmt;
  if (typeof f === 'string' && f !== '') return f;
  return isDateValue(cell.value) ? 'mm-dd-yy' : 'General';
}

const isMergeSlave = (cell: ExcelJS.Cell): boolean => cell.isMerged && cell.master.address !== cell.address;

interface TableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: unknown[];
  rows?: unknown[];
}

/** A table's area on the sheet, 1-based rows and columns (`parseArea` counts columns from 0). */
function tableArea(t: TableModel): GridRect | null {
  const whole = t.tableRef ? parseArea(t.tableRef) : null;
  if (whole) return { top: whole.top, left: whole.left + 1, bottom: whole.bottom, right: whole.right + 1 };
  const start = t.ref ? parseArea(t.ref) : null;
  if (!start) return null;
  const height = (t.rows?.length ?? 0) + (t.headerRow === false ? 0 : 1) + (t.totalsRow ? 1 : 0);
  return { top: start.top, left: start.left + 1, bottom: start.top + Math.max(height, 1) - 1, right: start.left + Math.max(t.columns?.length ?? 1, 1) };
}

/** Cells further than this many empty rows from the sheet's main block of data are left out of the snapshot. */
export const ROW_GAP = 4096;
/** Cells further than this many empty columns from the sheet's main block of data are left out of the snapshot. */
export const COL_GAP = 256;
/** The most cells a snapshot's rectangle may hold (rows × columns of the kept block). */
export const MAX_GRID_CELLS = 4_000_000;

/** A worksheet whose block of data is too large to read (more than `MAX_GRID_CELLS` cells). */
export class SheetTooLarge extends Error {
  override readonly name = 'SheetTooLarge';
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly cols: number,
  ) {
    super(`Sheet "${sheet}" spans ${rows} rows × ${cols} columns, more than ${MAX_GRID_CELLS} cells`);
  }
}

/** A worksheet read as a snapshot, and the cells left out because they lie far from its block of data. */
export interface WorksheetRead {
  snapshot: SheetSnapshot;
  /** How many cells with a value were left out. */
  dropped: number;
  /** The addresses of the first few of them ("XFD1048576"). */
  droppedAt: string[];
}

interface Found {
  row: number;
  col: number;
  cell: ExcelJS.Cell;
}

/** The run of sorted numbers with the most weight, runs being split where two neighbours are more than `gap` apart. */
function densestRun(keys: number[], weight: (k: number) => number, gap: number): { lo: number; hi: number } {
  let best = { lo: keys[0] as number, hi: keys[0] as number, w: -1 };
  let lo = keys[0] as number;
  let w = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    if (i > 0 && k - (keys[i - 1] as number) > gap) {
      if (w > best.w) best = { lo, hi: keys[i - 1] as number, w };
      lo = k;
      w = 0;
    }
    w += weight(k);
  }
  if (w > best.w) best = { lo, hi: keys[keys.length - 1] as number, w };
  return { lo: best.lo, hi: best.hi };
}

const blankCells = new Map<string, GridCell>();
/** A shared (frozen) empty cell showing a format. */
function blank(format: string): GridCell {
  let c = blankCells.get(format);
  if (!c) {
    c = Object.freeze({ value: null, text: '', format }) as GridCell;
    blankCells.set(format, c);
  }
  return c;
}

/**
 * The plain value of a cell, dates in the 1900 date system: ExcelJS gives dates of date-formatted cells as
 * instants (read here as 1900 serials); in a 1904 workbook, a number it left as it is under a format that shows a
 * date is a 1904 serial, moved to 1900, and a time or a duration (a format without a day, month or year) keeps
 * the cell's own number.
 */
function cellValue(cell: ExcelJS.Cell, format: string, date1904: boolean): CellValue {
  const value = plainValue(cell.value);
  if (!date1904 || typeof value !== 'number') return value;
  const asDate = isDateValue(cell.value);
  const shows = showsDate(format);
  if (!asDate && shows) return value + DAYS_1904;
  if (asDate && !shows) return Math.round((value - DAYS_1904) * 1e9) / 1e9;
  return value;
}

/**
 * Read a worksheet as a plain snapshot: the values-only used range with values, displayed text and number
 * formats, merged areas, tables and hidden rows/columns (all in grid coordinates). Dates are serials of the 1900
 * date system whichever system the workbook uses.
 *
 * Only the cells that exist are visited (never the whole used-range rectangle): a value typed far away from the
 * data (XFD1048576) is left out of the snapshot and counted in `dropped`, so that time and memory follow the
 * number of cells with a value. Cells are kept in the densest run of rows (no gap wider than `ROW_GAP` empty
 * rows), then the densest run of columns (`COL_GAP`).
 * @throws SheetTooLarge when the kept block still spans more than `MAX_GRID_CELLS` cells
 */
export function readWorksheetBounded(ws: ExcelJS.Worksheet, date1904 = false): WorksheetRead {
  const found: Found[] = [];
  /** Cells holding a formula whose result reads as empty (`=""`): not in the grid, but the user's. */
  const formulas: Array<{ row: number; col: number }> = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isMergeSlave(cell)) return;
      if (plainValue(cell.value) === null) {
        if (isFormula(cell.value)) formulas.push({ row: r, col: c });
        return;
      }
      found.push({ row: r, col: c, cell });
    });
  });
  const empty: SheetSnapshot = { name: ws.name, origin: { row: 0, col: 0 }, cells: [], merges: [], tables: [], hiddenRows: [], hiddenCols: [] };
  if (found.length === 0) return { snapshot: empty, dropped: 0, droppedAt: [] };

  const perRow = new Map<number, number>();
  for (const f of found) perRow.set(f.row, (perRow.get(f.row) ?? 0) + 1);
  const rows = densestRun([...perRow.keys()].sort((x, y) => x - y), (k) => perRow.get(k) ?? 0, ROW_GAP);
  const perCol = new Map<number, number>();
  for (const f of found) if (f.row >= rows.lo && f.row <= rows.hi) perCol.set(f.col, (perCol.get(f.col) ?? 0) + 1);
  const cols = densestRun([...perCol.keys()].sort((x, y) => x - y), (k) => perCol.get(k) ?? 0, COL_GAP);
  const b = { top: rows.lo, bottom: rows.hi, left: cols.lo, right: cols.hi };
  const inside = (f: Found): boolean => f.row >= b.top && f.row <= b.bottom && f.col >= b.left && f.col <= b.right;
  const droppedAt: string[] = [];
  let dropped = 0;
  for (const f of found) {
    if (inside(f)) continue;
    dropped++;
    if (droppedAt.length < 5) droppedAt.push(f.cell.address);
  }
  const height = b.bottom - b.top + 1;
  const width = b.right - b.left + 1;
  if (height * width > MAX_GRID_CELLS) throw new SheetTooLarge(ws.name, height, width);

  const colFormat: string[] = [];
  const hiddenCols: number[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const column = ws.getColumn(c);
    if (column.hidden) hiddenCols.push(c - b.left);
    const f = column.numFmt;
    colFormat.push(typeof f === 'string' && f !== '' ? f : 'General');
  }
  const cells: GridCell[][] = [];
  const hiddenRows: number[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.findRow(r);
    if (row?.hidden) hiddenRows.push(r - b.top);
    const rowFmt = row?.numFmt;
    const out: GridCell[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        out.push(blank(typeof rowFmt === 'string' && rowFmt !== '' ? rowFmt : (colFormat[c - b.left] as string)));
        continue;
      }
      const format = formatOf(cell);
      const value = isMergeSlave(cell) ? null : cellValue(cell, format, date1904);
      out.push({ value, text: formatCell(value, format), format });
    }
    cells.push(out);
  }
  const toGrid = (a: { top: number; left: number; bottom: number; right: number }): GridRect => ({
    top: a.top - b.top,
    left: a.left - b.left,
    bottom: a.bottom - b.top,
    right: a.right - b.left,
  });
  const intersects = (a: GridRect): boolean => a.bottom >= b.top && a.top <= b.bottom && a.right >= b.left && a.left <= b.right;
  const merges = mergeAreas(ws).filter(intersects).map(toGrid);
  const tables: GridTable[] = [];
  for (const t of ws.getTables() as unknown as Array<{ table?: TableModel }>) {
    const model = t.table ?? (t as TableModel);
    const area = tableArea(model);
    if (area && intersects(area)) tables.push({ ...toGrid(area), name: model.name ?? '', hasHeader: model.headerRow !== false });
  }
  // What right of the grid, over its rows, is the user's though the grid does not show it: the output column never goes there.
  const reserved = new Reserved(b);
  for (const m of mergeAreas(ws)) if (!intersects(m)) reserved.area(m, 'merge');
  for (const t of ws.getTables() as unknown as Array<{ table?: TableModel }>) {
    const area = tableArea(t.table ?? (t as TableModel));
    if (area && !intersects(area)) reserved.area(area, 'table');
  }
  for (const f of formulas) reserved.cell(f.row, f.col, 'formula');
  for (const f of found) if (!inside(f)) reserved.cell(f.row, f.col, 'value');
  const validations = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations?.model ?? {};
  for (const [key, v] of Object.entries(validations)) {
    const a = v ? parseArea(key.replace(/^range:/, '')) : null;
    // ExcelJS keeps validation by cell (it expands each range): gathered per column like the cells.
    if (a && a.top === a.bottom && a.left === a.right) reserved.cell(a.top, a.left + 1, 'validation');
    else if (a) reserved.area({ top: a.top, left: a.left + 1, bottom: a.bottom, right: a.right + 1 }, 'validation');
  }
  const snapshot: SheetSnapshot = { name: ws.name, origin: { row: b.top - 1, col: b.left - 1 }, cells, merges, tables, hiddenRows, hiddenCols };
  const areas = reserved.list();
  if (areas.length > 0) snapshot.reserved = areas;
  return { snapshot, dropped, droppedAt };
}

/**
 * Areas right of a sheet's block of data (`b`, 1-based rows and columns) and over its rows, by kind; single cells
 * are gathered into one area per column and kind (from its first to its last row), so the list stays as small as
 * the number of columns whatever the number of cells.
 */
class Reserved {
  private readonly areas: Array<AreaRef & { kind: ReservedKind }> = [];
  private readonly columns = new Map<string, AreaRef & { kind: ReservedKind }>();
  constructor(private readonly b: { top: number; bottom: number; right: number }) {}

  /** An area in 1-based rows and columns. */
  area(a: GridRect, kind: ReservedKind): void {
    if (a.right <= this.b.right || a.bottom < this.b.top || a.top > this.b.bottom) return;
    this.areas.push({ top: a.top, left: a.left - 1, bottom: a.bottom, right: a.right - 1, kind });
  }

  cell(row: number, col: number, kind: ReservedKind): void {
    if (col <= this.b.right || row < this.b.top || row > this.b.bottom) return;
    const key = `${col}|${kind}`;
    const at = this.columns.get(key);
    if (at) {
      at.top = Math.min(at.top, row);
      at.bottom = Math.max(at.bottom, row);
    } else this.columns.set(key, { top: row, left: col - 1, bottom: row, right: col - 1, kind });
  }

  list(): Array<AreaRef & { kind: ReservedKind }> {
    return [...this.areas, ...this.columns.values()];
  }
}

/** `readWorksheetBounded`'s snapshot. */
export function readWorksheet(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  return readWorksheetBounded(ws, date1904).snapshot;
}

/** Merged areas of a sheet, 1-based rows and columns (ExcelJS keeps them by master cell; `model` would copy every row). */
function mergeAreas(ws: ExcelJS.Worksheet): GridRect[] {
  const out: GridRect[] = [];
  const index = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  const refs = index ? Object.values(index).map((m) => m.range ?? '') : ((ws.model as { merges?: string[] }).merges ?? []);
  for (const ref of refs) {
    const a = parseArea(ref);
    if (a) out.push({ top: a.top, left: a.left + 1, bottom: a.bottom, right: a.right + 1 });
  }
  return out;
}
