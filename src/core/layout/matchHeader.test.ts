import { matchHeader } from './matchHeader';
import { groupLabel } from './groupLabel';
import { normalizeHeader } from './_lib/normalizeHeader';

describe('matchHeader', () => {
  test.each([
    ['Obiettivo operativo', 'objective'],
    ['OBIETTIVO STRATEGICO', 'objective'],
    ['Objective', 'objective'],
    ['Codice', 'code'],
    ['Cod.', 'code'],
    ['N.', 'code'],
    ['ID', 'code'],
    ['Codice obiettivo', 'code'],
    ['Indicatore', 'indicator'],
    ['KPI', 'indicator'],
    ['Indicatore di risultato', 'indicator'],
    ['Descrizione indicatore', 'indicator'],
    ['Algoritmo di calcolo', 'algorithm'],
    ['Formula', 'algorithm'],
    ['Modalità di calcolo', 'algorithm'],
    ['Metodo di calcolo', 'algorithm'],
    ['Target', 'target'],
    ['Valore atteso', 'target'],
    ['Valore obiettivo', 'target'],
    ['Risultato atteso', 'target'],
    ['Expected value', 'target'],
    ['Goal', 'target'],
    ['Risultato', 'result'],
    ['Consuntivo', 'result'],
    ['Valore rilevato', 'result'],
    ['Dato al 31/12', 'result'],
    ['Valore raggiunto', 'result'],
    ['Actual', 'result'],
    ['Outcome', 'result'],
    ['Percentuale di raggiungimento', 'stated'],
    ['Grado di raggiungimento', 'stated'],
    ['% raggiungimento', 'stated'],
    ['Achievement', 'stated'],
    ['Peso', 'weight'],
    ['Peso %', 'weight'],
    ['Peso obiettivo', 'weight'],
    ['Weight', 'weight'],
    ['Numeratore', 'numerator'],
    ['Num.', 'numerator'],
    ['Denominatore', 'denominator'],
    ['Den.', 'denominator'],
    ['Servizio', 'unit'],
    ['Unità organizzativa', 'unit'],
    ['Ufficio responsabile', 'unit'],
    ['Owner', 'unit'],
    ['Note', 'notes'],
    ['Commento', 'notes'],
    ['Baseline', 'baseline'],
    ['Valore di partenza', 'baseline'],
    ['Serie storica', 'baseline'],
    ['Valutazione OIV', 'ignore'],
    ['Unità di misura', 'ignore'],
    ['Fonte dei dati', 'ignore'],
  ])('reads %p as %s', (header, cls) => {
    expect(matchHeader(header)?.cls).toBe(cls);
  });

  test.each([
    ['Risultato atteso', 'target'],
    ['Percentuale di raggiungimento', 'stated'],
    ['Valutazione OIV', 'ignore'],
    ['Unit of measure', 'ignore'],
  ])('does not read the false friend %p as a result, stated or unit column (reads %s)', (header, cls) => {
    expect(matchHeader(header)?.cls).toBe(cls);
  });

  test('reads accents, case, punctuation and line breaks away', () => {
    expect(matchHeader('VALORE\nRILEVATO al\n31/12/2023')).toMatchObject({ cls: 'result', label: { years: [2023] } });
  });

  test('sets the years of "Target 2022" apart from its words', () => {
    expect(matchHeader('Target 2022')).toMatchObject({ cls: 'target', confidence: 1, label: { text: 'target', years: [2022] } });
  });

  test('gives a part match a lower confidence than a whole match', () => {
    expect(matchHeader('Indicatore di impatto sociale')?.confidence).toBeLessThan(0.8);
    expect(matchHeader('Indicatore')?.confidence).toBe(1);
  });

  test('reads a bare year or "Valore" as generic', () => {
    expect(matchHeader('2023')?.cls).toBe('generic');
    expect(matchHeader('Valore')?.cls).toBe('generic');
  });

  test('reads an unknown header as nothing', () => {
    expect(matchHeader('Stanziamento iniziale')).toBeNull();
  });

  test('keeps "%" as a token', () => {
    expect(normalizeHeader('Peso (%)').text).toBe('peso %');
  });
});

describe('groupLabel', () => {
  test.each([
    ['CONSUNTIVO', 'Valore', 'result'],
    ['CONSUNTIVO', '%', 'stated'],
    ['PROGRAMMAZIONE', 'Indicatore', 'indicator'],
    ['PROGRAMMAZIONE', 'Target', 'target'],
    ['TARGET', '2024', 'target'],
    ['Risultati', 'Note', 'notes'],
  ])('reads %p over %p as %s', (group, sub, cls) => {
    expect(groupLabel(group, sub)?.cls).toBe(cls);
  });

  test('takes the year from the group when the sub-header has none', () => {
    expect(groupLabel('ANNO 2023', 'Target')?.label.years).toEqual([2023]);
  });

  test('keeps the year of the sub-header under a year-less group', () => {
    expect(groupLabel('TARGET', '2024')?.label.years).toEqual([2024]);
  });
});

describe("Traguardo's own output column", () => {
  test.each(['Raggiungimento (Traguardo)', 'Achievement (Traguardo)'])('gives %j no role, so a re-run does not read it as stated', (h) =>
    expect(matchHeader(h)?.cls).toBe('ignore'));
});
