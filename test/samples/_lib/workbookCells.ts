/**
 * Test helper: a workbook read back with ExcelJS as plain records (sheets, merges, and per cell its value,
 * number format, style and note), and a cell-by-cell diff of two of them. Read-only: it never creates cells.
 */
import ExcelJS from 'exceljs';
import { ruleColours } from '../../../src/workbook/highlight';

export interface CellRecord {
  value: string;
  numFmt: string;
  /** font, fill, border, alignment, protection as JSON (numFmt apart). */
  style: string;
  note: string | null;
}

export interface SheetRecord {
  name: string;
  state: string;
  merges: string[];
  cells: Map<string, CellRecord>;
}

function valueText(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return `date:${v.toISOString()}`;
  return JSON.stringify(v ?? null);
}

/** The plain text of a note, whatever shape ExcelJS gives it. */
export function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

const NO_STYLE = JSON.stringify({ font: null, fill: null, border: null, alignment: null, protection: null });

function styleText(cell: ExcelJS.Cell): string {
  const { font, fill, border, alignment, protection } = cell.style;
  return JSON.stringify({ font: font ?? null, fill: fill ?? null, border: border ?? null, alignment: alignment ?? null, protection: protection ?? null });
}

export function sheetRecord(ws: ExcelJS.Worksheet): SheetRecord {
  const cells = new Map<string, CellRecord>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const rec: CellRecord = { value: valueText(cell.value), numFmt: cell.numFmt ?? 'General', style: styleText(cell), note: noteText(cell.note) };
      const empty = rec.value === 'null' && rec.note === null && rec.style === NO_STYLE && rec.numFmt === 'General';
      if (!empty) cells.set(cell.address, rec);
    }
  });
  return { name: ws.name, state: ws.state, merges: [...ws.model.merges].sort(), cells };
}

export async function loadXlsx(source: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  return wb;
}

export async function readRecords(source: string | Uint8Array): Promise<SheetRecord[]> {
  const wb = await loadXlsx(source);
  return wb.worksheets.map(sheetRecord);
}

export interface DiffOptions {
  /** Cells of `expected` only: cells present in `actual` and absent from `expected` are not differences. */
  ignoreAdded?: boolean;
  /** Addresses ("Sheet!E5") whose style and note may differ (highlighted, annotated cells). */
  styleMayChange?: ReadonlySet<string>;
  /** Compare only these sheets of `actual` (by name). */
  sheets?: readonly string[];
}

/** Differences between two workbooks, one readable line each; [] when they are equal cell by cell. */
export function diffRecords(expected: SheetRecord[], actual: SheetRecord[], opts: DiffOptions = {}): string[] {
  const out: string[] = [];
  const wanted = opts.sheets ? expected.filter((s) => opts.sheets?.includes(s.name)) : expected;
  if (!opts.sheets && !opts.ignoreAdded) {
    const names = (r: SheetRecord[]) => r.map((s) => `${s.name}(${s.state})`).join(', ');
    if (names(expected) !== names(actual)) out.push(`sheets: ${names(expected)} ≠ ${names(actual)}`);
  }
  for (const e of wanted) {
    const a = actual.find((s) => s.name === e.name);
    if (!a) {
      out.push(`${e.name}: missing`);
      continue;
    }
    if (e.merges.join(' ') !== a.merges.join(' ')) out.push(`${e.name}: merges ${e.merges.join(' ')} ≠ ${a.merges.join(' ')}`);
    const addresses = new Set([...e.cells.keys(), ...(opts.ignoreAdded ? [] : a.cells.keys())]);
    for (const addr of addresses) {
      const ec = e.cells.get(addr);
      const ac = a.cells.get(addr);
      const where = `${e.name}!${addr}`;
      if (!ec || !ac) {
        out.push(`${where}: ${ec ? 'removed' : 'added'}`);
        continue;
      }
      if (ec.value !== ac.value) out.push(`${where}: value ${ec.value} ≠ ${ac.value}`);
      if (ec.numFmt !== ac.numFmt) out.push(`${where}: numFmt ${ec.numFmt} ≠ ${ac.numFmt}`);
      if (opts.styleMayChange?.has(where)) continue;
      if (ec.style !== ac.style) out.push(`${where}: style ${ec.style} ≠ ${ac.style}`);
      if (ec.note !== ac.note) out.push(`${where}: note ${String(ec.note)} ≠ ${String(ac.note)}`);
    }
  }
  return out;
}

function expandRef(ref: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, ''));
  if (!m || m[1] === undefined || m[2] === undefined) return [];
  const c1 = m[1];
  const c2 = m[3] ?? c1;
  if (c1 !== c2) throw new Error(`multi-column area ${ref}`);
  const out: string[] = [];
  for (let r = Number(m[2]); r <= Number(m[4] ?? m[2]); r++) out.push(`${c1}${r}`);
  return out;
}

/**
 * Cell address → fill colour (RRGGBB) of the conditional formats that colour it: what a highlight looks like.
 * A Traguardo rule is evaluated on each cell of its area as Excel does (`ruleColours`: it reads the output column).
 */
export function conditionalFills(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  const cfs = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  for (const cf of cfs) {
    for (const rule of cf.rules) {
      const fill = rule.style?.fill;
      const colour = fill && fill.type === 'pattern' ? (fill.bgColor?.argb ?? fill.fgColor?.argb ?? '') : '';
      const formula = rule.type === 'expression' ? (rule.formulae ?? []).map(String).join(' ') : '';
      const valueAt = (column: string, row: number): unknown => {
        const v = ws.getCell(`${column}${row}`).value;
        return typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
      };
      for (const ref of cf.ref.split(/\s+/)) {
        const cells = expandRef(ref);
        const top = Number(/\d+$/.exec(cells[0] ?? '')?.[0]);
        for (const a of cells) {
          const row = Number(/\d+$/.exec(a)?.[0]);
          const ours = rule.type === 'expression' && /N\("Traguardo"\)=0/.test(formula);
          if (!ours || ruleColours(formula, top, row, valueAt)) out.set(a, colour.slice(-6).toUpperCase());
        }
      }
    }
  }
  return out;
}

/** Cell address → note text, for every note of a sheet (empty cells included). */
export function notesOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const text = noteText(cell.note);
      if (text !== null) out.set(cell.address, text);
    });
  });
  return out;
}
