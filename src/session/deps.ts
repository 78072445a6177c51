import { issue } from '../core/issues';
import { applyOverrides } from '../core/layout/applyOverrides';
import { detectLayout } from '../core/layout/detectLayout';
import { scoreSheet } from '../core/sheet/scoreSheet';
import { buildWritePlan } from '../workbook/writePlan';
import type { SessionDeps } from './types';

/** The real core and workbook functions. */
export const SESSION_DEPS: SessionDeps = {
  detectLayout: (grid, opts) => detectLayout(grid, opts),
  applyOverrides: (mapping, overrides, year) =>
    mapping ? applyOverrides(mapping, overrides, year) : { ok: false, issues: [issue('no-header-row', 'error')] },
  scoreSheet,
  buildWritePlan,
};
