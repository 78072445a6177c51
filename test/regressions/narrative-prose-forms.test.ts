import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { parseResult } from '../../src/core/result/parseResult';
import { parseTarget } from '../../src/core/target/parseTarget';

/** Issue 13: prose a controller reads at once (not seed strings: the same forms in other words). */
const read = (target: string, result: string, context = ''): number | null =>
  parseResult(result, { target: parseTarget(target, { year: 2024 }).target, year: 2024, context }).result.value;

describe('results in prose', () => {
  test.each([
    ['>= 5%', 'Indice di tempestività: dato 2023 -3,10, media regionale 4,2. Dato 2024: 1,80.', '', 1.8],
    ['100%', 'Al 31/12/2024 le segnalazioni pervenute (Nord: 12, Sud: 8) sono state tutte evase.', '', 100],
    ['>= 90%', 'I decreti emessi nel 2024 sono stati 240, tutti pubblicati entro 10 giorni.', '', 100],
    ['>= 10', 'Sono stati organizzati 14 seminari; partecipanti complessivi 412 e 9 comunicati stampa.', 'N. seminari organizzati', 14],
    ['>= 20', 'Risposte: 25 quesiti (su 25) evasi entro 3 gg dalla richiesta.', 'N. quesiti evasi entro 3 giorni', 25],
    ['< 30 gg', 'Al 31 dicembre: 22 gg (fornitori) e 27 gg (professionisti).', 'Tempo medio di pagamento professionisti', 27],
    ['>= 1', 'Il rapporto rispetto al 2023 è 1,12.', 'Rapporto tra valore anno corrente e anno precedente', 1.12],
    ['>= 2', 'Sono stati realizzati tre interventi:\n1. corso di aggiornamento con 4 moduli\n2. giornata di studio\n3. webinar con n. 60 iscritti', 'N. iniziative formative', 3],
  ])('%s ← %j', (target, result, context, expected) => expect(read(target, result, context)).toBeCloseTo(expected, 5));

  test.each([
    ['>= 80%', 'Non tutte le pratiche sono state evase: 70% entro i termini, 85% entro 60 giorni.'],
    ['>= 10', 'Realizzati 12 incontri e 15 webinar.'],
  ])('still abstains: %s ← %j', (target, result) => expect(read(target, result, 'Attività di promozione')).toBeNull());
});

describe('a stated change is the change', () => {
  test('"Differenza: 3,90%" against "+10%" scores 39% even when the baseline column holds 90,84', () => {
    const e = evaluateIndicator({ target: '+10%', result: 'Tasso di evasione nei termini: 94,74%\nTasso di evasione nei termini 2023: 90,84%\nDifferenza: 3,90%', baseline: 90.84, year: 2024, indicator: 'Tasso di evasione nei termini' });
    expect(e.achievement).toBeCloseTo(39, 0);
  });
  test('a level read from prose against a relative change needs the base: not evaluable without it', () => {
    const e = evaluateIndicator({ target: "Incremento del 10% rispetto all'anno precedente", result: 'Imprese assistite nel 2024: 1.188.', year: 2024, indicator: 'Imprese assistite' });
    expect(e.status).toBe('not-evaluable');
    expect(e.findings.map((f) => f.code)).toContain('baseline-missing');
    expect(evaluateIndicator({ target: "Incremento del 10% rispetto all'anno precedente", result: 'Imprese assistite nel 2024: 1.188.', baseline: 1000, year: 2024, indicator: 'Imprese assistite' }).status).toBe('met');
  });
});
