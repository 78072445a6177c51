import { parseTarget } from '../target/parseTarget';
import { parseResult } from './parseResult';

const target = (text: string) => parseTarget(text, { year: 2023 }).target;
const read = (input: string | number, targetText = '>= 10', extra: { numberFormat?: string; context?: string } = {}) =>
  parseResult(input, { target: target(targetText), year: 2023, ...extra });

describe('parseResult: cell forms', () => {
  test.each([
    ['4.206', 4206],
    ['1.028', 1028],
    ['0,12', 0.12],
    ['- 6,00', -6],
    ['3,03 gg', 3.03],
    ['n. 29', 29],
    ['€ 48,46', 48.46],
  ])('reads %j as %d', (text, value) => expect(read(text).result.value).toBeCloseTo(value, 10));
  test('reads 98,25% as the percent number 98.25', () => expect(read('98,25%', '100%').result).toMatchObject({ value: 98.25, unit: 'percent', source: 'percent' }));
  test('reads a percent-formatted 0.2856 as 28.56%', () => expect(read(0.2856, '>= 27%', { numberFormat: '0.00%' }).result.value).toBeCloseTo(28.56, 10));
  test('reads a plain 0.87 against a percent target as 87% and warns', () => {
    const p = read(0.87, '>=90%');
    expect(p.result.value).toBeCloseTo(87, 10);
    expect(p.issues[0]).toMatchObject({ code: 'result-ambiguous', severity: 'warning' });
  });
  test.each([
    ['4.481/64.095', '>= 8%', 6.99116],
    ['87/99', '>=90%', 87.8788],
    ['87 su 99', '>=90%', 87.8788],
    ['Num 18.307 – Den 64.095', '>= 27%', 28.5623],
  ])('reads the ratio %j as %d against %j', (text, t, value) => {
    const p = read(text, t);
    expect(p.result.value).toBeCloseTo(value, 3);
    expect(p.result.source).toBe('ratio');
  });
  test('reads a value with its ratio and checks they agree', () => {
    const p = read('87% (87/99)', '>=90%');
    expect(p.result).toMatchObject({ value: 87, numerator: 87, denominator: 99 });
    expect(p.issues).toEqual([]);
  });
  test('keeps the parts of a ratio that disagrees with its value, for the evaluation to check once', () => {
    const p = read('91% (80/99)', '>=90%');
    expect(p.result).toMatchObject({ value: 91, numerator: 80, denominator: 99 });
    expect(p.issues).toEqual([]);
  });
  test('flags a zero denominator', () => expect(read('5 (5/0)').issues[0]?.code).toBe('division-by-zero'));
  test.each([['19/12/2023', '2023-12-19'], ['19 dicembre 2023', '2023-12-19']])('reads the date %j', (text, date) =>
    expect(read(text, 'entro il 31/12/2023').result).toMatchObject({ date, source: 'date' }));
  test('reads a date-formatted number as a date', () => expect(read(45279, 'entro il 31/12/2023', { numberFormat: 'dd/mm/yyyy' }).result.date).toBe('2023-12-19'));
  test.each(['zero', 'nessuno', 'Nessun caso', '0'])('reads %j as 0', (text) => expect(read(text, 'zero').result.value).toBe(0));
  test.each([['SI', true], ['no', false]])('reads %j as yes/no', (text, yes) => expect(read(text, 'SI').result.yes).toBe(yes));
  test.each(['ND', 'n.d.', 'non disponibile', 'n/a'])('reads %j as not available', (text) => {
    const p = read(text);
    expect(p.result.value).toBeNull();
    expect(p.issues[0]?.code).toBe('result-not-available');
  });
  test('gives a missing-result finding for an empty cell', () => expect(read('').issues[0]?.code).toBe('missing-result'));
});

