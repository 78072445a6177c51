import { issue } from '../issues';
import type { Issue } from '../issues';
import type { GridCell } from '../layout/grid.types';
import type { Grid } from '../layout/grid.types';
import { indicatorRows } from '../layout/indicatorRows';
import type { IndicatorRow } from '../layout/indicatorRows';
import type { ColumnMapping } from '../layout/mapping';
import type { NumberLocale } from '../number/locale';
import { cellNumber } from '../number/cellNumber';
import { evaluateIndicator } from '../scoring/evaluate';
import type { IndicatorInput } from '../scoring/evaluate';
import type { ScoringPolicy } from '../scoring/policy';
import { metaIndicators } from './metaIndicator';
import { objectiveCode } from './objectiveKey';
import type { IndicatorReport, SheetReport } from './report.types';
import { rollup } from './rollup';

export interface ScoreOptions {
  /** Number notation of the sheet. @default 'it' */
  locale?: NumberLocale;
}

/** A cell as the engine reads it: numbers stay numbers (with their format), text stays text. */
export function cellInput(cell: GridCell | undefined): string | number | boolean | null {
  if (!cell) return null;
  const v = cell.value;
  if (v === null) return cell.text === '' ? null : cell.text;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  return v;
}

const text = (cell: GridCell | undefined): string | null => {
  const t = cell ? (typeof cell.value === 'string' ? cell.value : cell.text).trim() : '';
  return t === '' ? null : t;
};

/**
 * Score every indicator row of a sheet under a mapping and a policy, and roll achievements up to objectives.
 * Pure: reads the plain grid only.
 *
 * @example
 * scoreSheet(grid, mapping, DEFAULT_POLICY).counts //=> { met: 41, shortfall: 12, notEvaluable: 9 }
 */
export function scoreSheet(grid: Grid, mapping: ColumnMapping, policy: ScoringPolicy, opts: ScoreOptions = {}): SheetReport {
  const issues: Issue[] = [];
  const cols = mapping.columns;
  if (!cols.target) issues.push(issue('role-missing', 'error', { expected: 'target' }));
  if (!cols.result && !(cols.numerator && cols.denominator)) issues.push(issue('role-missing', 'error', { expected: 'result' }));
  const rows = indicatorRows(grid, mapping);
  const indicators: IndicatorReport[] = rows.map((row) => scoreRow(row, mapping, policy, opts.locale ?? 'it', issues));
  metaIndicators(indicators, rows, policy);
  const objectives = rollup(indicators, (i) => {
    const key = objectiveCode(i.objective, i.code) ?? i.objective;
    return key ? { key, title: i.objective } : null;
  });
  const counts = { met: 0, shortfall: 0, notEvaluable: 0 };
  for (const i of indicators) {
    if (i.evaluation.status === 'met') counts.met++;
    else if (i.evaluation.status === 'shortfall') counts.shortfall++;
    else counts.notEvaluable++;
  }
  return { sheet: mapping.sheet, mapping, indicators, objectives, counts, issues };
}

function scoreRow(row: IndicatorRow, mapping: ColumnMapping, policy: ScoringPolicy, locale: NumberLocale, sheetIssues: Issue[]): IndicatorReport {
  const c = row.cells;
  const input: IndicatorInput = {
    target: cellInput(c.target?.cell),
    result: cellInput(c.result?.cell),
    year: mapping.year,
    algorithm: text(c.algorithm?.cell),
    indicator: text(c.indicator?.cell),
    locale,
    cells: {
      ...(c.target ? { target: c.target.address } : {}),
      ...(c.result ? { result: c.result.address } : c.numerator ? { result: c.numerator.address } : {}),
      ...(c.stated ? { stated: c.stated.address } : {}),
    },
    formats: {
      ...(c.target ? { target: c.target.cell.format } : {}),
      ...(c.result ? { result: c.result.cell.format } : {}),
      ...(c.stated ? { stated: c.stated.cell.format } : {}),
      ...(c.baseline ? { baseline: c.baseline.cell.format } : {}),
    },
  };
  if (c.stated) input.stated = cellInput(c.stated.cell);
  if (c.baseline) input.baseline = cellInput(c.baseline.cell);
  const num = cellNumber(c.numerator?.cell.value, locale, c.numerator?.cell.format);
  const den = cellNumber(c.denominator?.cell.value, locale, c.denominator?.cell.format);
  if (num !== null && den !== null) input.ratio = { numerator: num, denominator: den };
  let weight: number | null = null;
  if (c.weight) {
    const w = cellInput(c.weight.cell);
    if (w !== null) {
      weight = cellNumber(c.weight.cell.value, locale, c.weight.cell.format);
      if (weight === null || weight < 0) {
        sheetIssues.push(issue('weight-invalid', 'warning', { cell: c.weight.address, received: String(w) }));
        weight = null;
      }
    }
  }
  const evaluation = evaluateIndicator(input, policy);
  return {
    row: row.row,
    objective: row.objective,
    code: text(c.code?.cell),
    name: text(c.indicator?.cell),
    weight,
    cells: { target: c.target?.address ?? null, result: c.result?.address ?? c.numerator?.address ?? null, stated: c.stated?.address ?? null },
    evaluation,
  };
}
