import type { Issue } from '../../src/core/issues';
import { yearAdvice } from '../../src/taskpane/pipeline/yearAdvice';
import { report } from './fixtures';

const missingYear = (cell: string, years: string): Issue => ({ code: 'target-year-missing', severity: 'error', cell, params: { year: 2025, years } });

/** The fixture report with `n` of its three indicators lacking a 2025 target line. */
function withMissing(n: number, years = '2023, 2024') {
  const r = report();
  r.indicators.slice(0, n).forEach((ind) => ind.evaluation.findings.push(missingYear(ind.cells.target ?? 'C2', years)));
  return r;
}

describe('yearAdvice', () => {
  test('proposes the year the target cells name when many have no line for the chosen one', () => {
    expect(yearAdvice(withMissing(3), 2025)).toEqual({ year: 2024, missing: 3, total: 3 });
  });

  test('proposes the most named year', () => {
    const r = withMissing(3, '2023');
    r.indicators[0]!.evaluation.findings.push(missingYear('C2', '2022'));
    expect(yearAdvice(r, 2025)?.year).toBe(2023);
  });

  test('says nothing for one or two such indicators', () => {
    expect(yearAdvice(withMissing(2), 2025)).toBeNull();
  });

  test('says nothing when every target has a line for the year', () => {
    expect(yearAdvice(report(), 2023)).toBeNull();
  });
});
