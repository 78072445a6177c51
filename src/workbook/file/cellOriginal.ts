import type ExcelJS from 'exceljs';
import type { CellBefore, Json } from '../state';

/** A cell's value and style as stored in the state sheet, to restore it exactly. */
export interface CellOriginal {
  value: Json;
  style: Json;
}

/** Deep copy of plain data (styles, notes, values); dates are tagged so they survive JSON. */
export function encodeOriginal(cell: ExcelJS.Cell): CellOriginal {
  const v = cell.value;
  const value = v instanceof Date ? { $date: v.toISOString() } : v === undefined ? null : v;
  return JSON.parse(JSON.stringify({ value, style: cell.style ?? {} })) as CellOriginal;
}

function isTaggedDate(v: unknown): v is { $date: string } {
  return typeof v === 'object' && v !== null && typeof (v as { $date?: unknown }).$date === 'string';
}

/** Put a cell back to its stored value and style. */
export function restoreOriginal(cell: ExcelJS.Cell, original: CellBefore | null): void {
  const o: Partial<CellOriginal> = original && 'value' in original ? original : { value: null, style: {} };
  const v = o.value;
  cell.value = (isTaggedDate(v) ? new Date(v.$date) : (v ?? null)) as ExcelJS.CellValue;
  cell.style = JSON.parse(JSON.stringify(o.style ?? {})) as Partial<ExcelJS.Style>;
}

/** A note's plain text (an ExcelJS note is a string or rich text with `texts`). */
export function noteText(note: unknown): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : null;
}

/**
 * Remove a cell's note. ExcelJS has no public way (assigning undefined writes an empty note), and a cell read
 * from a file keeps the note in its value's model too, which would write it back on save.
 */
export function removeNote(cell: ExcelJS.Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model) delete inner._value.model.comment;
}
