import { parseTarget } from '../target/parseTarget';
import { checkTargetBelowBaseline } from './targetBelowBaseline';

const target = (text: string | number, numberFormat?: string) =>
  parseTarget(text, { year: 2023, locale: 'it', ...(numberFormat ? { numberFormat } : {}) }).target;
const codes = (text: string | number, baseline: number | null, tolerance = 0) =>
  checkTargetBelowBaseline(target(text), baseline, 'D5', tolerance).map((f) => [f.code, f.cell, f.params]);

describe('target-below-baseline', () => {
  test.each([
    ['>= 100', 120, { target: 100, baseline: 120, direction: 'at-least', percent: false }],
    ['2023>= 0,18 (120)', 0.21, { target: 0.18, baseline: 0.21, direction: 'at-least', percent: false }],
    ['<= 30 gg', 25, { target: 30, baseline: 25, direction: 'at-most', percent: false }],
    ['>= 80%', 0.85, { target: 80, baseline: 85, direction: 'at-least', percent: true }],
  ])('flags %j after %d last year as not ambitious', (text, baseline, params) =>
    expect(codes(text, baseline)).toEqual([['target-below-baseline', 'D5', params]]));

  test.each([
    ['>= 100', 90],
    ['>= 100', 100],
    ['<= 30 gg', 32],
    ['>= 80%', 0.8],
    ['entro il 31/12/2023', 45000],
    ['SI', 1],
  ])('accepts %j after %d last year', (text, baseline) => expect(codes(text, baseline)).toEqual([]));

  test('says nothing without a baseline', () => expect(codes('>= 100', null)).toEqual([]));
  test('allows the tolerance the policy gives', () => expect(codes('>= 118', 120, 2)).toEqual([]));
});
