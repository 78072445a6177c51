import { bandOf, formulaAccepted, highlightRules, isHighlightFormula, ruleColours, textConstants, type HighlightBand } from './highlight';
import type { WritePlan } from './writePlan.types';

const BANDS: HighlightBand[] = ['met', 'near-miss', 'shortfall'];
const VALUE: Record<HighlightBand, number> = { met: 1, 'near-miss': 0.95, shortfall: 0.4 };

/** A plan of `n` indicators from row 5, result in D and output in G, bands in the order `band(i)`. */
function planOf(n: number, band: (i: number) => HighlightBand, opts: { gaps?: boolean } = {}): Pick<WritePlan, 'output' | 'highlights'> {
  const rows = Array.from({ length: n }, (_, i) => (opts.gaps ? 5 + 2 * i : 5 + i));
  return {
    output: { column: 'G', headerRow: 4, header: 'Raggiungimento (Traguardo)', numberFormat: '0.0%', nearMiss: 0.9, cells: rows.map((row, i) => ({ row, value: VALUE[band(i)], text: null })) },
    highlights: rows.flatMap((row, i) => [{ address: `D${row}`, band: band(i) }, { address: `G${row}`, band: band(i) }]),
  };
}

/** What Excel colours: cell → band, evaluating each rule on its area. */
function coloured(plan: Pick<WritePlan, 'output' | 'highlights'>): Record<string, HighlightBand> {
  const values = new Map(plan.output.cells.map((c) => [c.row, c.value]));
  const out: Record<string, HighlightBand> = {};
  for (const r of highlightRules(plan)) {
    const m = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(r.ref);
    if (!m) throw new Error(r.ref);
    const top = Number(m[2]);
    for (let row = top; row <= Number(m[3] ?? m[2]); row++) {
      if (ruleColours(r.formula, top, row, (col, at) => (col === 'G' ? values.get(at) : undefined))) out[`${m[1]}${row}`] ??= r.band;
    }
  }
  return out;
}
const expected = (plan: Pick<WritePlan, 'highlights'>): Record<string, HighlightBand> => Object.fromEntries(plan.highlights.map((h) => [h.address, h.band]));

describe('highlightRules', () => {
  test('5,000 rows of alternating bands get three rules per column, each reading the output column, none over Excel limits', () => {
    const plan = planOf(5000, (i) => BANDS[i % 3] as HighlightBand);
    const rules = highlightRules(plan);
    expect(rules).toHaveLength(6);
    expect(rules[0]).toEqual({ ref: 'D5:D5004', band: 'met', formula: 'AND(N("Traguardo")=0,ISNUMBER($G5),$G5>=1)', cells: 1667 });
    expect(rules.map((r) => r.formula)).toContain('AND(N("Traguardo")=0,ISNUMBER($G5),$G5<1,$G5>=0.9)');
    expect(rules.every((r) => formulaAccepted(r.formula) && isHighlightFormula(`=${r.formula}`))).toBe(true);
    expect(coloured(plan)).toEqual(expected(plan));
  });

  test('rows between indicators (no number in the output column) do not split the rules', () => {
    const plan = planOf(300, (i) => BANDS[(i * 7) % 3] as HighlightBand, { gaps: true });
    expect(highlightRules(plan).length).toBeLessThanOrEqual(6);
    expect(coloured(plan)).toEqual(expected(plan));
  });

  test('a number the plan does not write in the output column splits the run; a cell whose band its value does not give gets its own rule', () => {
    const plan = planOf(6, (i) => BANDS[i % 3] as HighlightBand, { gaps: true });
    plan.output.occupied = [8];
    const cell = plan.output.cells[4];
    if (cell) cell.value = 0.2;
    const colours = coloured(plan);
    expect(colours).toEqual(expected(plan));
    expect(colours.G8).toBeUndefined();
    expect(highlightRules(plan).filter((r) => r.formula === 'N("Traguardo")=0').map((r) => r.ref)).toEqual(['D13', 'G13']);
  });

  test('a result column holding results of some rows only is coloured on those rows only', () => {
    const plan = planOf(5, () => 'met');
    plan.highlights = plan.highlights.filter((h) => h.address !== 'D7');
    expect(coloured(plan)).toEqual(expected(plan));
  });

  test('bands at their bounds', () => {
    expect([bandOf(1, 0.9), bandOf(0.9, 0.9), bandOf(0.8999, 0.9), bandOf(1.2, 0.9)]).toEqual(['met', 'near-miss', 'shortfall', 'met']);
  });

  test('text constants over 255 characters are refused', () => {
    expect(textConstants('AND(N("Tra""guardo")=0,"x")')).toEqual(['Tra"guardo', 'x']);
    expect(formulaAccepted(`ISNUMBER(SEARCH("|"&ROW()&"|","|${'12|'.repeat(90)}"))`)).toBe(false);
  });

  test.each(['=TRUE', '=$D$4>0.5', 'N("Altro")=0'])('does not take the user formula %s for a Traguardo highlight', (f) => {
    expect(isHighlightFormula(f)).toBe(false);
  });
});
