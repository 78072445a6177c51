/**
 * The Office adapter's write path (apply, Clear and what they use), loaded when the first write needs it: the
 * pane's initial script carries the read only (see `officeWorkbook.ts`).
 */
export { applyEdit } from './applyPlan';
export { clearSheet } from './clearSheet';
