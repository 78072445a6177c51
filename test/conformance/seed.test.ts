import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { arithmeticRows, seedRows } from '../_lib/seed';

/**
 * Conformance over the seed report (the project's shared/seed, copied in test/fixtures/seed): the engine must reproduce
 * every plain-arithmetic stated achievement from the raw target cell, and must never be confidently wrong when it
 * reads the result out of the narrative.
 */
const rows = arithmeticRows();

describe('seed conformance: raw target cell and result value', () => {
  test('the seed holds 67 plain-arithmetic rows with a stated percentage', () => expect(rows).toHaveLength(67));

  test.each(rows.map((r) => [r.id, r] as const))('%s reproduces the stated achievement within one point', (_id, r) => {
    const e = evaluateIndicator({ target: r.target_raw, result: r.result_value, year: 2023, algorithm: r.algorithm, indicator: r.indicator });
    expect(e.achievement).not.toBeNull();
    expect(Math.abs((e.achievement as number) - (r.achievement_stated as number))).toBeLessThanOrEqual(1);
  });
});

describe('seed conformance: raw target cell and result narrative', () => {
  const outcome = rows.map((r) => {
    const e = evaluateIndicator({ target: r.target_raw, result: r.result_raw, year: 2023, algorithm: r.algorithm, indicator: r.indicator });
    const a = e.achievement;
    const verdict = a === null ? 'abstained' : Math.abs(a - (r.achievement_stated as number)) <= 1 ? 'correct' : 'wrong';
    return { id: r.id, verdict, e };
  });
  const count = (v: string): number => outcome.filter((o) => o.verdict === v).length;

  test('is never confidently wrong', () => expect(outcome.filter((o) => o.verdict === 'wrong').map((o) => o.id)).toEqual([]));
  test('reads at least 61 of the 67 narratives correctly (67 at the time of writing, 56 before issue 13)', () => {
    process.stdout.write(`narrative conformance: ${count('correct')} correct, ${count('wrong')} wrong, ${count('abstained')} abstained of ${rows.length}\n`);
    expect(count('correct')).toBeGreaterThanOrEqual(61);
    expect(count('abstained')).toBeLessThanOrEqual(6);
  });
  test('says why for every abstention', () => {
    for (const o of outcome.filter((x) => x.verdict === 'abstained')) {
      expect(o.e.findings.some((f) => ['result-ambiguous', 'unrecognized-result', 'deadline-without-date'].includes(f.code))).toBe(true);
    }
  });
});

describe('seed conformance: judgements are not copied', () => {
  const overrides = seedRows().filter((r) => r.achievement_override === true);
  test('the seed has two rows whose stated percentage departs from arithmetic', () => expect(overrides.map((r) => r.id)).toEqual(['A03.01-2', 'D02.07-1']));
  test('A03.01-2 (3,3 against >= 10, stated 100%) computes 33% and flags the stated value', () => {
    const r = overrides[0]!;
    const e = evaluateIndicator({ target: r.target_raw, result: r.result_value, stated: r.achievement_stated, year: 2023 });
    expect(e.achievement).toBeCloseTo(33, 0);
    expect(e.findings).toContainEqual(expect.objectContaining({ code: 'stated-mismatch', params: expect.objectContaining({ stated: 100 }) }));
  });
  test('D02.07-1 (86/88 against >= 93%, stated 97,72%) computes the arithmetic 100% and flags the stated value', () => {
    const r = overrides[1]!;
    const e = evaluateIndicator({ target: r.target_raw, result: r.result_value, stated: r.achievement_stated, year: 2023 });
    expect(e.achievement).toBe(100);
    expect(e.findings.map((f) => f.code)).toContain('stated-mismatch');
  });
});

describe('seed conformance: every result narrative read against the seed value', () => {
  const withNarrative = seedRows().filter((r) => r.result_raw);
  const read = withNarrative.map((r) => {
    const e = evaluateIndicator({ target: r.target_raw, result: r.result_raw, year: 2023, algorithm: r.algorithm, indicator: r.indicator });
    const v = e.result.value;
    const d = e.result.date;
    const verdict = v === null && d === null ? 'abstained'
      : (v !== null && r.result_value !== null && Math.abs(v - r.result_value) <= Math.max(0.011, Math.abs(r.result_value) * 0.011)) || (d !== null && d === r.result_date)
        ? 'correct' : 'wrong';
    return { id: r.id, verdict, got: v ?? d };
  });
  test('never reads a value the seed contradicts (a wrong number is worse than an abstention)', () =>
    expect(read.filter((x) => x.verdict === 'wrong')).toEqual([]));
  test('reads at least 84 of the narratives (86 at the time of writing, 74 before issue 13)', () => {
    const correct = read.filter((x) => x.verdict === 'correct').length;
    process.stdout.write(`all narratives: ${correct} read, ${read.filter((x) => x.verdict === 'abstained').length} abstained of ${read.length}\n`);
    expect(correct).toBeGreaterThanOrEqual(84);
  });
});
