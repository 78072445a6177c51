import type ExcelJS from 'exceljs';
import { columnIndex, columnLetter } from '../../core/layout/grid.types';
import type { ApplyOutcome, ClearOutcome } from '../port';
import type { SheetEdit } from '../edit.types';
import { appliedOf, invert, outputRows } from '../edit';
import { relocate, strayRows } from '../anchor';
import { fileAnchorNow, setFileAnchor } from './anchor';
import { firstBefore, recordsOf, type FileBefore, type SheetState } from '../state';
import { HostError } from '../errors';
import { freeSheetName, parseArea, parseCell } from '../address';
import { BAND_STYLE, isHighlightFormula } from '../highlight';
import { composeNote, userPart } from '../noteText';
import { findingsHeader, findingsRows, findingsSheetName } from '../findingsSheet';
import { encodeOriginal, noteText, removeNote, restoreOriginal } from './cellOriginal';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** True for a conditional format Traguardo added (its one rule is the marker formula). */
export function isTraguardoFormat(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.length > 0 && cf.rules.every((r) => r.type === 'expression' && (r.formulae ?? []).some((f: unknown) => typeof f === 'string' && isHighlightFormula(f)));
}

/**
 * Refuse a plan whose output column would land on the user's content: every cell it writes must be free (no
 * value, no formula, not in a merged area, a table or data validation) unless Traguardo's stored record says it
 * wrote that cell. Checked before anything is changed.
 * @throws HostError coded `OutputNotFree`, naming the cell and what it holds
 */
export function checkOutputFree(ws: ExcelJS.Worksheet, edit: SheetEdit, recorded: SheetState | undefined): void {
  const now = fileAnchorNow(ws.workbook, ws.name);
  const records = relocate(recordsOf(recorded), now);
  // Traguardo's own values moved by rows inserted inside the output column's span: no record names them, and
  // `undoState` empties them before the write, as Clear does.
  const strays = new Set(recorded && now ? strayRows(now, (row) => fileCell(ws, now.column, row), (row) => firstBefore(records, now.column, row) !== undefined) : []);
  const tables = (ws.getTables() as unknown as Array<{ table?: { name?: string; tableRef?: string; ref?: string } }>).map((t) => t.table ?? (t as { name?: string; tableRef?: string; ref?: string }));
  const validations = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations?.model ?? {};
  for (const { column, row } of edit.cells) {
    if (firstBefore(records, column, row) !== undefined) continue;
    const col = columnIndex(column) + 1;
    const address = `${column}${row}`;
    const cell = ws.findRow(row)?.findCell(col);
    if (now?.column === column && strays.has(row)) continue;
    let what: string | null = null;
    let area: string | null = null;
    if (cell?.isMerged) {
      area = mergeOf(ws, address);
      what = `the merged area ${area ?? address}`;
    }
    else if (cell && cell.value !== null && cell.value !== undefined) what = isFormulaValue(cell.value) ? 'a formula' : 'a value';
    else if (validations[address]) what = 'data validation';
    else {
      const table = tables.find((t) => {
        const a = parseArea(t.tableRef ?? t.ref ?? '');
        return a !== null && a.top <= row && row <= a.bottom && a.left <= col - 1 && col - 1 <= a.right;
      });
      if (table) what = `the table ${table.name ?? ''}`.trim();
    }
    if (what !== null) throw new HostError('OutputNotFree', `Traguardo writes its column only in free cells, and ${address} is in ${what}: nothing was written. Move that content, or clear the earlier result and compute again.`, area === null ? address : `${address}, ${area}`);
  }
}

/** A cell's value and number format, or null where the row or cell does not exist. */
function fileCell(ws: ExcelJS.Worksheet, column: string, row: number): { value: unknown; format: string } | null {
  const cell = ws.findRow(row)?.findCell(columnIndex(column) + 1);
  return cell ? { value: cell.value, format: typeof cell.numFmt === 'string' ? cell.numFmt : 'General' } : null;
}

const isFormulaValue = (v: ExcelJS.CellValue): boolean => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** The merged area (e.g. "F3:G6") that holds `address`. */
function mergeOf(ws: ExcelJS.Worksheet, address: string): string | null {
  const at = parseCell(address);
  const index = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges ?? {};
  for (const m of Object.values(index)) {
    const a = parseArea(m.range ?? '');
    if (a && at && a.top <= at.row && at.row <= a.bottom && a.left <= at.col && at.col <= a.right) return m.range ?? null;
  }
  return null;
}

