import { evaluateIndicator } from './evaluate';
import { ScoringPolicySchema } from './policy';

const ev = (target: string | number, result: string | number, extra: Partial<Parameters<typeof evaluateIndicator>[0]> = {}, policy = {}) =>
  evaluateIndicator({ target, result, year: 2023, ...extra }, ScoringPolicySchema.parse(policy));

describe('evaluateIndicator: the examples of docs/scoring.md', () => {
  test('0,12 against >= 0,21 gives 57,1% with its formula', () => {
    const e = ev('2023>= 0,21 (140)', 0.12);
    expect(e.achievement).toBeCloseTo(57.142857, 5);
    expect(e).toMatchObject({ status: 'shortfall', band: 'shortfall', rule: 'ratio', formula: '0.12 / 0.21' });
  });
  test('680 against >= 700 gives 97,1%, a near miss', () => expect(ev('2023: >=700', 680)).toMatchObject({ band: 'near-miss' }));
  test('-24,37 against <= -8,75 is met although the ratio would be 36%', () => expect(ev('2023: ≤ -8,75', -24.37)).toMatchObject({ achievement: 100, status: 'met' }));
  test('2,40 against >= -6,00% is met', () => expect(ev('2023: >= - 6,00%', 2.4).status).toBe('met'));
  test('0 cases against zero is met', () => expect(ev('zero', 0).status).toBe('met'));
  test('1 case against zero scores 0', () => expect(ev('zero', 1)).toMatchObject({ achievement: 0, status: 'shortfall', rule: 'zero-target' }));
  test('98,25% against a bare 100% gives 98,25', () => expect(ev('100%', '98,25%').achievement).toBeCloseTo(98.25, 10));
  test('a result date before the deadline is met', () => expect(ev('entro il 31/12/2023', '19/12/2023').status).toBe('met'));
  test('a result date after the deadline scores 0 by default', () => expect(ev('entro il 31/7', '7 dicembre 2023')).toMatchObject({ achievement: 0, rule: 'deadline' }));
  test('a late date loses points per day under the linear rule', () =>
    expect(ev('entro il 31/7', '10/08/2023', {}, { deadline: 'linear', decayPerDay: 1 }).achievement).toBe(90));
  test('a delta of 3,90 points against +10% gives 39% when the result is the difference', () =>
    expect(ev('+10%', '3,90%', { algorithm: 'Diff. tra tasso di evasione anno n e anno n-1' }).achievement).toBeCloseTo(39, 10));
  test('a delta uses the baseline when given', () => expect(ev('+10%', '94,74%', { baseline: '90,84%' }).achievement).toBeCloseTo(39, 10));
  test('a delta without a baseline or a difference is not evaluable', () => {
    const e = ev('+10%', '94,74%');
    expect(e.status).toBe('not-evaluable');
    expect(e.findings.map((f) => f.code)).toContain('baseline-missing');
  });
  test('a missed at-most target loses what it exceeds (mirror rule)', () => expect(ev('<= 10', 11).achievement).toBeCloseTo(90, 10));
  test('the inverse rule gives T / A', () => expect(ev('<= 10', 20, {}, { decreasing: 'inverse' }).achievement).toBeCloseTo(50, 10));
  test('the mirror rule never goes below 0', () => expect(ev('<= 10', 35).achievement).toBe(0));
  test('a negative result against a positive at-least target needs a baseline', () => {
    const e = ev('>= 5', -2);
    expect(e.status).toBe('not-evaluable');
    expect(e.findings.map((f) => f.code)).toContain('baseline-missing');
  });
  test('with a baseline, progress is (A − B)/(T − B)', () => expect(ev('>= -2', -6, { baseline: -10 }).achievement).toBeCloseTo(50, 10));
  test('a range is met inside and partial below', () => {
    expect(ev('tra 80% e 90%', '85%').status).toBe('met');
    expect(ev('tra 80% e 90%', '40%').achievement).toBeCloseTo(50, 10);
  });
  test('a yes/no target is met by the same answer', () => expect(ev('SI', 'sì').status).toBe('met'));
  test('a strict target is not met by the value itself', () => expect(ev('> 10%', '10%').status).toBe('shortfall'));
  test('an unresolvable reference is not evaluable', () => expect(ev('≤ dato medio nazionale', 5).status).toBe('not-evaluable'));
  test('a withdrawn indicator is not evaluable', () => expect(ev('cassato in sede di\nmonitoraggio (refuso)', '').status).toBe('not-evaluable'));
});

