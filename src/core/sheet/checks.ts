import type { Issue } from '../issues';
import type { Grid } from '../layout/grid.types';
import type { IndicatorRow } from '../layout/indicatorRows';
import type { ColumnMapping } from '../layout/mapping';
import { ruleEnabled, ruleTolerance } from '../rules/configure';
import { checkDuplicateIndicators } from '../rules/duplicateIndicator';
import { checkFormulaErrors } from '../rules/formulaError';
import { checkNumbersAsText } from '../rules/numberAsText';
import { checkResultYear } from '../rules/resultYearMismatch';
import { checkShareOver100 } from '../rules/shareOver100';
import { checkTargetBelowBaseline } from '../rules/targetBelowBaseline';
import { checkWeightsSum } from '../rules/weightsSum';
import type { ScoringPolicy } from '../scoring/policy';
import type { Evaluation, IndicatorReport } from './report.types';

const cellText = (row: IndicatorRow, role: 'algorithm' | 'indicator'): string => {
  const c = row.cells[role]?.cell;
  return c ? (typeof c.value === 'string' ? c.value : c.text) : '';
};

/**
 * The catalogue's checks on one indicator row, beside its evaluation: Excel errors and numbers stored as text in
 * its input cells, a target easier than last year's value, a share above 100%. Rules the policy turns off do not run.
 */
export function rowChecks(row: IndicatorRow, evaluation: Evaluation, baseline: number | null, policy: ScoringPolicy): Issue[] {
  const out: Issue[] = [];
  const resultCell = row.cells.result?.address ?? row.cells.numerator?.address;
  if (ruleEnabled(policy, 'formula-error')) out.push(...checkFormulaErrors(row.cells));
  if (ruleEnabled(policy, 'number-as-text')) out.push(...checkNumbersAsText(row.cells));
  if (ruleEnabled(policy, 'target-below-baseline') && !evaluation.findings.some((f) => f.code === 'withdrawn')) {
    out.push(...checkTargetBelowBaseline(evaluation.target, baseline, row.cells.target?.address, ruleTolerance(policy, 'target-below-baseline')));
  }
  if (ruleEnabled(policy, 'share-over-100')) {
    const describedAs = `${cellText(row, 'indicator')} ${cellText(row, 'algorithm')}`;
    out.push(...checkShareOver100(evaluation.result, describedAs, resultCell, ruleTolerance(policy, 'share-over-100'), evaluation.target));
  }
  return out;
}

export interface CheckedRow {
  row: IndicatorRow;
  report: IndicatorReport;
  weight: number | null;
}

/** The catalogue's checks across rows of a sheet: weights per objective, repeated indicators, the result column's year. */
export function sheetChecks(
  grid: Grid, mapping: ColumnMapping, rows: readonly CheckedRow[], objectiveOf: (i: IndicatorReport) => string | null, policy: ScoringPolicy,
): Issue[] {
  const out: Issue[] = [];
  if (ruleEnabled(policy, 'result-year-mismatch')) out.push(...checkResultYear(grid, mapping));
  const withdrawn = (r: CheckedRow): boolean => r.report.evaluation.findings.some((f) => f.code === 'withdrawn');
  if (ruleEnabled(policy, 'weights-sum') && mapping.columns.weight) {
    // Weights as the sheet assigns them: a withdrawn indicator keeps its share of the objective.
    const weighted = rows.map((r) => ({ objective: objectiveOf(r.report), weight: r.weight, cell: r.row.cells.weight?.address ?? null }));
    out.push(...checkWeightsSum(weighted, ruleTolerance(policy, 'weights-sum'), mapping.sheet));
  }
  if (ruleEnabled(policy, 'duplicate-indicator')) {
    out.push(...checkDuplicateIndicators(rows.map((r) => ({
      row: r.report.row,
      objective: objectiveOf(r.report),
      code: r.report.code,
      name: r.report.name,
      cell: (r.report.code ? r.row.cells.code?.address : r.row.cells.indicator?.address) ?? null,
      withdrawn: withdrawn(r),
    }))));
  }
  return out;
}
