import { gridFromRows } from '../layout/_lib/gridFromRows';
import type { ColumnMapping } from '../layout/mapping';
import { checkResultYear } from './resultYearMismatch';

const mapping = (headerRow: number, year = 2023): ColumnMapping =>
  ({ version: 1, sheet: 'S', headerRow, firstDataRow: headerRow + 1, lastDataRow: headerRow + 1, columns: { indicator: 'A', target: 'B', result: 'C' }, year });

describe('result-year-mismatch', () => {
  test.each([
    ['Risultato 2022', 'C1', 2022],
    ['Consuntivo al 31/12/2022', 'C1', 2022],
    ['Valore rilevato anno 2021', 'C1', 2021],
  ])('flags the result header %j for a 2023 sheet', (header, cell, found) =>
    expect(checkResultYear(gridFromRows([['Indicatore', 'Target 2023', header], ['x', '>= 1', 2]]), mapping(1)).map((f) => [f.code, f.cell, f.params]))
      .toEqual([['result-year-mismatch', cell, { header, found, year: 2023 }]]));

  test('reads the year of a two-row header from the group cell above', () =>
    expect(checkResultYear(gridFromRows([['', '', 'CONSUNTIVO 2022'], ['Indicatore', 'Target', 'Valore'], ['x', '>= 1', 2]]), mapping(2)).map((f) => f.cell)).toEqual(['C1']));

  test.each([['Risultato 2023'], ['Risultato'], ['Risultato 2023 (2022: 45)'], ['Valore al 31/12/2023']])('accepts the result header %j', (header) =>
    expect(checkResultYear(gridFromRows([['Indicatore', 'Target', header], ['x', '>= 1', 2]]), mapping(1))).toEqual([]));
});