describe('evaluateIndicator: policy', () => {
  test('caps over-achievement at 100% by default', () => expect(ev('>= 10', 15).achievement).toBe(100));
  test('a cap of 120 rewards over-achievement: 167 against >= 110 scores 120', () => expect(ev('>= 110', 167, {}, { cap: 120 }).achievement).toBe(120));
  test('the value the formula computes before the cap is kept beside the achievement, and a stated figure is compared with the capped one', () => {
    const e = ev('>= 110', 167, { stated: '90%' }, { cap: 120 });
    expect(e.computed).toBeCloseTo(151.818, 2);
    const mismatch = e.findings.find((f) => f.code === 'stated-mismatch');
    expect(mismatch?.params).toMatchObject({ computed: 120, raw: expect.closeTo(151.818, 2) });
    expect(ev('>= 110', 100, {}, { cap: 120 }).computed).toBeUndefined();
  });
  test('a cap of 200 scores 15 against >= 10 as 150, met', () => expect(ev('>= 10', 15, {}, { cap: 200 })).toMatchObject({ achievement: 150, status: 'met' }));
  test('a cap of 200 scores 5 against <= 10 as 150 by the mirror rule', () => expect(ev('<= 10', 5, {}, { cap: 200 })).toMatchObject({ achievement: 150, status: 'met' }));
  test('with the default cap a met target scores exactly 100 whatever the margin', () => expect(ev('>= 10', 1000).achievement).toBe(100));
  test('a minimum threshold zeroes achievement below it', () => {
    const e = ev('>= 10', 4, {}, { threshold: 50 });
    expect(e.achievement).toBe(0);
    expect(e.findings.map((f) => f.code)).toContain('below-threshold');
  });
  test('bands round achievement down to the band', () => expect(ev('>= 10', 8, {}, { bands: [0, 50, 75, 100] }).achievement).toBe(75));
  test('a near-miss band of 95 turns 91% into a shortfall colour', () => expect(ev('>= 100', 91, {}, { nearMiss: 95 }).band).toBe('shortfall'));
});

describe('evaluateIndicator: stated versus computed', () => {
  test('accepts a stated 57% for a computed 57,1%', () => expect(ev('>= 0,21', 0.12, { stated: 57 }).findings).toEqual([]));
  test('flags a stated 100% for a computed 33% with both values and the formula', () => {
    const e = ev('>=10', 3.3, { stated: '100%', cells: { stated: 'G12' } });
    expect(e.findings).toContainEqual(expect.objectContaining({ code: 'stated-mismatch', cell: 'G12', params: expect.objectContaining({ stated: 100, formula: '3.3 / 10' }) }));
  });
  test('reads the stated percentage inside a narrative', () => {
    const e = ev('2023: >= 110', 'Al 31 dicembre n. 80 assessment. Percentuale raggiungimento = 100%.');
    expect(e.findings.map((f) => f.code)).toContain('stated-mismatch');
  });
  test('reads a stated value from a percent-formatted cell', () => expect(ev('>= 10', 5, { stated: 0.5, formats: { stated: '0%' } }).findings).toEqual([]));
  test('checks a result against its numerator and denominator columns', () =>
    expect(ev('>=90%', '95%', { ratio: { numerator: 80, denominator: 99 } }).findings.map((f) => f.code)).toContain('ratio-mismatch'));
  test('computes the result from numerator and denominator when the result is empty', () =>
    expect(ev('>=90%', '', { ratio: { numerator: 87, denominator: 99 } }).achievement).toBeCloseTo(97.643, 2));
});

describe('evaluateIndicator: a stated fraction', () => {
  test('reads a stated 0.57 as 57% when that matches the computed value', () => expect(ev('>= 0,21', 0.12, { stated: 0.57 }).findings).toEqual([]));
  test('still flags a stated 0.9 that matches neither reading', () =>
    expect(ev('>= 0,21', 0.12, { stated: 0.9 }).findings.map((f) => f.code)).toContain('stated-mismatch'));
});
