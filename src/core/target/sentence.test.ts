import { evaluateIndicator } from '../scoring/evaluate';
import { ScoringPolicySchema } from '../scoring/policy';
import { parseTarget } from './parseTarget';

/** Issue 13: targets written as sentences. Real-looking cells of other institutions, one form per table. */
const read = (text: string, year = 2024) => parseTarget(text, { year });
const codes = (text: string): string[] => read(text).issues.map((i) => i.code);

describe('a comparator anywhere in a short sentence, with its quantity and noun', () => {
  test.each([
    ["Almeno 3 iniziative di formazione nell'anno", 'at-least', 3, null, 'iniziative di formazione'],
    ['Partecipazione di almeno 12.500 dipendenti', 'at-least', 12500, null, 'dipendenti'],
    ['Coinvolgimento di non meno di 300 studenti', 'at-least', 300, null, 'studenti'],
    ['Numero di accessi al portale non inferiore a 50.000', 'at-least', 50000, null, null],
    ['Tempo medio di definizione delle prestazioni entro 30 giorni', 'at-most', 30, 'days', null],
    ['Giacenza non superiore al 5% delle domande pervenute', 'at-most', 5, 'percent', 'domande pervenute'],
    ['Tasso di abbandono al primo anno inferiore al 12%', 'below', 12, 'percent', null],
    ['Copertura vaccinale over 65 ≥ 75%', 'at-least', 75, 'percent', null],
    ['maggiore o uguale a 60,00', 'at-least', 60, null, null],
    ['Massimo 2 reclami fondati', 'at-most', 2, null, 'reclami fondati'],
    ['Mantenimento del livello di soddisfazione ≥ 85%', 'at-least', 85, 'percent', null],
    ['At least 3 training events per year', 'at-least', 3, null, 'training events'],
    ['No more than 5% of files pending', 'at-most', 5, 'percent', 'files pending'],
  ])('%s → %s %s', (text, kind, value, unit, noun) => {
    const t = read(text).target;
    expect([t.kind, t.value, t.unit]).toEqual([kind, value, unit]);
    if (noun) expect(t.noun).toBe(noun);
  });
});

describe('a share of a whole and a count after words', () => {
  test.each([
    ['Il 30 % dei comuni attiva il servizio', 'at-least', 30, 'percent'],
    ['Almeno il 60% degli uffici dotati di firma digitale', 'at-least', 60, 'percent'],
    ['Realizzazione di 4 campagne di comunicazione istituzionale', 'at-least', 4, null],
    ['Organizzazione di n. 6 eventi culturali', 'at-least', 6, 'count'],
    ["Tasso di occupazione dei posti letto tra l'85% e il 95%", 'range', 85, 'percent'],
  ])('%s → %s %s', (text, kind, value, unit) => {
    const t = read(text).target;
    expect([t.kind, t.value, t.unit]).toEqual([kind, value, unit]);
  });
});

describe('changes: relative, percentage points, absolute, each with its base', () => {
  test.each([
    ["Incremento del 15% rispetto all'anno precedente", 15, 'relative', 'previous-year', null],
    ['Riduzione del 10% dei tempi medi di pagamento rispetto al 2023', -10, 'relative', 'previous-year', null],
    ['Incremento di 4 punti percentuali rispetto alla baseline', 4, 'points', 'baseline', null],
    ['Riduzione di 2 punti percentuali del tasso di contenzioso rispetto al 2023', -2, 'points', 'previous-year', null],
    ['Incremento di almeno 3 punti percentuali rispetto al 2023', 3, 'points', 'previous-year', null],
    ['Ulteriori 40 enti aderenti rispetto al 2023', 40, 'absolute', 'previous-year', null],
    ['Incremento di 50 unità rispetto al valore di 1.200', 50, 'absolute', 'stated', 1200],
    ['Riduzione del 10% rispetto al 2021', -10, 'relative', 'reference', null],
    ['Increase of 10% compared to the previous year', 10, 'relative', 'previous-year', null],
    ['+10%', 10, null, null, null],
  ])('%s → %s (%s from %s)', (text, value, measure, base, baseValue) => {
    const t = read(text).target;
    expect(t.kind).toBe('delta');
    expect(t.value).toBe(value);
    expect(t.change?.measure ?? null).toBe(measure);
    expect(t.change?.base ?? null).toBe(base);
    expect(t.change?.baseValue ?? null).toBe(baseValue);
  });

  test.each([
    ["Incremento del 15% rispetto all'anno precedente", 115, 100, 'met', 100],
    ["Incremento del 15% rispetto all'anno precedente", 110, 100, 'shortfall', 66.7],
    ['Incremento di 4 punti percentuali rispetto alla baseline', 52, 50, 'shortfall', 50],
    ['Ulteriori 40 enti aderenti rispetto al 2023', 140, 100, 'met', 100],
    ['Riduzione del 10% rispetto al valore di 200', 170, null, 'met', 100],
  ])('%s: result %s, baseline %s → %s %s', (target, result, baseline, status, achievement) => {
    const e = evaluateIndicator({ target, result, baseline, year: 2024 });
    expect(e.status).toBe(status);
    expect(e.achievement).toBeCloseTo(achievement, 0);
  });
});

