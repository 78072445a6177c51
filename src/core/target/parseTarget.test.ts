import { parseTarget } from './parseTarget';

const read = (text: string | number, opts: Partial<Parameters<typeof parseTarget>[1]> = {}) => parseTarget(text, { year: 2023, ...opts });

describe('parseTarget: comparators in every spelling', () => {
  test.each([
    ['>= 0,21', 'at-least', 0.21],
    ['≥ 15', 'at-least', 15],
    ['≥1', 'at-least', 1],
    ['> = 1200', 'at-least', 1200],
    ['=> 5', 'at-least', 5],
    ['> 10%', 'above', 10],
    ['>15', 'above', 15],
    ['<= -8,75', 'at-most', -8.75],
    ['≤ 1', 'at-most', 1],
    ['< 60 gg', 'below', 60],
    ['< =3', 'at-most', 3],
    ['maggiore di 10', 'above', 10],
    ['maggiore o uguale a 80%', 'at-least', 80],
    ['minore di 5', 'below', 5],
    ['almeno 3', 'at-least', 3],
    ['non oltre 30 giorni', 'at-most', 30],
    ['non inferiore al 90%', 'at-least', 90],
    ['at least 12', 'at-least', 12],
    ['no more than 4 days', 'at-most', 4],
    ['pari a 100', 'equal', 100],
    ['= 7', 'equal', 7],
  ])('reads %j as %s %d', (text, kind, value) => {
    const t = read(text).target;
    expect(t.kind).toBe(kind);
    expect(t.value).toBeCloseTo(value, 10);
  });
});

describe('parseTarget: values, percentages and units', () => {
  test.each([
    ['100%', 'at-least', 100, 'percent'],
    ['100,00%', 'at-least', 100, 'percent'],
    ['>= 90,00 %', 'at-least', 90, 'percent'],
    ['2023: >= - 6,00%', 'at-least', -6, 'percent'],
    ['>=90% del personale individuato', 'at-least', 90, 'percent'],
    ['> 1 N.', 'above', 1, 'count'],
    ['N. 5', 'at-least', 5, 'count'],
    ['≥ € 48,46', 'at-least', 48.46, 'euro'],
    ['>= 3.900', 'at-least', 3900, null],
    ['< 75 gg', 'below', 75, 'days'],
    ['<= 2 ore', 'at-most', 2, 'hours'],
  ])('reads %j as %s %d %s', (text, kind, value, unit) => {
    expect(read(text).target).toMatchObject({ kind, value, unit });
  });

  test('reads a bare number cell as at-least', () => expect(read(15).target).toMatchObject({ kind: 'at-least', value: 15 }));
  test('reads a percent-formatted number cell as a percentage', () =>
    expect(read(0.9, { numberFormat: '0%' }).target).toMatchObject({ kind: 'at-least', value: 90, unit: 'percent' }));
  test('reads a date-formatted number cell as a deadline', () =>
    expect(read(45291, { numberFormat: 'dd/mm/yyyy' }).target).toMatchObject({ kind: 'deadline', date: '2023-12-31' }));
});

describe('parseTarget: zero, yes/no, deadlines, deltas, ranges', () => {
  test('reads "zero" as at-most 0', () => expect(read('zero').target).toMatchObject({ kind: 'at-most', value: 0 }));
  test('reads a bare 0 as at-most 0', () => expect(read('0').target).toMatchObject({ kind: 'at-most', value: 0 }));
  test.each([['SI', true], ['Sì', true], ['NO', false], ['On', true], ['Off', false], ['yes', true]])('reads %j as yes-no %s', (text, expected) =>
    expect(read(text).target).toMatchObject({ kind: 'yes-no', expected }));
  test.each([
    ['entro il 31/12/2023', '2023-12-31'],
    ['entro il 31/07/2023', '2023-07-31'],
    ['entro il 30/4', '2023-04-30'],
    ['entro 31/7', '2023-07-31'],
    ['entro 30/7', '2023-07-30'],
    ['entro 31/12', '2023-12-31'],
    ['entro il 31 luglio 2024', '2024-07-31'],
    ['by 31/12/2023', '2023-12-31'],
    ['31/12/2023', '2023-12-31'],
  ])('reads %j as a deadline on %s', (text, date) => expect(read(text).target).toMatchObject({ kind: 'deadline', date, unit: 'date' }));
  test('fills a deadline without a year with the reference year', () => expect(read('entro 31/7', { year: 2024 }).target.date).toBe('2024-07-31'));
  test('rejects a deadline on a date that does not exist', () => {
    const p = read('entro il 31/02/2023');
    expect(p.target.kind).toBe('unknown');
    expect(p.issues.map((i) => i.code)).toContain('invalid-date');
  });
  test('reads "entro 30 gg" as at most 30 days', () => expect(read('entro 30 gg').target).toMatchObject({ kind: 'at-most', value: 30, unit: 'days' }));
  test('reads "+10%" as a delta of 10 points', () => expect(read('+10%').target).toMatchObject({ kind: 'delta', value: 10, unit: 'percent' }));
  test('reads "riduzione del 5%" as a delta of -5', () => expect(read('riduzione del 5%').target).toMatchObject({ kind: 'delta', value: -5 }));
  test('reads "tra 80% e 90%" as a range', () => expect(read('tra 80% e 90%').target).toMatchObject({ kind: 'range', value: 80, high: 90, unit: 'percent' }));
  test('reads "80% - 90%" as a range', () => expect(read('80% - 90%').target).toMatchObject({ kind: 'range', value: 80, high: 90 }));
  test('reads "between 5 and 8" as a range', () => expect(read('between 5 and 8').target).toMatchObject({ kind: 'range', value: 5, high: 8 }));
});

