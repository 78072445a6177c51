import { issue } from '../issues';
import type { Issue } from '../issues';
import type { GridCell } from '../layout/grid.types';
import type { Grid } from '../layout/grid.types';
import { indicatorRows } from '../layout/indicatorRows';
import type { IndicatorRow } from '../layout/indicatorRows';
import type { ColumnMapping } from '../layout/mapping';
import type { NumberLocale } from '../number/locale';
import { cellNumber } from '../number/cellNumber';
import { unreadableNumberAt } from '../rules/unreadableNumber';
import { configureFindings } from '../rules/configure';
import { evaluateIndicator } from '../scoring/evaluate';
import type { IndicatorInput } from '../scoring/evaluate';
import type { ScoringPolicy } from '../scoring/policy';
import { countMeta, metaLevel } from './metaIndicator';
import { objectiveCode } from './objectiveKey';
import type { Evaluation, IndicatorReport, SheetReport } from './report.types';
import { rollup } from './rollup';
import { rowChecks, sheetChecks } from './checks';

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

/** Findings that only say a cell could not be read: an Excel error in that cell (formula-error) supersedes them. */
const SUPERSEDED_BY_ERROR: ReadonlySet<string> = new Set([
  'missing-target', 'unrecognized-target', 'missing-result', 'unrecognized-result', 'result-ambiguous', 'stated-unreadable', 'weight-invalid', 'unreadable-number',
]);

/** An indicator row read, before its evaluation: what the evaluation takes and what the report shows. */
interface ReadRow {
  row: IndicatorRow;
  input: IndicatorInput;
  weight: number | null;
  baseline: number | null;
  report: Omit<IndicatorReport, 'evaluation'>;
  /** Set for a metaindicator: the level its siblings must reach. */
  metaLevel: number | null;
  /** Cells of number columns (numerator, denominator, previous year's value) holding text that is no number. */
  unreadable: Issue[];
}

/**
 * Score every indicator row of a sheet under a mapping and a policy, run the catalogue's sheet checks, and roll
 * achievements up to objectives. Metaindicators are evaluated after the indicators they count, from that count,
 * like any other indicator: no evaluation is changed once made. Pure: reads the plain grid only.
 *
 * @example
 * scoreSheet(grid, mapping, DEFAULT_POLICY).counts //=> { met: 41, shortfall: 12, notEvaluable: 9 }
 */
export function scoreSheet(grid: Grid, mapping: ColumnMapping, policy: ScoringPolicy, opts: ScoreOptions = {}): SheetReport {
  const issues: Issue[] = [];
  const cols = mapping.columns;
  if (!cols.target) issues.push(issue('role-missing', 'error', { expected: 'target', params: { role: 'target' } }));
  if (!cols.result && !(cols.numerator && cols.denominator)) issues.push(issue('role-missing', 'error', { expected: 'result', params: { role: 'result' } }));
  const locale = opts.locale ?? 'it';
  const rows = indicatorRows(grid, mapping);
  const read = rows.map((row) => readRow(row, mapping, locale, issues));

  // Indicators first, then the metaindicators that count them.
  const evaluations = new Map<ReadRow, Evaluation>();
  const meta: ReadRow[] = [];
  for (const r of read) {
    if (r.metaLevel !== null) meta.push(r);
    else evaluations.set(r, evaluateIndicator(r.input, policy));
  }
  const counted: IndicatorReport[] = [...evaluations].map(([r, evaluation]) => ({ ...r.report, evaluation }));
  for (const r of meta) {
    const count = countMeta({ objective: r.report.objective, code: r.report.code, level: r.metaLevel as number, cell: r.report.cells.result }, counted);
    if (count === null) {
      evaluations.set(r, evaluateIndicator(r.input, policy));
      continue;
    }
    // A readable result is kept (the finding says what the count gives); an unreadable one becomes the count.
    const own = evaluateIndicator(r.input, policy);
    const e = own.result.value !== null || own.target.value === null ? own : evaluateIndicator({ ...r.input, ratio: { numerator: count.ok, denominator: count.of } }, policy);
    evaluations.set(r, { ...e, findings: configureFindings([count.finding, ...e.findings], policy) });
  }

  const errorCells = new Set<string>();
  const indicators: IndicatorReport[] = read.map((r) => {
    const evaluation = evaluations.get(r) as Evaluation;
    const extra = configureFindings([...r.unreadable, ...rowChecks(r.row, evaluation, r.baseline, policy)], policy);
    if (extra.length === 0) return { ...r.report, evaluation };
    // An Excel error in a cell says all there is to say about it: the parser's "unreadable" findings there go.
    const errors = new Set(extra.filter((f) => f.code === 'formula-error').map((f) => f.cell));
    errors.forEach((c) => c !== undefined && errorCells.add(c));
    const kept = evaluation.findings.filter((f) => !(errors.has(f.cell) && SUPERSEDED_BY_ERROR.has(f.code)));
    return { ...r.report, evaluation: { ...evaluation, findings: [...kept, ...extra] } };
  });
  const sheetIssues = issues.filter((f) => !(f.cell !== undefined && errorCells.has(f.cell) && SUPERSEDED_BY_ERROR.has(f.code)));
  const objectiveOf = (i: IndicatorReport): string | null => objectiveCode(i.objective, i.code) ?? i.objective;
  sheetIssues.push(...sheetChecks(grid, mapping, read.map((r, k) => ({ row: r.row, report: indicators[k] as IndicatorReport, weight: r.weight })), objectiveOf, policy));

  const objectives = rollup(indicators, (i) => {
    const key = objectiveOf(i);
    return key ? { key, title: i.objective } : null;
  });
  const counts = { met: 0, shortfall: 0, notEvaluable: 0 };
  for (const i of indicators) {
    if (i.evaluation.status === 'met') counts.met++;
    else if (i.evaluation.status === 'shortfall') counts.shortfall++;
    else counts.notEvaluable++;
  }
  return { sheet: mapping.sheet, mapping, indicators, objectives, counts, issues: configureFindings(sheetIssues, policy) };
}

function readRow(row: IndicatorRow, mapping: ColumnMapping, locale: NumberLocale, sheetIssues: Issue[]): ReadRow {
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
        sheetIssues.push(issue('weight-invalid', 'warning', { cell: c.weight.address, received: String(w), params: { text: String(w) } }));
        weight = null;
      }
    }
  }
  const name = text(c.indicator?.cell);
  const unreadable = (['numerator', 'denominator', 'baseline'] as const)
    .map((role) => { const rc = c[role]; return rc ? unreadableNumberAt(rc.cell, rc.address, role, locale) : null; })
    .filter((f): f is Issue => f !== null);
  return {
    unreadable,
    row,
    input,
    weight,
    baseline: c.baseline ? cellNumber(c.baseline.cell.value, locale, c.baseline.cell.format) : null,
    metaLevel: metaLevel(row, name),
    report: {
      row: row.row,
      objective: row.objective,
      code: text(c.code?.cell),
      name,
      weight,
      cells: { target: c.target?.address ?? null, result: c.result?.address ?? c.numerator?.address ?? null, stated: c.stated?.address ?? null },
    },
  };
}
