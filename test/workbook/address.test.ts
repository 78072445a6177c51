import fc from 'fast-check';
import { MAX_COL, MAX_ROW, excelAreaAddress, parseAddressList, parseArea, parseAreas, parseCell, quoteSheet, sameSheet, type AreaRef } from '../../src/workbook/address';
import { columnLetter } from '../../src/core/layout/grid.types';

const area = fc
  .record({ r1: fc.integer({ min: 1, max: MAX_ROW }), r2: fc.integer({ min: 1, max: MAX_ROW }), c1: fc.integer({ min: 0, max: MAX_COL }), c2: fc.integer({ min: 0, max: MAX_COL }) })
  .map(({ r1, r2, c1, c2 }): AreaRef => ({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) }));
const rows = fc.tuple(fc.integer({ min: 1, max: MAX_ROW }), fc.integer({ min: 1, max: MAX_ROW })).map(([a, b]): AreaRef => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COL }));
const cols = fc.tuple(fc.integer({ min: 0, max: MAX_COL }), fc.integer({ min: 0, max: MAX_COL })).map(([a, b]): AreaRef => ({ top: 1, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) }));
/** Sheet names Excel allows: 1–31 characters, none of : \ / ? * [ ], not starting or ending with a quote. */
const sheetName = fc
  .string({ minLength: 1, maxLength: 31, unit: fc.constantFrom('a', 'Z', ' ', "'", ',', ';', '!', '1', 'è', '(', '-', '.') })
  .filter((s) => !s.startsWith("'") && !s.endsWith("'") && s.trim() === s && s !== '');
const dollars = (address: string, on: boolean): string => (on ? address.replace(/([A-Z]+|\d+)/g, '$$$1') : address);

describe('Excel addresses', () => {
  test('every area Excel can print parses back, with or without its sheet, quoted or absolute', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.oneof(area, rows, cols), sheet: fc.option(sheetName), abs: fc.boolean() }), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map((p) => `${p.sheet === null ? '' : `${quoteSheet(p.sheet)}!`}${dollars(excelAreaAddress(p.a), p.abs)}`).join(',');
        expect(parseAddressList(text)).toEqual(parts.map((p) => ({ sheet: p.sheet, area: p.a })));
        expect(parseAreas(text)).toEqual(parts.map((p) => p.a));
      }),
    );
  });

  test('quoted names always parse back, quotes doubled inside', () => {
    fc.assert(
      fc.property(sheetName, area, (name, a) => {
        const quoted = `'${name.replace(/'/g, "''")}'!${excelAreaAddress(a)}`;
        expect(parseAddressList(quoted)).toEqual([{ sheet: name, area: a }]);
      }),
    );
  });

  test('reads the unbounded areas that getSpecialCellsOrNullObject("Visible") returns', () => {
    expect(parseAreas('Sheet1!1:4,Sheet1!6:1048576')).toEqual([
      { top: 1, left: 0, bottom: 4, right: MAX_COL },
      { top: 6, left: 0, bottom: MAX_ROW, right: MAX_COL },
    ]);
    expect(parseAreas('A:B,D:XFD')).toEqual([
      { top: 1, left: 0, bottom: MAX_ROW, right: 1 },
      { top: 1, left: 3, bottom: MAX_ROW, right: MAX_COL },
    ]);
    expect(parseAreas("'Obiettivi 2023'!A1:F1,'Obiettivi 2023'!$A$4:$A$5")).toEqual([
      { top: 1, left: 0, bottom: 1, right: 5 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ]);
    expect(parseAddressList("'Dell''ente, 2023'!B2")).toEqual([{ sheet: "Dell'ente, 2023", area: { top: 2, left: 1, bottom: 2, right: 1 } }]);
  });

  test('cells: sheet prefix and $ dropped; beyond the grid or not a reference is null', () => {
    expect(parseCell('Foglio1!$D$14')).toEqual({ row: 14, col: 3 });
    expect(parseCell('d14')).toEqual({ row: 14, col: 3 });
    expect(parseCell('D1:D2')).toBeNull();
    expect(parseCell(`${columnLetter(MAX_COL + 1)}1`)).toBeNull();
    expect(parseCell(`A${MAX_ROW + 1}`)).toBeNull();
    expect(parseArea('A1:B2,C3')).toBeNull();
    expect(parseAreas('A1,nonsense')).toEqual([]);
    expect(parseAreas("'unterminated!A1")).toEqual([]);
  });

  test('sheet names compare case-insensitively, as in Excel', () => {
    expect(sameSheet('Obiettivi', 'OBIETTIVI')).toBe(true);
    expect(sameSheet('Città', 'CITTÀ')).toBe(true);
    expect(sameSheet('A', 'B')).toBe(false);
  });
});
