/**
 * The pane's one seam to the core and the workbook adapters. Only `usePipeline` uses it; the ExcelJS adapter
 * is loaded on demand (its own chunk), so Excel never downloads it.
 */
import { issue } from '../../core/issues';
import { renderIssue } from '../../core/i18n/render';
import { applyOverrides } from '../../core/layout/applyOverrides';
import { detectLayout, indicatorSheetScore } from '../../core/layout/detectLayout';
import { scoreSheet } from '../../core/sheet/scoreSheet';
import { toIssue } from '../../workbook/errors';
import { createOfficeWorkbook } from '../../workbook/office/officeWorkbook';
import { buildWritePlan } from '../../workbook/writePlan';
import type { PipelineDeps } from './deps.types';

export const defaultDeps: PipelineDeps = {
  detectLayout: (grid, opts) => detectLayout(grid, opts),
  indicatorSheetScore,
  applyOverrides: (mapping, overrides, year) =>
    mapping ? applyOverrides(mapping, overrides, year) : { ok: false, issues: [issue('no-header-row', 'error')] },
  scoreSheet,
  buildWritePlan,
  renderIssue,
  toIssue,
  openOfficeWorkbook: () => createOfficeWorkbook(),
  openFileWorkbook: async (bytes) => {
    const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs-adapter" */ '../../workbook/file/excelJsWorkbook');
    return ExcelJsWorkbook.load(bytes);
  },
};
