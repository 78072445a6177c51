import fc from 'fast-check';
import { parseNumber } from '../../src/core/number/parseNumber';
import { parseResult } from '../../src/core/result/parseResult';
import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { ScoringPolicySchema } from '../../src/core/scoring/policy';
import { parseTarget } from '../../src/core/target/parseTarget';
import { seedRows } from '../_lib/seed';

/** Strings built from the pieces real target and result cells are made of, plus arbitrary text. */
const piece = fc.constantFrom('>=', '≥', '> =', '<', '<=', '≤', 'entro il', 'entro', '2023', '2024:', '\n', ' ', '%', ',', '.', '-', '+',
  '0,21', '4.206', '31/12/2023', '31/7', '31/02/2023', '(', ')', 'ridefinito in', 'modificato nel monitoraggio in', 'zero', 'SI', 'gg',
  'N.', '€', 'tra', 'e', 'dato medio nazionale', 'Percentuale di raggiungimento =', '/', 'su', 'Num', 'Den', 'cassato');
const cellText = fc.oneof(fc.string(), fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), fc.constantFrom(...seedRows().map((r) => r.target_raw ?? '')));
const cell = fc.oneof(cellText, fc.double(), fc.integer(), fc.constant(null));

describe('parsers never throw', () => {
  test('parseNumber', () => fc.assert(fc.property(fc.string(), fc.constantFrom('it', 'en'), (s, l) => {
    parseNumber(s, l as 'it' | 'en');
  }), { numRuns: 3000 }));
  test('parseTarget', () => fc.assert(fc.property(cell, fc.integer({ min: 1990, max: 2100 }), (s, year) => {
    parseTarget(s, { year });
  }), { numRuns: 3000 }));
  test('parseResult', () => fc.assert(fc.property(cellText, cell, (t, r) => {
    parseResult(r, { target: parseTarget(t, { year: 2023 }).target, year: 2023 });
  }), { numRuns: 3000 }));
});

describe('achievement always lies in [0, cap]', () => {
  test('for any target, result and cap', () => fc.assert(fc.property(cell, cell, fc.integer({ min: 100, max: 300 }), cell, (t, r, cap, b) => {
    const policy = ScoringPolicySchema.parse({ cap });
    const e = evaluateIndicator({ target: t, result: r, baseline: b, year: 2023 }, policy);
    if (e.achievement !== null) {
      expect(e.achievement).toBeGreaterThanOrEqual(0);
      expect(e.achievement).toBeLessThanOrEqual(cap);
      expect(Number.isFinite(e.achievement)).toBe(true);
    }
    expect(['met', 'shortfall', 'not-evaluable']).toContain(e.status);
  }), { numRuns: 3000 }));
  test('for numeric targets and results', () => fc.assert(fc.property(fc.constantFrom('>=', '>', '<=', '<', '='), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (cmp, tv, rv) => {
    const e = evaluateIndicator({ target: `${cmp} ${String(tv).replace('.', ',')}`, result: rv, baseline: 0, year: 2023 });
    if (e.achievement !== null) {
      expect(e.achievement).toBeGreaterThanOrEqual(0);
      expect(e.achievement).toBeLessThanOrEqual(100);
    }
  }), { numRuns: 3000 }));
});
