import type { ResultValue } from '../result/result.types';
import { parseTarget } from '../target/parseTarget';
import { checkShareOver100, isShareOfWhole } from './shareOver100';

const result = (value: number, unit: ResultValue['unit'] = 'percent'): ResultValue =>
  ({ value, unit, numerator: null, denominator: null, date: null, yes: null, source: 'percent', token: null, reason: null, statedInText: null });

describe('share-over-100', () => {
  test.each([
    'n. pratiche evase entro 30 gg / n. totale pratiche ricevute',
    'Percentuale di imprese iscritte al fascicolo digitale',
    'N. bandi pubblicati nei termini / N. bandi',
    'Grado di copertura del servizio',
    '% di pratiche telematiche sul totale',
    '% pratiche evase nei termini',
    'Tasso di risposta alle richieste di assistenza',
    'Indice di copertura dei controlli',
  ])('reads %j as a part of a whole', (text) => expect(isShareOfWhole(text)).toBe(true));

  test.each([
    'Incremento percentuale del fatturato rispetto al 2022',
    'Variazione % delle imprese attive',
    'n. eventi organizzati',
    'Tempo medio di pagamento',
    'Indice di struttura primario Patrimonio netto/Immobilizzazioni',
    'Patrimonio netto/Immobilizzazioni',
    "N. imprese assistite per la digitalizzazione nell'anno/100 imprese attive al 31/12",
  ])('does not read %j as a part of a whole', (text) => expect(isShareOfWhole(text)).toBe(false));

  test('flags 112,5% of published calls at the result cell', () =>
    expect(checkShareOver100(result(112.5), 'Percentuale di bandi pubblicati nei termini', 'H4', 0.5).map((f) => [f.code, f.cell, f.params]))
      .toEqual([['share-over-100', 'H4', { value: 112.5 }]]));

  test('flags a fraction above 1 against a fraction target (≥ 0,9) as a share above 100%', () =>
    expect(checkShareOver100(result(1.08, null), 'n. pratiche evase / n. totale pratiche', 'H4', 0.5, parseTarget('>= 0,9', { year: 2023 }).target).map((f) => f.params))
      .toEqual([{ value: 108 }]));

  test('reads a count against a count target as no share', () =>
    expect(checkShareOver100(result(130, null), 'n. pratiche evase / n. totale pratiche', 'H4', 0.5, parseTarget('>= 100', { year: 2023 }).target)).toEqual([]));

  test.each([
    [result(100.4), 'n. pratiche evase / n. totale pratiche'],
    [result(98), 'n. pratiche evase / n. totale pratiche'],
    [result(130), 'Incremento percentuale delle pratiche rispetto al 2022'],
    [result(130, null), 'n. pratiche evase / n. totale pratiche'],
  ])('accepts %j for %j', (r, text) => expect(checkShareOver100(r, text, 'H4', 0.5)).toEqual([]));
});
