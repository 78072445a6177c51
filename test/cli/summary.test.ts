import { issue } from '../../src/core/issues';
import type { SheetReport } from '../../src/core/sheet/report.types';
import { allFindings, formatPercent, formatSummary } from '../../src/cli/summary';
import type { SheetOutcome } from '../../src/cli/pipeline';

const sheet: SheetReport = {
  sheet: 'Monitoraggio 2023',
  mapping: { version: 1, sheet: 'Monitoraggio 2023', headerRow: 3, firstDataRow: 4, lastDataRow: 6, columns: { result: 'H', indicator: 'C', target: 'E' }, year: 2023 },
  indicators: [],
  objectives: [
    { key: 'A01', title: null, parent: null, achievement: 85.11, coverage: 75, counts: { met: 2, shortfall: 2, notEvaluable: 1 }, rows: [4, 5, 6, 7, 8] },
    { key: 'A02.01', title: null, parent: 'A02', achievement: null, coverage: 0, counts: { met: 0, shortfall: 0, notEvaluable: 1 }, rows: [9] },
  ],
  counts: { met: 2, shortfall: 2, notEvaluable: 2 },
  issues: [issue('role-low-confidence', 'warning', { cell: 'H3', params: { role: 'stated', column: 'H', confidence: 0.4 } })],
};
const outcomes: SheetOutcome[] = [
  { kind: 'scored', report: sheet, applied: null },
  { kind: 'skipped', sheet: 'Bilancio', issues: [issue('no-header-row', 'error')] },
];

describe('formatPercent', () => {
  test.each([
    [57.142857, 'it', 1, '57,1%'],
    [57.142857, 'en', 1, '57.1%'],
    [12345.6, 'it', 0, '12.346%'],
    [null, 'en', 1, '—'],
  ] as const)('%s in %s with %d decimals is %s', (value, lang, decimals, expected) => {
    expect(formatPercent(value, lang, decimals)).toBe(expected);
  });
});

describe('formatSummary', () => {
  const en = formatSummary(outcomes, 'en', 1);

  test('names the sheet, its header row and year, and its columns in role order', () => {
    expect(en).toContain('Sheet "Monitoraggio 2023" (header on row 3, year 2023)\n  Columns: indicator C, target E, result H\n');
  });

  test('gives the counts per sheet', () => {
    expect(en).toContain('  6 indicators: 2 met, 2 shortfall, 2 not evaluable\n');
  });

  test('gives one aligned line per objective: achievement, coverage and counts', () => {
    expect(en).toContain('  Objective  Achievement  Coverage  Met  Shortfall  Not evaluable\n');
    expect(en).toContain('  A01              85.1%       75%    2          2              1\n');
    expect(en).toContain('  A02.01               —        0%    0          0              1\n');
  });

  test('says which sheets were not scored and counts the findings by severity', () => {
    expect(en).toContain('Sheet "Bilancio" not scored: no header row found');
    expect(en.endsWith('Findings: 1 error, 1 warning, 0 info\n')).toBe(true);
  });

  test('speaks Italian with Italian numbers', () => {
    const it = formatSummary(outcomes, 'it', 1);
    expect(it).toContain('6 indicatori: 2 raggiunti, 2 non raggiunti, 2 non valutabili');
    expect(it).toContain('85,1%');
  });

  test('allFindings collects sheet, indicator and skipped-sheet findings', () => {
    expect(allFindings(outcomes).map((f) => f.code)).toEqual(['role-low-confidence', 'no-header-row']);
  });
});
