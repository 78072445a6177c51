import type ExcelJS from 'exceljs';
import { columnIndex } from '../../core/layout/grid.types';
import type { ApplyOutcome, ClearOutcome } from '../port';
import type { WritePlan } from '../writePlan.types';
import { recordsOf, type CellOriginalRecord, type SheetState } from '../state';
import { HostError } from '../errors';
import { parseArea, parseCell } from '../address';
import { BAND_STYLE, highlightRules, isHighlightFormula } from '../highlight';
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
export function checkOutputFree(ws: ExcelJS.Worksheet, plan: WritePlan, recorded: SheetState | undefined): void {
  const col = columnIndex(plan.output.column) + 1;
  const ours = new Set(recordsOf(recorded).flatMap((r) => (r.output?.column === plan.output.column ? r.output.rows : [])));
  const tables = (ws.getTables() as unknown as Array<{ table?: { name?: string; tableRef?: string; ref?: string } }>).map((t) => t.table ?? (t as { name?: string; tableRef?: string; ref?: string }));
  const validations = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations?.model ?? {};
  for (const row of new Set([plan.output.headerRow, ...plan.output.cells.map((c) => c.row)])) {
    if (ours.has(row)) continue;
    const address = `${plan.output.column}${row}`;
    const cell = ws.findRow(row)?.findCell(col);
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

/** Write a plan on a sheet whose earlier Traguardo additions were already removed; returns what to record. */
export function writePlan(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: WritePlan, withFindingsSheet: boolean): { state: SheetState; outcome: ApplyOutcome } {
  const col = columnIndex(plan.output.column) + 1;
  const originals: Record<string, CellOriginalRecord> = {};
  const rows: number[] = [];
  const write = (row: number, value: ExcelJS.CellValue, numFmt: string | null): void => {
    const cell = ws.getCell(row, col);
    originals[String(row)] = encodeOriginal(cell);
    rows.push(row);
    const style = JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
    if (numFmt !== null) style.numFmt = numFmt;
    cell.style = style;
    cell.value = value;
  };
  write(plan.output.headerRow, plan.output.header, null);
  for (const c of plan.output.cells) {
    if (c.row === plan.output.headerRow) continue;
    if (c.value !== null) write(c.row, c.value, plan.output.numberFormat);
    else write(c.row, c.text ?? '', null);
  }

  const existing = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  let priority = Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  const runs = highlightRules(plan);
  for (const run of runs) {
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
  for (const n of plan.notes) {
    const cell = ws.getCell(n.address);
    const before: unknown = cell.note;
    const user = noteText(before);
    notes.push({ address: n.address, original: user === null ? null : JSON.parse(JSON.stringify(before)) });
    cell.note = composeNote(user, n.text);
  }

  let findingsSheet: string | null = null;
  if (withFindingsSheet && plan.findings.length > 0) {
    findingsSheet = uniqueName(wb, findingsSheetName(plan.sheet));
    const fs = wb.addWorksheet(findingsSheet);
    fs.addRow(findingsHeader(plan));
    for (const r of findingsRows(plan)) {
      fs.addRow([r.link ? { formula: r.link, result: r.address } : '', ...r.values]);
    }
  }

  const counts = { values: plan.output.cells.length, highlights: plan.highlights.length, notes: plan.notes.length };
  return {
    state: { output: { column: plan.output.column, rows, originals }, highlights: runs, notes, findingsSheet, counts },
    outcome: { ...counts, findingsSheet },
  };
}

/** Remove what the recorded state says Traguardo added to a sheet, restoring every cell exactly. */
export function undoState(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, state: SheetState | undefined): ClearOutcome {
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isTraguardoFormat(cf));
  if (!state) return { values: 0, highlights: 0, notes: 0 };
  if (state.output) {
    const col = columnIndex(state.output.column) + 1;
    for (const row of [...state.output.rows].reverse()) restoreOriginal(ws.getCell(row, col), state.output.originals[String(row)]);
  }
  // The user's part is read from the note as it is now (what the user wrote since the first apply stays); an
  // unchanged note gets its recorded rich text back, formatting included.
  for (const n of state.notes) {
    const cell = ws.getCell(n.address);
    const current = noteText(cell.note);
    if (current === null) continue;
    const user = userPart(current);
    if (user === null) removeNote(cell);
    else if (n.original !== null && noteText(n.original) === user) cell.note = n.original as ExcelJS.Comment;
    else if (user !== current) cell.note = user;
  }
  if (state.findingsSheet) {
    const fs = wb.getWorksheet(state.findingsSheet);
    if (fs) wb.removeWorksheet(fs.id);
  }
  return { ...state.counts };
}

function uniqueName(wb: ExcelJS.Workbook, name: string): string {
  let out = name;
  for (let i = 2; wb.getWorksheet(out); i++) out = `${name.slice(0, 27)} ${i}`;
  return out;
}
