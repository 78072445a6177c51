import { gridFromRows } from './_lib/gridFromRows';
import { applyOverrides } from './applyOverrides';
import { indicatorRows } from './indicatorRows';
import { withHeaderRow } from './withHeaderRow';

const grid = gridFromRows([
  ['Scheda obiettivi 2023'],
  [],
  ['Cosa', 'Quanto', 'Fatto'],
  ['Pratiche evase', '>= 90%', '95%'],
  ['Eventi', '>= 10', '7'],
  [],
]);

describe('withHeaderRow', () => {
  test('builds a mapping with no roles from the chosen header row, data down to the last non-empty row', () =>
    expect(withHeaderRow(grid, null, { sheet: 'S', headerRow: 3, year: 2023 })).toMatchObject({ headerRow: 3, firstDataRow: 4, lastDataRow: 5, columns: {} }));
  test('lets the user map every role by hand when detection found no header', () => {
    const base = withHeaderRow(grid, null, { sheet: 'S', headerRow: 3, year: 2023 });
    const m = applyOverrides(base!, { indicator: 'A', target: 'B', result: 'C' });
    expect(m.ok).toBe(true);
    if (m.ok) expect(indicatorRows(grid, m.value).map((r) => r.row)).toEqual([4, 5]);
  });
  test('keeps the columns of a detected mapping', () => {
    const base = withHeaderRow(grid, null, { sheet: 'S', headerRow: 3, year: 2023 });
    const m = applyOverrides(base!, { target: 'B' });
    expect(m.ok && withHeaderRow(grid, m.value, { sheet: 'S', headerRow: 1, year: 2023 })?.columns).toEqual({ target: 'B' });
  });
  test.each([0, 6, 99, 2.5])('rejects header row %d outside the sheet', (row) => expect(withHeaderRow(grid, null, { sheet: 'S', headerRow: row, year: 2023 })).toBeNull());
});
