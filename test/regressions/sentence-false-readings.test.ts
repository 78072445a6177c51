import { parseTarget } from '../../src/core/target/parseTarget';

/** Issue 13: sentences the first sentence grammar misread (found on wording not in the corpus). */
const read = (text: string) => parseTarget(text, { year: 2024 });

test.each([
  ['Da definire entro il 2024', 'unknown', null, null],
  ['Riduzione del tasso di assenza al di sotto del 5%', 'below', 5, 'percent'],
  ["Incremento dell'1% annuo", 'delta', 1, 'percent'],
  ['Sotto il 5%', 'below', 5, 'percent'],
  ['Numero di pratiche al 31/12 almeno 50', 'at-least', 50, null],
])('%s → %s %s %s', (text, kind, value, unit) => {
  const t = read(text).target;
  expect([t.kind, t.value, t.unit]).toEqual([kind, value, unit]);
});

test('a second part keeps its own direction when its unit differs ("≤ 30 gg e 95% entro 60 gg")', () => {
  const t = read('Tempo medio ≤ 30 gg e 95% entro 60 gg').target;
  expect(t.parts?.map((p) => [p.kind, p.value, p.unit])).toEqual([['at-most', 30, 'days'], ['at-least', 95, 'percent']]);
});

test.each([
  ['Almeno 2 report entro il 30/06/2024', 'entro'],
  ['Almeno 1 per trimestre', 'per trimestre'],
])('%s → target-partly-read (%s)', (text, reason) =>
  expect(read(text).issues.find((i) => i.code === 'target-partly-read')?.params?.reason).toBe(reason));

test.each(['Almeno 2 report entro il 31/12/2024', '100% entro il 2024', 'Almeno il 90% delle domande definite entro 60 giorni'])(
  '%s → no finding (the end of the year, a year, a condition on what is counted)', (text) =>
    expect(read(text).issues.map((i) => i.code)).not.toContain('target-partly-read'));

test('the noun is never a preposition ("100% entro il 2024", "… rispetto al budget")', () => {
  expect(read('100% entro il 2024').target.noun).toBeUndefined();
  expect(read('Scostamento non superiore al 10% rispetto al budget').target.noun).toBe('scostamento');
});

test.each([
  ['Valore ≥ 2023 (pari a 87%)', 'at-least', 'valore anno precedente'],
  ['Incremento rispetto al 2023', 'above', 'anno precedente'],
  ["Riduzione rispetto all'anno precedente", 'below', 'anno precedente'],
])('a year after a comparator, or a change with no amount, is the previous value: %s → %s %s', (text, kind, reference) => {
  const t = read(text).target;
  expect([t.kind, t.value, t.reference]).toEqual([kind, null, reference]);
  expect(parseTarget(text, { year: 2024, baseline: 120 }).target.value).toBe(120);
});

test.each([
  ['Realizzazione 100% delle attività programmate', 'at-least', 100, 'percent'],
  ['Tasso di copertura 95-100%', 'range', 95, 'percent'],
  ['Numero imprese assistite 150', 'at-least', 150, null],
  ['Rispetto della scadenza del 30/04', 'deadline', null, 'date'],
])('a label, then the value: %s → %s %s', (text, kind, value, unit) => {
  const t = read(text).target;
  expect([t.kind, t.value, t.unit]).toEqual([kind, value, unit]);
});

test.each(['si valuterà se fattibile un incremento del 10%', 'Eventuale innalzamento a 70%', 'Indicatore 2023', 'Obiettivo 2024'])(
  'no target read from %s', (text) => expect(read(text).target.kind).toBe('unknown'));

test('years joined by ";" on one line are lines of their own ("Target 2024: ≥ 15 imprese; target 2025: ≥ 20 imprese")', () => {
  const t = read('Target 2024: ≥ 15 imprese; target 2025: ≥ 20 imprese').target;
  expect([t.kind, t.value, t.parts]).toEqual(['at-least', 15, undefined]);
});

test('"≥ 3; ≥ 4" names nothing: not two parts, a finding', () => {
  const p = read('≥ 3; ≥ 4');
  expect(p.target.parts).toBeUndefined();
  expect(p.issues.map((i) => i.code)).toContain('target-partly-read');
});

test('"Increase by 3 percentage points over the baseline" is a change in points from the baseline', () =>
  expect(read('Increase by 3 percentage points over the baseline').target.change).toMatchObject({ measure: 'points', base: 'baseline' }));

test.each([
  ["Non meno dell'85% dei dipendenti formati", 'at-least', 85, null],
  ['Percentuale ≥ 60% e ≤ 80%', 'range', 60, 80],
  ['Obiettivo: ridurre del 15% i tempi', 'delta', -15, null],
  ['Aumentare del 10% le imprese assistite rispetto al 2023', 'delta', 10, null],
])('%s → %s %s', (text, kind, value, high) => {
  const t = read(text).target;
  expect([t.kind, t.value, t.kind === 'range' ? t.high : null]).toEqual([kind, value, high]);
});
