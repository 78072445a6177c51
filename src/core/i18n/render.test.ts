import { explain, renderIssue } from './render';

describe('renderIssue', () => {
  test('says which years a multi-year cell holds when the reference year is missing', () => {
    expect(renderIssue({ code: 'target-year-missing', severity: 'error', cell: 'D14', params: { year: 2023, years: '2022, 2024' } }, 'it'))
      .toBe('D14: Target 2023 non trovato: la cella contiene solo 2022, 2024.');
  });

  test('shows stated and computed achievement with the formula in Italian notation', () => {
    const text = renderIssue({ code: 'stated-mismatch', severity: 'warning', cell: 'F5', params: { stated: 70, computed: 57.142857, formula: '0.12 / 0.21' } }, 'it');
    expect(text).toBe('F5: Raggiungimento dichiarato 70% diverso da quello calcolato 57,1% = 0,12 / 0,21.');
  });

  test('shows the same finding in English notation', () => {
    const text = renderIssue({ code: 'stated-mismatch', severity: 'warning', cell: 'F5', params: { stated: 70, computed: 57.142857, formula: '0.12 / 0.21' } }, 'en');
    expect(text).toBe('F5: Stated achievement 70% differs from the computed 57.1% = 0.12 / 0.21.');
  });
});

describe('explain', () => {
  test('writes 57,1% = 0,12 / 0,21 in Italian', () => expect(explain(57.142857, '0.12 / 0.21', 'it')).toBe('57,1% = 0,12 / 0,21'));
  test('writes dates of a deadline in Italian order, as a test in brackets', () => expect(explain(100, '2023-12-19 <= 2023-12-31', 'it')).toBe('100% (19/12/2023 ≤ 31/12/2023)'));
  test('writes an attained target as a test in brackets, not as an equality', () => expect(explain(100, '97.72 >= 93', 'it')).toBe('100% (97,72 ≥ 93)'));
  test('says when the cap changed what the formula computes', () => {
    expect(explain(120, '167 / 110', 'it', 151.818)).toBe('120% (167 / 110 = 151,8%, ridotto al tetto)');
    expect(explain(120, '167 / 110', 'en', 151.818)).toBe('120% (167 / 110 = 151.8%, capped)');
    expect(explain(100, '95 / 100', 'it', 95)).toBe('100% (95 / 100 = 95%, target raggiunto)');
  });
  test('keeps the mirror rule a computation', () => expect(explain(90, '(2 × 10 − 11) / 10', 'en')).toBe('90% = (2 × 10 − 11) / 10'));
});

describe('renderIssue: host errors', () => {
  test('names the Excel error code without a dangling colon when there is no detail', () =>
    expect(renderIssue({ code: 'host-error', severity: 'error', params: { code: 'InvalidOperationInCellEditMode' } }, 'it'))
      .toBe("Excel ha rifiutato l'operazione (InvalidOperationInCellEditMode). Il foglio non è stato modificato."));
});

describe('renderIssue: cells', () => {
  test('puts the cell first when the finding has one', () =>
    expect(renderIssue({ code: 'missing-result', severity: 'error', cell: 'E9' }, 'en')).toBe('E9: No result.'));
  test('formats the numbers of a ratio mismatch in the language', () =>
    expect(renderIssue({ code: 'ratio-mismatch', severity: 'warning', params: { value: 91.5, numerator: 80, denominator: 99, computed: 80.8081 } }, 'it'))
      .toBe('Il valore 91,5 non corrisponde al rapporto 80/99 (80,81%).'));
});
