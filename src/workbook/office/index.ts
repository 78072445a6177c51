/** The Office.js adapter of the workbook port (task pane only). */
export { createOfficeWorkbook, DEFAULT_PAYLOAD_BUDGET, DEFAULT_READ_CELLS, type OfficeWorkbookDeps } from './officeWorkbook';
export { MIN_EXCEL_API, gatesFrom, type Gates } from './gates';
export { STATE_KEY } from './stateStore';