describe('parseResult: narratives from the seed report', () => {
  test('reads the count after "Al 31 dicembre n."', () => {
    const p = read('Al 31 dicembre n. 167  assessment. Percentuale raggiungimento = 100%.', '2023: >= 110');
    expect(p.result).toMatchObject({ value: 167, source: 'narrative', statedInText: 100 });
    expect(p.issues[0]).toMatchObject({ code: 'result-from-narrative', severity: 'info' });
  });
  test('never takes the stated percentage of achievement for the result', () => {
    const p = read('Al 31 dicembre n. 680 partecipanti (617 transizione digitale, 5 eventi desk, 58 eventi green). Percentuale di raggiungimento = 97%.\nSe si considerano anche le fruizioni in differita si arriva a 1.028 partecipanti.', '2023: >=700',
      { context: 'N. partecipanti ad eventi organizzati dalla CCIAA sul PID' });
    expect(p.result.value).toBe(680);
    expect(p.result.statedInText).toBe(97);
  });
  test('reads the percentage of a ratio printed beside it', () => {
    const p = read('Al 31 dicembre : 28,56% (Num 18.307– Den 64.095). Percentuale di raggiungimento = 100%.\nIl dato medio “nazionale”  è 46,04, il dato medio del “cluster dimensionale” è 46,24.', '2023>=15%  20% (ridefinito in 27%)');
    expect(p.result.value).toBeCloseTo(28.56, 10);
  });
  test('skips figures of other years and national averages', () => {
    const p = read('Indice di struttura primario: dato 2022 112,67, media nazionale 138,79. Dato 2023: 118,13 %. Percentuale di raggiungimento = 98,4%', '2023: >= 120,00%');
    expect(p.result.value).toBeCloseTo(118.13, 10);
  });
  test('reads a date after "messo on line il"', () =>
    expect(read('Il nuovo sito è stato messo on line il 19 dicembre 2023. Percentuale di raggiungimento = 100%', 'entro il 31/12/2023').result.date).toBe('2023-12-19'));
  test('prefers the date of completion to the date of an e-mail', () =>
    expect(read('Era stata presentata una richiesta di proroga (e-mail del 31/7/2023). La procedura è stata inviata in data 7 dicembre 2023.', 'entro il 31/7').result.date).toBe('2023-12-07'));
  test('reads "Nessun caso di data breach" as 0 against a zero target', () => expect(read('Nessun caso di data breach', 'zero').result.value).toBe(0));
  test('abstains when a narrative names several figures of the same kind', () => {
    const p = read('Al 31 dicembre: 35 gg (entrata) e 46 gg (uscita)', '< 60 gg');
    expect(p.result.value).toBeNull();
    expect(p.issues[0]).toMatchObject({ code: 'result-ambiguous', severity: 'warning' });
  });
  test('abstains on a narrative with no figure', () => {
    const p = read('La relazione fornita è atta a dimostrare l’efficacia delle azioni attuate.', '100%');
    expect(p.result.value).toBeNull();
    expect(p.issues[0]?.code).toBe('unrecognized-result');
  });
  test('abstains rather than take a percentage for a count target', () => {
    const p = read('Grado di attuazione quantificato in 100%', '>= 15');
    expect(p.result.value).toBeNull();
  });
});

describe('parseResult: forms from other institutions\' sheets', () => {
  test.each([
    ['>= 10', '12 su 15', 12],
    ['>= 1 mln €', '1,2 mln', 1_200_000],
    ['>= 80%', "Il tasso di risposta è stato pari all'85%.", 85],
    ['>= 100', 'Sono stati realizzati 120 interventi (erano 95 nel 2022).', 120],
    ['>= 50', 'Nel 2023 i partecipanti sono stati 45, rispetto ai 60 del 2022 e alla media nazionale di 70.', 45],
    ['>= 90%', 'Pratiche evase nei termini 450 su 500', 90],
    ['>= 4', 'Realizzate 3 iniziative su 5 programmate', 3],
  ])('against %j reads %j as %d', (t, text, value) => expect(read(text, t).result.value).toBeCloseTo(value, 6));
  test('reads English notation in an English sheet', () =>
    expect(parseResult('The completion rate was 93.5%.', { target: target('>= 90%'), year: 2023, locale: 'en' }).result.value).toBe(93.5));
  test('reads a completion date after "Realizzato il"', () => expect(read('Realizzato il 15/06/2023', 'entro il 30/06/2023').result.date).toBe('2023-06-15'));
});

describe('parseResult: lone figures', () => {
  test('reads the only date of a narrative even inside parentheses', () =>
    expect(read('Attivato contestualmente alla messa on line del sito (19/12/2023).', 'entro 31/12').result.date).toBe('2023-12-19'));
  test('reads "5 su 7" as a share against a percent target even after the word "obiettivi"', () =>
    expect(read('La sintesi degli obiettivi della scheda è pari a 5 su 7.', '>= 90,00 %').result.value).toBeCloseTo(71.43, 2));
  test('does not take a threshold ("sopra il 90%") for the result even when nothing else qualifies', () =>
    expect(read('N. 6 obiettivi con valutazione sopra il 90% su 6 obiettivi fissati', '>= 90,00 %').result.value).not.toBe(90));
});
