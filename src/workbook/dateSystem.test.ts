import type { SheetSnapshot } from './port';
import { dateSystemOf, toDates1900 } from './dateSystem';

const sheet = (...cells: Array<{ value: number | string; text: string; format: string }>): SheetSnapshot => ({
  name: 'S',
  origin: { row: 0, col: 0 },
  cells: [cells.map((c) => ({ ...c }))],
  merges: [],
  tables: [],
  hiddenRows: [],
  hiddenCols: [],
});

describe('dateSystemOf', () => {
  test.each([
    [45291, '31/12/2023', '1900'],
    [43829, '31/12/2023', '1904'],
    [43829, '12/31/23', '1904'],
    [45291, '31 dicembre 2023', '1900'],
  ] as const)('a date cell holding %d and showing %s is in the %s system', (value, text, system) => {
    expect(dateSystemOf(sheet({ value, text, format: 'dd/mm/yyyy' }))).toBe(system);
  });

  test('is null without a date cell that shows a year', () => {
    expect(dateSystemOf(sheet({ value: 0.5, text: '12:00', format: 'h:mm' }, { value: 45291, text: '45291', format: 'General' }))).toBeNull();
  });
});

describe('toDates1900', () => {
  test('moves the dates of a 1904 sheet by 1,462 days and leaves times and other numbers alone', () => {
    const s = toDates1900(sheet({ value: 43829, text: '31/12/2023', format: 'dd/mm/yyyy' }, { value: 0.5, text: '12:00', format: 'h:mm' }, { value: 0.21, text: '0,21', format: '0.00' }));
    expect(s.cells[0]?.map((c) => c.value)).toEqual([45291, 0.5, 0.21]);
  });

  test('returns a 1900 sheet as it is', () => {
    const s = sheet({ value: 45291, text: '31/12/2023', format: 'dd/mm/yyyy' });
    expect(toDates1900(s)).toBe(s);
  });
});
