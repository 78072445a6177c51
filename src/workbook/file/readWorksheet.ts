import type ExcelJS from 'exceljs';
import type { CellValue, GridCell, GridRect, GridTable } from '../../core/layout/grid.types';
import type { SheetSnapshot } from '../port';
import { parseArea } from '../address';
import { dateToSerial } from './excelSerial';
import { formatCell } from './formatCell';

/**
 * The plain value of an ExcelJS cell value: dates as serials, rich text as its text, formulas as their cached
 * result, hyperlinks as their text, errors as their code ("#N/A").
 */
export function plainValue(v: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('') || null;
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result, date1904);
  if ('error' in v) return String(v.error);
  if ('hyperlink' in v) return plainValue((v as { text?: ExcelJS.CellValue }).text, date1904);
  return null;
}

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

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rows and columns (1-based) of the cells that hold a value, like Excel's values-only used range. */
function usedBounds(ws: ExcelJS.Worksheet): Bounds | null {
  let b: Bounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isMergeSlave(cell) || plainValue(cell.value) === null) return;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        b.top = Math.min(b.top, r);
        b.bottom = Math.max(b.bottom, r);
        b.left = Math.min(b.left, c);
        b.right = Math.max(b.right, c);
      }
    });
  });
  return b;
}

interface TableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: unknown[];
  rows?: unknown[];
}

function tableArea(t: TableModel): GridRect | null {
  const whole = t.tableRef ? parseArea(t.tableRef) : null;
  if (whole) return { top: whole.top, left: whole.left, bottom: whole.bottom, right: whole.right };
  const start = t.ref ? parseArea(t.ref) : null;
  if (!start) return null;
  const height = (t.rows?.length ?? 0) + (t.headerRow === false ? 0 : 1) + (t.totalsRow ? 1 : 0);
  return { top: start.top, left: start.left, bottom: start.top + Math.max(height, 1) - 1, right: start.left + Math.max(t.columns?.length ?? 1, 1) - 1 };
}

/**
 * Read a worksheet as a plain snapshot: the values-only used range with values, displayed text and number
 * formats, merged areas, tables and hidden rows/columns (all in grid coordinates).
 */
export function readWorksheet(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const b = usedBounds(ws);
  const empty: SheetSnapshot = { name: ws.name, origin: { row: 0, col: 0 }, cells: [], merges: [], tables: [], hiddenRows: [], hiddenCols: [] };
  if (!b) return empty;
  const cells: GridCell[][] = [];
  const hiddenRows: number[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.push(r - b.top);
    const out: GridCell[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const cell = row.getCell(c);
      const format = formatOf(cell);
      const value = isMergeSlave(cell) ? null : plainValue(cell.value, date1904);
      out.push({ value, text: formatCell(value, format, date1904), format });
    }
    cells.push(out);
  }
  const hiddenCols: number[] = [];
  for (let c = b.left; c <= b.right; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - b.left);
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
  return { name: ws.name, origin: { row: b.top - 1, col: b.left - 1 }, cells, merges, tables, hiddenRows, hiddenCols };
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
