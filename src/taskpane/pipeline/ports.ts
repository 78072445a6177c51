/**
 * The pane's one seam to the session, the core and the workbook adapters. Only `usePipeline` uses it; the ExcelJS
 * adapter is loaded on demand (its own chunk), so Excel never downloads it.
 */
import { renderIssue } from '../../core/i18n/render';
import { indicatorSheetScore } from '../../core/layout/detectLayout';
import { SESSION_DEPS } from '../../session/deps';
import { toIssue } from '../../workbook/errors';
import { createOfficeWorkbook } from '../../workbook/office/officeWorkbook';
import type { PipelineDeps } from './deps.types';

export const defaultDeps: PipelineDeps = {
  ...SESSION_DEPS,
  indicatorSheetScore,
  renderIssue,
  toIssue,
  openOfficeWorkbook: () => createOfficeWorkbook(),
  openFileWorkbook: async (bytes) => {
    const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs-adapter" */ '../../workbook/file/excelJsWorkbook');
    return ExcelJsWorkbook.load(bytes);
  },
};