/** Write an edit on a sheet whose earlier Traguardo additions were already removed; returns what to record. */
export function writeEdit(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, edit: SheetEdit, withFindingsSheet: boolean): { state: SheetState; outcome: ApplyOutcome } {
  const befores = new Map<string, FileBefore>();
  for (const c of edit.cells) {
    const cell = ws.getCell(c.row, columnIndex(c.column) + 1);
    befores.set(`${c.column}${c.row}`, encodeOriginal(cell));
    const style = JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
    if (c.format !== null) style.numFmt = c.format;
    cell.style = style;
    cell.value = c.value;
  }

  const existing = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  let priority = Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  for (const run of edit.rules) {
    const s = BAND_STYLE[run.band];
    ws.addConditionalFormatting({
      ref: run.ref,
      rules: [
        {
          type: 'expression',
          priority: ++priority,
          formulae: [run.formula],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill) } }, font: { color: { argb: argb(s.font) } } },
        },
      ],
    });
  }

  const notes: SheetState['notes'] = [];
  for (const n of edit.notes) {
    const cell = ws.getCell(n.address);
    const before: unknown = cell.note;
    const user = noteText(before);
    notes.push({ address: n.address, original: user === null ? null : JSON.parse(JSON.stringify(before)) });
    cell.note = composeNote(user, n.text);
  }

  let findingsSheet: string | null = null;
  if (withFindingsSheet && edit.plan.findings.length > 0) {
    findingsSheet = uniqueName(wb, findingsSheetName(edit.sheet));
    const fs = wb.addWorksheet(findingsSheet);
    fs.addRow(findingsHeader(edit.plan));
    for (const r of findingsRows(edit.plan)) {
      fs.addRow([r.link ? { formula: r.link, result: r.address } : '', ...r.values]);
    }
  }

  // The name over the output column, which Excel moves with the cells when the user edits the file (see anchor.ts).
  const rows = outputRows(edit);
  const top = rows[0] ?? edit.headerRow;
  const bottom = rows[rows.length - 1] ?? edit.headerRow;
  setFileAnchor(wb, edit.sheet, { column: edit.column, top, bottom });
  const state = { ...appliedOf(edit, (c) => befores.get(`${c.column}${c.row}`) ?? null, { notes, findingsSheet }), anchor: { top, bottom } };
  return { state, outcome: { ...state.counts, findingsSheet } };
}

/**
 * Remove what the recorded state says Traguardo added to a sheet, restoring every cell exactly: its inverse,
 * executed. Rows inserted, deleted or sorted in Excel since: the records follow the name over the output column
 * (`file/anchor.ts`), cells of its span that hold what Traguardo writes and no record names are emptied, and notes
 * are found by Traguardo's marker wherever they are now.
 */
export function undoState(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, state: SheetState | undefined): ClearOutcome {
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isTraguardoFormat(cf));
  if (!state) return { values: 0, highlights: 0, notes: 0 };
  const now = fileAnchorNow(wb, ws.name);
  const recorded = recordsOf(state);
  const records = relocate(recorded, now);
  const inverse = invert(ws.name, records);
  for (const c of [...inverse.cells].reverse()) restoreOriginal(ws.getCell(c.row, columnIndex(c.column) + 1), c.before);
  if (now) {
    const done = new Set(inverse.cells.map((c) => `${c.column}${c.row}`));
    for (const row of strayRows(now, (r) => fileCell(ws, now.column, r), (r) => done.has(`${now.column}${r}`))) restoreOriginal(ws.getCell(row, columnIndex(now.column) + 1), null);
  }
  // Notes move with their cells: Traguardo's are found by the marker in their text. The user's part is read from
  // the note as it is now (what the user wrote since the first apply stays); an unchanged note gets its recorded
  // rich text back, formatting included.
  const lastAnchor = [...recorded].reverse().find((r) => r.anchor)?.anchor;
  const delta = now && lastAnchor ? now.top - lastAnchor.top : 0;
  const recordedAt = new Map(inverse.notes.map((n) => [shiftRow(n.address, delta), n]));
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const current = noteText(cell.note);
      if (current === null) return;
      const user = userPart(current);
      const n = recordedAt.get(cell.address);
      if (user === null) removeNote(cell);
      else if (n && n.original !== null && noteText(n.original) === user && user !== current) cell.note = n.original as ExcelJS.Comment;
      else if (user !== current) cell.note = user;
    });
  });
  for (const name of inverse.findingsSheets) {
    const fs = wb.getWorksheet(name);
    if (fs) wb.removeWorksheet(fs.id);
  }
  setFileAnchor(wb, ws.name, null);
  return { ...state.counts };
}

/** An address moved down by `delta` rows ("D4", 2 → "D6"). */
function shiftRow(address: string, delta: number): string {
  const at = parseCell(address);
  return at && delta !== 0 ? `${columnLetter(at.col)}${at.row + delta}` : address.replace(/\$/g, '');
}

function uniqueName(wb: ExcelJS.Workbook, name: string): string {
  return freeSheetName(name, (n) => wb.getWorksheet(n) !== undefined);
}
