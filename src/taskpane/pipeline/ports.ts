/**
 * The pane's one seam to the session, the core and the workbook adapters. Only `usePipeline` uses it. Each adapter
 * is loaded on demand in its own chunk: Excel never downloads the ExcelJS adapter, the browser preview never the
 * Office.js one, and neither counts against the initial JavaScript budget.
 */
import { renderIssue } from '../../core/i18n/render';
import { indicatorSheetScore } from '../../core/layout/detectLayout';
import { SESSION_DEPS } from '../../session/deps';
import { toIssue } from '../../workbook/errors';
import type { PipelineDeps } from './deps.types';

export const defaultDeps: PipelineDeps = {
  ...SESSION_DEPS,
  indicatorSheetScore,
  renderIssue,
  toIssue,
  openOfficeWorkbook: async () => {
    const { createOfficeWorkbook } = await import(/* webpackChunkName: "office-adapter" */ '../../workbook/office/officeWorkbook');
    return createOfficeWorkbook();
  },
  openFileWorkbook: async (bytes) => {
    const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs-adapter" */ '../../workbook/file/excelJsWorkbook');
    return ExcelJsWorkbook.load(bytes);
  },
};
