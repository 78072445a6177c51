import { highlightRules, isHighlightFormula, ruleRows } from './highlight';

describe('highlightRules', () => {
  test('gives one plain rule to a run of consecutive rows of one band', () => {
    expect(highlightRules([{ address: 'E5', band: 'met' }, { address: 'E6', band: 'met' }, { address: 'E7', band: 'met' }])).toEqual([
      { ref: 'E5:E7', band: 'met', formula: 'N("Traguardo")=0', cells: 3 },
    ]);
  });

  test('gives interleaved bands one rule each that lists its rows', () => {
    const rules = highlightRules([{ address: 'E5', band: 'met' }, { address: 'E6', band: 'shortfall' }, { address: 'E7', band: 'met' }]);
    expect(rules.map((r) => [r.ref, r.band, ruleRows(r.formula)])).toEqual([['E5:E7', 'met', [5, 7]], ['E6', 'shortfall', null]]);
    expect(rules.every((r) => isHighlightFormula(`=${r.formula}`))).toBe(true);
  });

  test('keeps a few dozen rules for 5,000 rows of alternating bands, each formula under Excel limits', () => {
    const hs = Array.from({ length: 5000 }, (_, i) => ({ address: `D${i + 2}`, band: (['met', 'near-miss', 'shortfall'] as const)[i % 3] as 'met' }));
    const rules = highlightRules(hs);
    expect(rules.length).toBeLessThan(40);
    expect(rules.reduce((n, r) => n + r.cells, 0)).toBe(5000);
    expect(Math.max(...rules.map((r) => r.formula.length))).toBeLessThan(8192);
  });

  test.each(['=TRUE', '=$D$4>0.5', 'N("Altro")=0'])('does not take the user formula %s for a Traguardo highlight', (f) => {
    expect(isHighlightFormula(f)).toBe(false);
  });
});
