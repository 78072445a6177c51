import { detectLayout, indicatorSheetScore } from './detectLayout';
import { gridFromRows } from './_lib/gridFromRows';
import { seed } from './_fixtures/seedRows';
import {
  budgetSheet,
  englishSheet,
  groupedSheet,
  hiddenColumnSheet,
  mergedObjectiveSheet,
  plainSheet,
  sectionSheet,
  tableSheet,
  titledSheet,
  yearColumnsSheet,
} from './_fixtures/sheets';

const today = new Date(2024, 4, 15);
const detect = (grid: Parameters<typeof detectLayout>[0], year?: number) =>
  detectLayout(grid, year === undefined ? { sheet: 'Foglio1', today } : { sheet: 'Foglio1', today, year });

describe('detectLayout', () => {
  test('maps a plain one-row header on row 1', () => {
    const d = detect(plainSheet());
    expect(d.headerRows).toEqual([1]);
    expect(d.mapping).toEqual({
      version: 1,
      sheet: 'Foglio1',
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 7,
      columns: { code: 'A', indicator: 'B', algorithm: 'C', target: 'D', result: 'E', stated: 'F' },
      year: 2023,
    });
    expect(d.issues).toEqual([]);
  });

  test('skips three title rows and a blank row to the header on row 5', () => {
    const d = detect(titledSheet());
    expect(d.headerRows).toEqual([5]);
    expect(d.mapping).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 11 });
    expect(d.mapping?.columns).toEqual({ objective: 'A', indicator: 'B', algorithm: 'C', target: 'D', result: 'E', stated: 'F' });
  });

  test('reads "Risultato atteso" as the target and "Percentuale di raggiungimento" as stated, and gives "Valutazione OIV" no role', () => {
    const d = detect(titledSheet());
    expect(d.guesses.find((g) => g.role === 'target')).toEqual({
      role: 'target',
      column: 'D',
      confidence: 1,
      reason: "header 'Risultato atteso'",
      evidence: { source: 'header', header: 'Risultato atteso', phrase: 'risultato atteso' },
    });
    expect(d.guesses.find((g) => g.role === 'result')?.reason).toBe("header 'Valore rilevato'");
    expect(d.guesses.map((g) => g.column)).not.toContain('G');
  });

  test('reads a two-row grouped header with merged group cells as one header', () => {
    const d = detect(groupedSheet());
    expect(d.headerRows).toEqual([1, 2]);
    expect(d.mapping).toMatchObject({ headerRow: 2, firstDataRow: 3, lastDataRow: 4 });
    expect(d.mapping?.columns).toEqual({
      objective: 'A',
      indicator: 'B',
      algorithm: 'C',
      target: 'D',
      result: 'E',
      stated: 'F',
      notes: 'G',
    });
    expect(d.guesses.find((g) => g.role === 'result')?.reason).toBe("header 'CONSUNTIVO / Valore'");
  });

  test('finds the header of an Excel table starting at D5 below a title', () => {
    const d = detect(tableSheet());
    expect(d.headerRows).toEqual([5]);
    expect(d.mapping).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 8 });
    expect(d.mapping?.columns).toEqual({ indicator: 'D', target: 'E', result: 'F', stated: 'G', unit: 'H' });
  });

  test('addresses columns on the sheet when the grid starts at D5', () => {
    const grid = gridFromRows(
      [
        ['Indicatore', 'Target', 'Risultato'],
        [seed('C01-1').indicator, seed('C01-1').target_raw, seed('C01-1').result_raw],
      ],
      { origin: 'D5', tables: [{ name: 'T1', ref: 'D5:F6' }] },
    );
    expect(detect(grid).mapping).toMatchObject({
      headerRow: 5,
      firstDataRow: 6,
      lastDataRow: 6,
      columns: { indicator: 'D', target: 'E', result: 'F' },
    });
  });

  test('maps English headers', () => {
    const d = detect(englishSheet());
    expect(d.mapping?.columns).toEqual({
      objective: 'A',
      indicator: 'B',
      algorithm: 'C',
      target: 'D',
      result: 'E',
      stated: 'F',
      weight: 'G',
      unit: 'H',
      notes: 'I',
    });
    expect(d.mapping?.year).toBe(2023);
    expect(d.yearSource).toBe('header');
  });

  test('with year 2023 takes "Target 2023" and "Consuntivo 2023"', () => {
    const d = detect(yearColumnsSheet(), 2023);
    expect(d.mapping?.columns).toEqual({ indicator: 'A', target: 'C', result: 'E' });
    expect(d.yearSource).toBe('option');
    expect(d.issues).toEqual([]);
  });

  test('without a year reads 2023 from "Consuntivo 2023"', () => {
    const d = detect(yearColumnsSheet());
    expect(d.mapping).toMatchObject({ year: 2023, columns: { target: 'C', result: 'E' } });
    expect(d.yearSource).toBe('header');
  });

  test('with year 2024 takes "Target 2024", reads "Consuntivo 2023" as the baseline and reports the result column is for 2023', () => {
    const d = detect(yearColumnsSheet(), 2024);
    expect(d.mapping?.columns).toEqual({ indicator: 'A', target: 'D', baseline: 'E' });
    expect(d.issues).toEqual([
      {
        code: 'result-year-mismatch',
        severity: 'warning',
        cell: 'E1',
        expected: '2024',
        received: 'Consuntivo 2023',
        params: { header: 'Consuntivo 2023', found: 2023, year: 2024 },
      },
    ]);
  });

  test('with year 2025 maps no target and reports the year columns it saw', () => {
    const d = detect(yearColumnsSheet(), 2025);
    expect(d.mapping?.columns.target).toBeUndefined();
    expect(d.issues[0]).toMatchObject({ code: 'year-column-missing', cell: 'B1', received: 'Target 2022, Target 2023, Target 2024' });
  });

  test('reads the year the target cells name when the headers name none', () => {
    const d = detectLayout(plainSheet(), { sheet: 'S', today: new Date(2026, 0, 10) });
    expect(d.mapping?.year).toBe(2023);
    expect(d).toMatchObject({ yearSource: 'content', yearEvidence: 'targets' });
  });

  test('defaults the year to the previous calendar year when neither headers nor content name one', () => {
    const g = gridFromRows([['Indicatore', 'Target', 'Risultato'], ['Pratiche evase', '>= 0,21', '0,12'], ['Eventi', '>= 10', '12']]);
    const d = detectLayout(g, { sheet: 'S', today: new Date(2026, 0, 10) });
    expect(d.mapping?.year).toBe(2025);
    expect(d.yearSource).toBe('default');
  });

  test('maps a merged objective column and the indicators under it', () => {
    expect(detect(mergedObjectiveSheet()).mapping?.columns).toEqual({ objective: 'A', indicator: 'B', target: 'C', result: 'D' });
  });

  test('keeps section rows inside the data range', () => {
    expect(detect(sectionSheet()).mapping).toMatchObject({ headerRow: 1, firstDataRow: 2, lastDataRow: 7 });
  });

  test('ignores a hidden column holding an old target', () => {
    const d = detect(hiddenColumnSheet());
    expect(d.mapping?.columns).toEqual({ code: 'A', indicator: 'B', target: 'D', result: 'E' });
  });

  test('finds no header in a budget table', () => {
    const d = detect(budgetSheet());
    expect(d.mapping).toBeNull();
    expect(d.guesses).toEqual([]);
    expect(d.issues).toEqual([
      {
        code: 'no-header-row',
        severity: 'error',
        expected: 'indicator + target, or target + result',
        received: 'result',
        params: { sheet: 'Foglio1' },
      },
    ]);
  });

  test('finds no header on an empty sheet', () => {
    expect(detect(gridFromRows([])).issues.map((i) => i.code)).toEqual(['no-header-row']);
  });

  test('guesses a result column from its numbers under an unknown header, with low confidence', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target', 'Esito'],
      [seed('A01.01-1').indicator, seed('A01.01-1').target_2023_raw, 167],
      [seed('A01.01-2').indicator, seed('A01.01-2').target_2023_raw, 29],
      [seed('A01.01-3').indicator, seed('A01.01-3').target_2023_raw, 680],
    ]);
    const d = detect(grid);
    expect(d.guesses.find((g) => g.role === 'result')).toEqual({
      role: 'result',
      column: 'C',
      confidence: 0.35,
      reason: 'content: 3/3 cells hold numbers or dates',
      evidence: { source: 'content', matched: 3, of: 3 },
    });
    expect(d.issues).toContainEqual({
      code: 'role-low-confidence',
      severity: 'warning',
      cell: 'C1',
      received: 'content: 3/3 cells hold numbers or dates',
      params: { role: 'result', column: 'C', confidence: 0.35 },
    });
  });

  test('needs a target header: target-like cells under an empty header make no header row', () => {
    const grid = gridFromRows([
      ['Indicatore', null, 'Risultato', 'Note'],
      [seed('A03.01-1').indicator, '>=10', '7', ''],
      [seed('B05.01-1').indicator, 'entro il 31/12/2023', '15/12/2023', ''],
      [seed('D01.02-1').indicator, '< 60 gg', '41 gg', ''],
    ]);
    const d = detect(grid);
    expect(d.mapping).toBeNull();
    expect(d.issues[0]?.code).toBe('no-header-row');
  });

  test('reads a two-row header without merges: "Target" over the years 2022 | 2023 | 2024', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target', null, null, 'Consuntivo'],
      [null, 2022, 2023, 2024, 2023],
      [seed('A01-1').indicator, '>= 0,18', '>= 0,21', '>= 0,23', '0,12'],
    ]);
    const d = detect(grid);
    expect(d.headerRows).toEqual([1, 2]);
    expect(d.mapping).toMatchObject({ year: 2023, firstDataRow: 3, columns: { indicator: 'A', target: 'C', result: 'E' } });
  });

  test('reads "Numeratore | Denominatore | Valore" under a merged "CONSUNTIVO"', () => {
    const grid = gridFromRows(
      [
        ['Indicatore', 'Target', 'CONSUNTIVO', null, null],
        [null, null, 'Numeratore', 'Denominatore', 'Valore'],
        [seed('A02-1').indicator, '>= 27%', 18307, 64095, '28,56%'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1'] },
    );
    expect(detect(grid).mapping?.columns).toEqual({ indicator: 'A', target: 'B', result: 'E', numerator: 'C', denominator: 'D' });
  });

  test('reads the result of the year before as the baseline', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Risultato 2022', 'Target 2023', 'Risultato 2023'],
      [seed('A01-1').indicator, '0,16', '>= 0,21', '0,12'],
    ]);
    expect(detect(grid).guesses).toContainEqual({
      role: 'baseline',
      column: 'B',
      confidence: 0.85,
      reason: "header 'Risultato 2022' (year before 2023)",
      evidence: { source: 'header', header: 'Risultato 2022', phrase: 'risultato' },
    });
  });

  test('prefers a revised target column to the original one', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target 2023', 'Target rimodulato 2023', 'Risultato 2023'],
      [seed('A02-1').indicator, '>= 20%', '>= 27%', '28,56%'],
    ]);
    expect(detect(grid).mapping?.columns.target).toBe('C');
  });

  test('reads "Goal" as the objective when a "Target" column is there', () => {
    const d = detect(
      gridFromRows([
        ['Goal', 'KPI', 'Target', 'Actual'],
        ['Digital transition', 'Assessments', '>= 110', 167],
      ]),
    );
    expect(d.mapping?.columns).toEqual({ objective: 'A', indicator: 'B', target: 'C', result: 'D' });
    expect(d.issues).toContainEqual(
      expect.objectContaining({ code: 'role-low-confidence', cell: 'A1', params: { role: 'objective', column: 'A', confidence: 0.48 } }),
    );
  });

  test('finds a header below eleven rows of preamble', () => {
    const grid = gridFromRows([
      ['Camera di commercio'],
      ['Piano della performance'],
      [],
      ['Nota: valori al 31/12'],
      ['Legenda: OC = obiettivo comune'],
      [],
      [],
      [],
      [],
      [],
      [],
      ['Ambito', 'Obiettivo', 'Indicatore', 'Target', 'Consuntivo'],
      ['1', 'A01', seed('A01-1').indicator, seed('A01-1').target_raw, '0,12'],
    ]);
    expect(detect(grid).mapping).toMatchObject({
      headerRow: 12,
      firstDataRow: 13,
      columns: { objective: 'B', indicator: 'C', target: 'D', result: 'E' },
    });
  });

  test('reports a missing result column', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target'],
      [seed('C01-1').indicator, seed('C01-1').target_raw],
    ]);
    expect(detect(grid).issues).toEqual([{ code: 'role-missing', severity: 'warning', params: { role: 'result' } }]);
  });
});

describe('indicatorSheetScore', () => {
  test.each([
    ['a plain sheet', plainSheet],
    ['a titled sheet', titledSheet],
    ['a grouped header', groupedSheet],
    ['an Excel table', tableSheet],
  ])('scores %s at 0.7 or more', (_name, make) => {
    expect(indicatorSheetScore(make())).toBeGreaterThanOrEqual(0.7);
  });

  test('scores a budget table below 0.2', () => {
    expect(indicatorSheetScore(budgetSheet())).toBeLessThan(0.2);
  });

  test('scores an empty sheet 0', () => {
    expect(indicatorSheetScore(gridFromRows([]))).toBe(0);
  });
});
