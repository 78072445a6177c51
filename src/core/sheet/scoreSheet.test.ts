import { gridFromRows, type CellInput } from '../layout/_lib/gridFromRows';
import type { ColumnMapping } from '../layout/mapping';
import { DEFAULT_POLICY, ScoringPolicySchema } from '../scoring/policy';
import { scoreSheet } from './scoreSheet';

const mapping = (rows: number, columns: ColumnMapping['columns']): ColumnMapping =>
  ({ version: 1, sheet: 'Obiettivi', headerRow: 1, firstDataRow: 2, lastDataRow: rows, columns, year: 2023 });

describe('scoreSheet: metaindicators', () => {
  const rows: CellInput[][] = [
    ['Obiettivo', 'Indicatore', 'Target', 'Risultato', '% raggiungimento'],
    ['A01 Digitale', 'Imprese assistite', '>= 100', 120, null],
    ['A01 Digitale', 'Pratiche telematiche', '>= 90%', { value: 0.95, text: '95%', format: '0%' }, null],
    ['A01 Digitale', 'Eventi organizzati', '>= 10', 5, null],
    ['A01 Digitale', 'Metaindicatore: n. indicatori con risultati OK (sopra il 90%) / n. indicatori', '>= 80%', null, { value: 0.5, text: '50%', format: '0%' }],
  ];
  const report = scoreSheet(gridFromRows(rows), mapping(rows.length, { objective: 'A', indicator: 'B', target: 'C', result: 'D', stated: 'E' }), DEFAULT_POLICY);
  const meta = report.indicators[3];

  test('counts the siblings that reach the level: 2 of 3', () => expect(meta?.evaluation.result).toMatchObject({ numerator: 2, denominator: 3, source: 'ratio' }));
  test('scores the count like any other indicator: 66,7% against ≥ 80% is a shortfall', () => {
    expect(meta?.evaluation.achievement).toBeCloseTo((100 * (200 / 3)) / 80, 6);
    expect(meta?.evaluation.status).toBe('shortfall');
  });
  test('compares the stated achievement with the computed one, as for any indicator', () =>
    expect(meta?.evaluation.findings.map((f) => f.code)).toEqual(['meta-indicator', 'stated-mismatch']));
  test('leaves no missing-result finding behind for the empty result cell it computed', () =>
    expect(meta?.evaluation.findings.some((f) => f.code === 'missing-result')).toBe(false));
  test('keeps the indicators it counts as they were evaluated', () =>
    expect(report.indicators.slice(0, 3).map((i) => [i.evaluation.status, i.evaluation.findings])).toEqual([['met', []], ['met', []], ['shortfall', []]]));
});

describe('scoreSheet: a metaindicator with its own readable result', () => {
  const rows: CellInput[][] = [
    ['Obiettivo', 'Indicatore', 'Target', 'Risultato'],
    ['A01 Digitale', 'Imprese assistite', '>= 100', 120],
    ['A01 Digitale', 'Eventi organizzati', '>= 10', 5],
    ['A01 Digitale', 'Metaindicatore: n. indicatori con risultati OK (sopra il 90%) / n. indicatori', '>= 80%', { value: 0.75, text: '75%', format: '0%' }],
  ];
  const meta = scoreSheet(gridFromRows(rows), mapping(rows.length, { objective: 'A', indicator: 'B', target: 'C', result: 'D' }), DEFAULT_POLICY).indicators[2];

  test('keeps the result the sheet states and says what the count gives', () => {
    expect(meta?.evaluation.result.value).toBe(75);
    expect(meta?.evaluation.findings.map((f) => [f.code, f.params])).toEqual([['meta-indicator', { ok: 1, of: 2, level: 90 }]]);
  });
});

describe('scoreSheet: the ratio check', () => {
  const rows: CellInput[][] = [
    ['Indicatore', 'Target', 'Risultato', 'Numeratore', 'Denominatore'],
    ['Pratiche evase nei termini', '>= 90%', '91% (80/99)', 80, 99],
  ];
  const m = mapping(rows.length, { indicator: 'A', target: 'B', result: 'C', numerator: 'D', denominator: 'E' });

  test('runs once when the ratio is both printed in the cell and given in columns', () =>
    expect(scoreSheet(gridFromRows(rows), m, DEFAULT_POLICY).indicators[0]?.evaluation.findings.filter((f) => f.code === 'ratio-mismatch'))
      .toEqual([expect.objectContaining({ cell: 'C2', params: { value: 91, numerator: 80, denominator: 99, computed: 80.8081 } })]));

  test('runs with the tolerance the policy gives it', () => {
    const policy = ScoringPolicySchema.parse({ rules: { 'ratio-mismatch': { tolerance: 15 } } });
    expect(scoreSheet(gridFromRows(rows), m, policy).indicators[0]?.evaluation.findings.filter((f) => f.code === 'ratio-mismatch')).toEqual([]);
  });

  test('flags a value printed beside a ratio it does not match, without columns', () =>
    expect(scoreSheet(gridFromRows(rows.map((r) => r.slice(0, 3))), mapping(2, { indicator: 'A', target: 'B', result: 'C' }), DEFAULT_POLICY)
      .indicators[0]?.evaluation.findings.map((f) => f.code)).toContain('ratio-mismatch'));
});

describe('scoreSheet: the stated achievement tolerance', () => {
  const rows: CellInput[][] = [
    ['Indicatore', 'Target', 'Risultato', '% raggiungimento'],
    ['Imprese assistite', '>= 100', 95, { value: 0.9, text: '90%', format: '0%' }],
  ];
  const m = mapping(rows.length, { indicator: 'A', target: 'B', result: 'C', stated: 'D' });
  const stated = (policy: typeof DEFAULT_POLICY) => scoreSheet(gridFromRows(rows), m, policy).indicators[0]?.evaluation.findings.filter((f) => f.code === 'stated-mismatch').length;

  test('flags 90% stated against 95% computed by default', () => expect(stated(DEFAULT_POLICY)).toBe(1));
  test.each([
    [{ statedTolerance: 5 }],
    [{ rules: { 'stated-mismatch': { tolerance: 5 } } }],
    [{ statedTolerance: 0, rules: { 'stated-mismatch': { tolerance: 5 } } }],
    [{ rules: { 'stated-mismatch': { enabled: false } } }],
  ])('accepts it under the policy %j', (p) => expect(stated(ScoringPolicySchema.parse(p))).toBe(0));
});
