import type ExcelJS from 'exceljs';
import { STATE_SHEET, decodeState, encodeState, isEmptyState, type WorkbookState } from '../state';

/** Read Traguardo's state from the very-hidden state sheet (empty when there is none). */
export function readState(wb: ExcelJS.Workbook): WorkbookState {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return decodeState([]);
  const chunks: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) chunks.push(ws.getCell(r, 1).value);
  return decodeState(chunks);
}

/** Store the state in the very-hidden state sheet, or remove that sheet when the state is empty. */
export function writeState(wb: ExcelJS.Workbook, state: WorkbookState): void {
  const existing = wb.getWorksheet(STATE_SHEET);
  if (existing) wb.removeWorksheet(existing.id);
  if (isEmptyState(state)) return;
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  encodeState(state).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}