describe('deliverables: yes/no, with an optional deadline', () => {
  test.each([
    ['Rilascio del nuovo portale', 'yes-no', null],
    ['Approvazione del regolamento di organizzazione', 'yes-no', null],
    ['Implementazione del fascicolo sanitario elettronico', 'yes-no', null],
    ['Release of the new portal', 'yes-no', null],
    ['Rilascio del nuovo portale entro il 30/06/2024', 'deadline', '2024-06-30'],
    ['Adozione del Piano triennale entro il 2024', 'deadline', '2024-12-31'],
    ['Avvio del servizio PagoPA entro fine anno', 'deadline', '2024-12-31'],
    ['Avvio della piattaforma entro dicembre 2024', 'deadline', '2024-12-31'],
  ])('%s → %s %s', (text, kind, date) => {
    const t = read(text).target;
    expect([t.kind, t.date]).toEqual([kind, date]);
    expect(t.deliverable).toBeTruthy();
    if (kind === 'yes-no') expect(t.expected).toBe(true);
  });

  test.each([
    ['Il nuovo portale è stato rilasciato a ottobre.', 'met'],
    ['Il portale non è stato ancora rilasciato.', 'shortfall'],
  ])('Rilascio del nuovo portale ← %s → %s', (result, status) =>
    expect(evaluateIndicator({ target: 'Rilascio del nuovo portale', result, year: 2024 }).status).toBe(status));
});

describe('"N su M" is a ratio target', () => {
  test.each([
    ['non inferiore a 3 su 5', 60, 3, 5],
    ['Grado di soddisfazione non inferiore a 4 su 5', 80, 4, 5],
    ['Almeno 15 aziende ospitanti su 20 contattate', 75, 15, 20],
  ])('%s → at least %s%', (text, value, n, d) => {
    const p = read(text);
    expect([p.target.kind, p.target.value, p.target.unit]).toEqual(['at-least', value, 'percent']);
    expect(p.target.ratio).toEqual({ numerator: n, denominator: d });
    expect(p.issues.map((i) => i.code)).not.toContain('target-partly-read');
  });

  test.each([
    [0.8, 'met', 100],
    ['4 su 5', 'met', 100],
    [2, 'shortfall', 66.7],
  ])('non inferiore a 3 su 5 ← %s → %s %s (0,8 never scores 26,7%)', (result, status, achievement) => {
    const e = evaluateIndicator({ target: 'non inferiore a 3 su 5', result, year: 2024 });
    expect(e.status).toBe(status);
    expect(e.achievement).toBeCloseTo(achievement, 0);
  });
});

describe('several quantities joined by "e": sub-targets, all to be met', () => {
  test.each([
    ['Almeno 3 webinar e 150 partecipanti', [3, 150]],
    ['Almeno 25 progetti finanziati e 10 milioni di euro impegnati', [25, 10_000_000]],
    ['Almeno 5 webinar, 2 convegni e 1 report finale', [5, 2, 1]],
  ])('%s → parts %j', (text, values) => {
    const t = read(text).target;
    expect(t.parts?.map((p) => [p.kind, p.value])).toEqual(values.map((v) => ['at-least', v]));
  });

  const target = 'Almeno 3 webinar e 150 partecipanti';
  const result = 'Realizzati 4 webinar con complessivi 120 partecipanti.';
  test('each part is read from the result by its noun; the achievement is the lowest part by default', () => {
    const e = evaluateIndicator({ target, result, year: 2024 });
    expect([e.status, e.achievement, e.rule]).toEqual(['shortfall', 80, 'parts']);
    expect(e.findings).toContainEqual(expect.objectContaining({ code: 'target-parts', expected: 'min' }));
  });
  test('or the mean, by policy', () =>
    expect(evaluateIndicator({ target, result, year: 2024 }, ScoringPolicySchema.parse({ parts: 'mean' })).achievement).toBe(90));
  test('a single number cannot score two parts: not evaluable, with a finding', () => {
    const e = evaluateIndicator({ target, result: 4, year: 2024 });
    expect(e.status).toBe('not-evaluable');
    expect(e.findings).toContainEqual(expect.objectContaining({ code: 'target-parts', expected: 'unread' }));
  });
});

describe('text left after the value that may change the meaning is a finding, never a silent note', () => {
  test.each([
    ['>= 80% di cui almeno 20 in presenza', 'number'],
    ['Almeno 1 incontro per ciascun territorio', 'per ciascun'],
    ['3 pubblicazioni scientifiche per ricercatore', 'per ricercatore'],
    ['>= 90% su 12 mesi', 'number'],
    ['Adozione di almeno 2 atti di indirizzo entro il 30/09', 'number'],
    ['Conclusione dei procedimenti entro 30 giorni nel 95% dei casi', 'number'],
  ])('%s → target-partly-read (%s)', (text, reason) => {
    const f = read(text).issues.find((i) => i.code === 'target-partly-read');
    expect(f?.params?.reason).toBe(reason);
    expect(f?.severity).toBe('warning');
  });

  test.each([
    "Almeno 3 iniziative di formazione nell'anno 2024",
    'Almeno il 90% delle domande definite entro 60 giorni',
    'Spesa certificata almeno pari al 100% del target N+3',
    '2023>= 0,21 (140)',
  ])('%s → no finding (years, conditions, codes and notes in brackets do not change the quantity)', (text) =>
    expect(codes(text)).not.toContain('target-partly-read'));
});

test.each([
  ['15/05/2024'],
  ['Il portale è stato messo in linea il 15/05/2024.'],
])('Rilascio del nuovo portale ← %s (a delivery date) → met', (result) =>
  expect(evaluateIndicator({ target: 'Rilascio del nuovo portale', result, year: 2024 }).status).toBe('met'));

test('Rilascio del nuovo portale ← "Il portale non è ancora stato messo in linea." → shortfall', () =>
  expect(evaluateIndicator({ target: 'Rilascio del nuovo portale', result: 'Il portale non è ancora stato messo in linea.', year: 2024 }).status).toBe('shortfall'));
