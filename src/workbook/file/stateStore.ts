import type ExcelJS from 'exceljs';
import { decodeState, encodeState, isEmptyState, isStateSheet, stateSheetName, type WorkbookState } from '../state';

/** Column A of a worksheet, row by row. */
function columnA(ws: ExcelJS.Worksheet): unknown[] {
  const chunks: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) chunks.push(ws.getCell(r, 1).value);
  return chunks;
}

/**
 * Traguardo's state sheet: the (very) hidden sheet whose column A holds Traguardo's state (`isStateSheet`),
 * whatever its name; null when there is none. A user's sheet named `_traguardo` is not it.
 */
export function findStateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | null {
  for (const ws of wb.worksheets) {
    if (ws.state === 'visible') continue;
    const first: unknown = ws.getCell(1, 1).value;
    if (typeof first !== 'string') continue;
    if (isStateSheet(ws.state, columnA(ws))) return ws;
  }
  return null;
}

/** Read Traguardo's state from its state sheet (empty when there is none). */
export function readState(wb: ExcelJS.Workbook): WorkbookState {
  const ws = findStateSheet(wb);
  return decodeState(ws ? columnA(ws) : []);
}

/**
 * Store the state in the very hidden state sheet (under its name, or a name no sheet has), or remove that sheet
 * when the state is empty. Returns the state sheet's name, or null when there is none. No other sheet is touched.
 */
export function writeState(wb: ExcelJS.Workbook, state: WorkbookState): string | null {
  const existing = findStateSheet(wb);
  const keep = existing?.name ?? null;
  if (existing) wb.removeWorksheet(existing.id);
  if (isEmptyState(state)) return null;
  const name = keep ?? stateSheetName(wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name, { state: 'veryHidden' });
  encodeState(state).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
  return name;
}
