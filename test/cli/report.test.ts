import { JsonReportSchema, toJsonReport } from '../../src/cli/report';
import { issue } from '../../src/core/issues';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import type { IndicatorReport, SheetReport } from '../../src/core/sheet/report.types';
import type { Target } from '../../src/core/target/target.types';
import type { ResultValue } from '../../src/core/result/result.types';

const target: Target = {
  kind: 'at-least', value: 0.21, high: null, unit: null, date: null, expected: null, reference: null, notes: ['140'],
  directionInferred: false, provenance: { line: 1, lineText: '2023>= 0,21 (140)', token: '0,21' }, revisions: [],
};
const result: ResultValue = {
  value: 0.12, unit: null, numerator: null, denominator: null, date: null, yes: null, source: 'number', token: '0,12', reason: null, statedInText: null,
};

function indicator(row: number, achievement: number | null, findings: IndicatorReport['evaluation']['findings']): IndicatorReport {
  return {
    row, objective: 'A01', code: `A01-${row - 4}`, name: `Indicatore ${row}`, weight: 50,
    cells: { target: `E${row}`, result: `H${row}`, stated: null },
    evaluation: {
      target, result, achievement, findings,
      status: achievement === null ? 'not-evaluable' : achievement >= 100 ? 'met' : 'shortfall',
      band: achievement === null ? 'not-evaluable' : achievement >= 100 ? 'met' : 'shortfall',
      rule: achievement === null ? null : 'ratio', formula: achievement === null ? null : '0,12 / 0,21',
    },
  };
}

const sheet: SheetReport = {
  sheet: 'Monitoraggio 2023',
  mapping: { version: 1, sheet: 'Monitoraggio 2023', headerRow: 3, firstDataRow: 4, lastDataRow: 5, columns: { indicator: 'C', target: 'E', result: 'H' }, year: 2023 },
  indicators: [
    indicator(4, 57.142857142857146, [issue('stated-mismatch', 'warning', { expected: '57,1', received: '50', params: { stated: 50, computed: 57.142857142857146 } })]),
    indicator(5, null, [issue('missing-result', 'error', { cell: 'H5' })]),
  ],
  objectives: [{ key: 'A01', title: 'FAVORIRE LA TRANSIZIONE DIGITALE', parent: null, achievement: 57.142857142857146, coverage: 50, counts: { met: 0, shortfall: 1, notEvaluable: 1 }, rows: [4, 5] }],
  counts: { met: 0, shortfall: 1, notEvaluable: 1 },
  issues: [issue('role-missing', 'info', { expected: 'stated', params: { role: 'stated' } })],
};

describe('toJsonReport', () => {
  const json = toJsonReport([sheet], 'en', { file: 'monitoraggio-2023.xlsx' });

  test('gives a report the schema accepts, with version, language and file', () => {
    expect(JsonReportSchema.safeParse(json).success).toBe(true);
    expect([json.version, json.lang, json.file, json.skipped]).toEqual([1, 'en', 'monitoraggio-2023.xlsx', []]);
  });

  test('keeps the sheet name and its mapping as header row and role → column letters', () => {
    expect(json.sheets[0]?.name).toBe('Monitoraggio 2023');
    expect(json.sheets[0]?.mapping).toEqual({ headerRow: 3, firstDataRow: 4, lastDataRow: 5, year: 2023, columns: { indicator: 'C', target: 'E', result: 'H' } });
  });

  test('keeps achievements unrounded, as percentages, and null when not evaluable', () => {
    expect(json.sheets[0]?.indicators.map((i) => [i.row, i.achievement, i.status])).toEqual([
      [4, 57.142857142857146, 'shortfall'],
      [5, null, 'not-evaluable'],
    ]);
  });

  test('a finding without a cell points at the indicator result cell', () => {
    expect(json.sheets[0]?.indicators[0]?.findings[0]).toMatchObject({ code: 'stated-mismatch', severity: 'warning', cell: 'H4', expected: '57,1', received: '50' });
  });

  test('a finding with its own cell keeps it, and its message is rendered', () => {
    const f = json.sheets[0]?.indicators[1]?.findings[0];
    expect(f).toMatchObject({ code: 'missing-result', severity: 'error', cell: 'H5' });
    expect(f?.message).toContain('H5');
  });

  test('sheet-level findings and objectives are carried over', () => {
    expect(json.sheets[0]?.findings.map((f) => [f.code, f.cell])).toEqual([['role-missing', '']]);
    expect(json.sheets[0]?.objectives).toEqual([
      { key: 'A01', title: 'FAVORIRE LA TRANSIZIONE DIGITALE', parent: null, achievement: 57.142857142857146, coverage: 50, band: 'shortfall', counts: { met: 0, shortfall: 1, notEvaluable: 1 }, rows: [4, 5] },
    ]);
  });

  test('every finding carries its fingerprint: rule, sheet, indicator code — never the row', () => {
    const s0 = json.sheets[0];
    expect(s0?.findings.map((f) => f.fingerprint)).toEqual(['role-missing|Monitoraggio 2023|sheet|stated|1']);
    expect(s0?.indicators.map((i) => i.findings.map((f) => f.fingerprint))).toEqual([
      ['stated-mismatch|Monitoraggio 2023|code:a01-0||1'],
      ['missing-result|Monitoraggio 2023|code:a01-1||1'],
    ]);
    const moved = toJsonReport([{ ...sheet, indicators: sheet.indicators.map((i) => ({ ...i, row: i.row + 3 })) }], 'en');
    expect(moved.sheets[0]?.indicators.flatMap((i) => i.findings.map((f) => f.fingerprint))).toEqual(s0?.indicators.flatMap((i) => i.findings.map((f) => f.fingerprint)));
  });

  test('the roll-up carries each objective\'s band under the policy and the indicators per band', () => {
    expect(json.sheets[0]?.bands).toEqual({ met: 0, nearMiss: 0, shortfall: 1, notEvaluable: 1 });
    expect(json.policy).toEqual({ cap: 100, nearMiss: 90, notes: 'problems', explainNotes: false });
    const lenient = toJsonReport([sheet], 'en', { policy: { ...DEFAULT_POLICY, nearMiss: 50 } });
    expect(lenient.sheets[0]?.objectives[0]?.band).toBe('near-miss');
    const none = toJsonReport([{ ...sheet, objectives: [{ ...sheet.objectives[0]!, achievement: null }] }], 'en');
    expect(none.sheets[0]?.objectives[0]?.band).toBe('not-evaluable');
  });

  test('a report that breaks the schema is a thrown programming error', () => {
    const broken: SheetReport = { ...sheet, indicators: [{ ...indicator(4, 50, []), row: 0 }] };
    expect(() => toJsonReport([broken], 'it')).toThrow();
  });

  test('skipped sheets are listed with their findings', () => {
    const withSkipped = toJsonReport([], 'it', { skipped: [{ name: 'Bilancio', issues: [issue('no-header-row', 'error')] }] });
    expect(withSkipped.skipped.map((s) => s.name)).toEqual(['Bilancio']);
    expect(withSkipped.skipped[0]?.findings.map((f) => [f.code, f.cell, f.fingerprint])).toEqual([['no-header-row', '', 'no-header-row|Bilancio|sheet||1']]);
  });
});
