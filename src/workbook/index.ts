/**
 * The workbook layer's public surface: the port, the pure write plan, the ExcelJS file adapter, errors.
 * The Office.js adapter is exported from `./office` (it needs office-js types, which the CLI build lacks).
 */
export type { WorkbookPort, SheetSnapshot, ApplyOutcome, ClearOutcome, StoredSettings } from './port';
export type { WritePlan, OutputCell } from './writePlan.types';
export { buildWritePlan, findOutputColumn, percentFormat, OUTPUT_HEADERS } from './writePlan';
export { HostError, WorkbookReadError, WorkbookSaveRefused, toIssue, toHostError } from './errors';
export { ExcelJsWorkbook, type ExcelJsWorkbookOptions } from './file/excelJsWorkbook';
export { formatCell } from './file/formatCell';
export { dateToSerial, serialToDate } from './file/excelSerial';
export { BAND_STYLE, HIGHLIGHT_FORMULA, highlightRules } from './highlight';
export { NOTE_PREFIX, NOTE_SEPARATOR } from './noteText';
export { STATE_SHEET } from './state';
export type { SheetEdit, CellWrite, CellRestore, SheetInverse, EditExecutor } from './edit.types';
export { editOf, planEdit, invert } from './edit';
export type { AppliedEdit, CellBefore } from './state';