describe('parseTarget: multi-year cells and revisions', () => {
  test('takes the reference year line of a multi-year cell with provenance', () => {
    const t = read('2022>= 0,18 (orientativamente 120 imprese)\n2023>= 0,21 (140)\n2024>=0,23 (150)').target;
    expect(t).toMatchObject({ kind: 'at-least', value: 0.21, notes: ['140'] });
    expect(t.provenance).toEqual({ line: 1, lineText: '2023>= 0,21 (140)', token: '>= 0,21' });
  });
  test('takes another year when asked', () => expect(read('2023: >= 1\n2024: >= 1,5', { year: 2024 }).target.value).toBe(1.5));
  test('applies "ridefinito in" after a second value on the year line', () => {
    const p = read('2022>=14%\n2023>=15%  20% (ridefinito in 27% in sede di monitoraggio 2023)\n2024>=16% 23%');
    expect(p.target).toMatchObject({ kind: 'at-least', value: 27, unit: 'percent' });
    expect(p.target.revisions).toEqual([
      { from: '>= 15%', to: '20%', via: 'second value' },
      { from: '>= 20%', to: '27%', via: 'ridefinito in' },
    ]);
    expect(p.issues.map((i) => i.code)).toContain('target-revised');
  });
  test('lets a second value inherit the unit of the first ("6% 8" is 8%)', () => expect(read('2023>=6% 8').target).toMatchObject({ value: 8, unit: 'percent' }));
  test.each([
    ['2023>= 65% 64%', 64],
    ['2023>= 3.900 4000', 4000],
    ['2023>=84 120', 120],
    ['2023>= 150 270', 270],
  ])('reads the second value of %j as the revised target %d', (text, value) => expect(read(text).target.value).toBe(value));
  test('applies a revision written on a later line naming the year', () => {
    const p = read('2022: >= 14%\n2023: >= 14%\n2024:>=16,72% 14%\nPer il 2023 modificato nel monitoraggio in >= 7,94%');
    expect(p.target).toMatchObject({ kind: 'at-least', value: 7.94, unit: 'percent' });
    expect(p.target.provenance?.line).toBe(3);
  });
  test('takes the last of two unlabelled target lines and warns', () => {
    const p = read('>60%\n>25%');
    expect(p.target).toMatchObject({ kind: 'above', value: 25 });
    expect(p.issues).toContainEqual(expect.objectContaining({ code: 'target-revised', severity: 'warning' }));
  });
  test('keeps the target when a revision is only being considered, and warns', () => {
    const p = read('>= 60,00 %\nin sede di monitoraggio\nsi valuterà se fattibile\ninnalzamento a 70%');
    expect(p.target).toMatchObject({ kind: 'at-least', value: 60 });
    expect(p.issues.map((i) => i.code)).toContain('target-ambiguous-revision');
  });
  test('says which years the cell holds when the reference year is missing', () => {
    const p = read('2024: 90%', { cell: 'D14' });
    expect(p.target.kind).toBe('unknown');
    expect(p.issues[0]).toMatchObject({ code: 'target-year-missing', cell: 'D14', params: { year: 2023, years: '2024' } });
  });
  test('reads "2023: 100%"', () => expect(read('2023: 100%').target).toMatchObject({ kind: 'at-least', value: 100 }));
  test('ignores a note line that holds years only', () =>
    expect(read('2022>= 5\n2023>=6% 8\n2024>=7% 9\nIl target per il 2023 e 2024 è stato aggiornato sulla base dei risultati relativi al 2022').target.value).toBe(8));
  test('keeps parenthesised text as a note, not a value', () =>
    expect(read('>= 142 (livello prepandemia)').target).toMatchObject({ value: 142, notes: ['livello prepandemia'] }));
});

