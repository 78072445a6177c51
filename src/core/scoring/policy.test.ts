import { DEFAULT_POLICY, ScoringPolicySchema } from './policy';

describe('ScoringPolicySchema', () => {
  test('has the defaults of docs/scoring.md', () =>
    expect(DEFAULT_POLICY).toEqual({ cap: 100, floor: 0, nearMiss: 90, decreasing: 'mirror', deadline: 'zero', decayPerDay: 1, threshold: null, bands: null, statedTolerance: 1, parts: 'min', displayDecimals: 1, notes: 'problems', explainNotes: false, rules: {} }));
  test('accepts a cap of 120', () => expect(ScoringPolicySchema.parse({ cap: 120 }).cap).toBe(120));
  test.each([
    [{ cap: 99 }, 'cap'],
    [{ nearMiss: 101 }, 'nearMiss'],
    [{ decreasing: 'linear' }, 'decreasing'],
    [{ displayDecimals: 1.5 }, 'displayDecimals'],
    [{ bands: [] }, 'bands'],
  ])('rejects %j naming %s', (input, field) => {
    const r = ScoringPolicySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });
  test('rejects a floor at or above the cap, naming the floor', () => {
    const r = ScoringPolicySchema.safeParse({ floor: 100 });
    expect(r.error?.issues[0]).toMatchObject({ path: ['floor'], message: 'floor (100) must be below cap (100)' });
  });
  test('rejects bands that do not increase', () => expect(ScoringPolicySchema.safeParse({ bands: [0, 75, 50] }).error?.issues[0]?.message).toBe('bands must be strictly increasing'));
  test.each([
    [{ rules: { 'weights-sum': { tolerance: 1 } } }, true],
    [{ rules: { 'number-as-text': { enabled: false, severity: 'warning' } } }, true],
    [{ rules: { 'number-as-text': { tolerance: 1 } } }, false],
    [{ rules: { 'no-such-rule': { enabled: false } } }, false],
    [{ rules: { 'weights-sum': { severity: 'fatal' } } }, false],
  ])('validates the rule settings %j: %p', (input, valid) => expect(ScoringPolicySchema.safeParse(input).success).toBe(valid));
});
