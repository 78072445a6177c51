import type ExcelJS from 'exceljs';
import { columnIndex } from '../../core/layout/grid.types';
import type { ApplyOutcome, ClearOutcome } from '../port';
import type { WritePlan } from '../writePlan.types';
import type { CellOriginalRecord, SheetState } from '../state';
import { BAND_STYLE, highlightRules, isHighlightFormula } from '../highlight';
import { composeNote, userPart } from '../noteText';
import { findingsHeader, findingsRows, findingsSheetName } from '../findingsSheet';
import { encodeOriginal, noteText, removeNote, restoreOriginal } from './cellOriginal';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** True for a conditional format Traguardo added (its one rule is the marker formula). */
export function isTraguardoFormat(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.length > 0 && cf.rules.every((r) => r.type === 'expression' && (r.formulae ?? []).some((f: unknown) => typeof f === 'string' && isHighlightFormula(f)));
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