describe('parseTarget: what cannot be evaluated', () => {
  test('flags a reference the sheet cannot resolve', () => {
    const p = read('2022: ≤ 0\n2023: ≤ dato medio nazionale', { cell: 'D14' });
    expect(p.target).toMatchObject({ kind: 'at-most', value: null, reference: 'dato medio nazionale' });
    expect(p.issues[0]).toMatchObject({ code: 'target-reference-unresolved', severity: 'error', cell: 'D14' });
  });
  test('resolves "≥ anno precedente" to the baseline when one is given', () =>
    expect(read('>= anno precedente', { baseline: 42 }).target).toMatchObject({ kind: 'at-least', value: 42 }));
  test('reads a withdrawn target as withdrawn', () => {
    const p = read('cassato in sede di\nmonitoraggio (refuso)');
    expect(p.target.kind).toBe('unknown');
    expect(p.issues[0]).toMatchObject({ code: 'withdrawn', severity: 'info' });
  });
  test('gives an unrecognised-target error for prose', () => {
    const p = read('da definire con la Giunta', { cell: 'E7' });
    expect(p.target.kind).toBe('unknown');
    expect(p.issues[0]).toMatchObject({ code: 'unrecognized-target', cell: 'E7' });
  });
  test('gives a missing-target error for an empty cell', () => expect(read('  ').issues[0]?.code).toBe('missing-target'));
  test('warns about a lone 0.18 in an Italian sheet', () => {
    const p = read('>= 0.18');
    expect(p.target.value).toBe(0.18);
    expect(p.issues.map((i) => i.code)).toContain('ambiguous-number');
  });
  test('reads English notation when told', () => expect(read('>= 1,234.5', { locale: 'en' }).target.value).toBe(1234.5));
});

describe('parseTarget: direction of a bare value', () => {
  test('reads a bare time in days as at-most, saying the direction was inferred', () => {
    const p = read('30 gg');
    expect(p.target).toMatchObject({ kind: 'at-most', value: 30, directionInferred: true });
    expect(p.issues[0]).toMatchObject({ code: 'direction-inferred', severity: 'info' });
  });
  test('reads a bare value as at-most when the algorithm measures a delay', () =>
    expect(read('15', { algorithm: 'Tempo medio di evasione delle pratiche' }).target).toMatchObject({ kind: 'at-most', directionInferred: true }));
  test('keeps a bare percentage as at-least even when the algorithm mentions days', () =>
    expect(read('90%', { algorithm: 'Percentuale pratiche evase nel termine di 5 gg' }).target.kind).toBe('at-least'));
});

describe('parseTarget: forms from other institutions\' sheets', () => {
  test.each([
    ['Target: >= 80%', 'at-least', 80, null],
    ['tra il 10 e il 20%', 'range', 10, 20],
    ['dal 80% al 90%', 'range', 80, 90],
    ['10-20%', 'range', 10, 20],
    ['≥ 1,5 mln €', 'at-least', 1_500_000, null],
    ['>= 2 mila', 'at-least', 2000, null],
    ['Zero casi', 'at-most', 0, null],
    ['max 5 giorni', 'at-most', 5, null],
  ])('reads %j as %s %d', (text, kind, value, high) => expect(read(text).target).toMatchObject({ kind, value, high }));
  test.each([
    ['<= 30/06/2023', '2023-06-30'],
    ['by March 15, 2024', '2024-03-15'],
    ['Realizzazione entro il 30/06/2023', '2023-06-30'],
    ['SI entro il 30/06/2023', '2023-06-30'],
  ])('reads %j as a deadline on %s', (text, date) => expect(read(text).target).toMatchObject({ kind: 'deadline', date }));
  test('keeps the words before a deadline as a note', () => expect(read('Approvazione documento entro 31/12').target.notes).toEqual(['Approvazione documento']));
  test('reads "mantenimento" as at least the previous value, resolved from the baseline', () =>
    expect(read('mantenimento', { baseline: 12 }).target).toMatchObject({ kind: 'at-least', value: 12 }));
  test('reads "n.a." as no target, with a warning', () => expect(read('n.a.').issues[0]).toMatchObject({ code: 'missing-target', severity: 'warning' }));
  test('does not read a range "10-20" as the date 10/20', () => expect(read('10-20').issues.map((i) => i.code)).not.toContain('invalid-date'));
});

describe('parseTarget: comparators with articles and prepositions', () => {
  test.each([
    ['pari o superiore al 90%', 'at-least', 90],
    ['non superiore ai 30 giorni', 'at-most', 30],
    ["superiore all'80%", 'above', 80],
    ['non meno del 90%', 'at-least', 90],
    ['uguale o inferiore a 10', 'at-most', 10],
    ['non più di 5 reclami', 'at-most', 5],
    ['greater than or equal to 85%', 'at-least', 85],
  ])('reads %j as %s %d', (text, kind, value) => expect(read(text).target).toMatchObject({ kind, value }));
});
