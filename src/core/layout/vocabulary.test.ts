import { detectLayout } from './detectLayout';
import { matchHeader } from './matchHeader';
import { gridFromRows } from './_lib/gridFromRows';

/** Issue 13: wider header vocabularies in Italian and English, false friends kept apart. */
describe('header vocabularies', () => {
  test.each([
    ['Stated achievement %', 'stated'],
    ['% conseguimento', 'stated'],
    ['Grado di raggiungimento dichiarato', 'stated'],
    ['Tasso di raggiungimento', 'stated'],
    ['% of target achieved', 'stated'],
    ['Grado di attuazione', 'stated'],
    ['Valore indicatore 2023', 'result'],
    ['Risultato effettivo', 'result'],
    ['Actual result', 'result'],
    ['Final value', 'result'],
    ['Valore calcolato', 'result'],
    ['Target level', 'target'],
    ['Expected level', 'target'],
    ['Valore da raggiungere', 'target'],
    ['Target annuale 2024', 'target'],
    ['Incidenza %', 'weight'],
    ['Peso ponderale', 'weight'],
    ['Valore al numeratore', 'numerator'],
    ['Dato denominatore', 'denominator'],
    ['Situazione di partenza', 'baseline'],
    ['Baseline value', 'baseline'],
    ['Regola di calcolo', 'algorithm'],
    ['Descrizione KPI', 'indicator'],
    // false friends
    ['Risultato atteso', 'target'],
    ['Expected result', 'target'],
    ['Punteggio conseguito', 'ignore'],
    ['Valore soglia', 'ignore'],
    ['Grado di raggiungimento OIV', 'ignore'],
    ['Scostamento %', 'ignore'],
    ['Raggiungimento Traguardo', 'ignore'],
  ])('%s → %s', (header, cls) => expect(matchHeader(header)?.cls).toBe(cls));
});

describe('a column of formulas over numerator and denominator is the result', () => {
  const pct = (v: number) => ({ value: v, text: `${(v * 100).toFixed(1)}%`, format: '0.0%' });
  test('found by its values (=D/E per row) under a header that names nothing, with the reason', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target 2023', 'Numeratore', 'Denominatore', 'Rapporto'],
      ['Pratiche evase nei termini', '>= 90%', 87, 99, pct(87 / 99)],
      ['Fatture pagate nei termini', '>= 95%', 450, 460, pct(450 / 460)],
      ['Reclami evasi', '>= 80%', 12, 15, pct(0.8)],
    ]);
    const d = detectLayout(grid, { sheet: 'Foglio1', year: 2023 });
    expect(d.mapping?.columns).toMatchObject({ indicator: 'A', target: 'B', numerator: 'C', denominator: 'D', result: 'E' });
    expect(d.guesses.find((g) => g.role === 'result')).toEqual({
      role: 'result', column: 'E', confidence: 0.7, reason: 'values: 3/3 cells equal C / D', evidence: { source: 'values', matched: 3, of: 3 },
    });
  });
  test('a percent written ×100 (=100*D/E) counts too; a column that disagrees does not', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target 2023', 'Num', 'Den', 'Altro', 'Indice'],
      ['A', '>= 90%', 87, 99, 5, 87.88],
      ['B', '>= 95%', 450, 460, 7, 97.83],
      ['C', '>= 80%', 12, 15, 9, 80],
    ]);
    const d = detectLayout(grid, { sheet: 'Foglio1', year: 2023 });
    expect(d.mapping?.columns.result).toBe('F');
  });
  test('a header that names the result keeps it', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target 2023', 'Numeratore', 'Denominatore', 'Risultato', 'Rapporto'],
      ['A', '>= 90%', 87, 99, '88%', 0.8788],
      ['B', '>= 95%', 450, 460, '98%', 0.9783],
    ]);
    expect(detectLayout(grid, { sheet: 'Foglio1', year: 2023 }).mapping?.columns.result).toBe('E');
  });
});
