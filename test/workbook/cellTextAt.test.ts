/**
 * The "written" values the pane quotes (the explanation card's target and result as written, the stated achievement
 * in the exports) read in the pane's language, whatever notation the file or Excel used for the cell's text.
 */
import type { GridCell } from '../../src/core/layout/grid.types';
import { cellTextAt } from '../../src/workbook/cellText';
import type { SheetSnapshot } from '../../src/workbook/port';

const cell = (value: GridCell['value'], text: string, format = 'General'): GridCell => ({ value, text, format }) as GridCell;
const snapshot: SheetSnapshot = {
  name: 'Obiettivi 2023',
  origin: { row: 3, col: 0 },
  cells: [[cell('Pratiche evase', 'Pratiche evase'), cell(0.12, '0.12'), cell(0.2856, '28.56%', '0.00%'), cell('>= 0,21', '>= 0,21'), cell(null, '')]],
  merges: [],
  tables: [],
  hiddenRows: [],
  hiddenCols: [],
};

test.each([
  ['B4', 'it', '0,12'],
  ['B4', 'en', '0.12'],
  ['C4', 'it', '28,56%'],
  ['C4', 'en', '28.56%'],
  ['D4', 'it', '>= 0,21'],
])('%s in %s reads %j', (address, lang, expected) => {
  expect(cellTextAt(snapshot, address, lang as 'it' | 'en')).toBe(expected);
});

test('an empty cell, a cell outside the grid and no snapshot give null', () => {
  expect(cellTextAt(snapshot, 'E4', 'it')).toBeNull();
  expect(cellTextAt(snapshot, 'Z99', 'it')).toBeNull();
  expect(cellTextAt(null, 'B4', 'it')).toBeNull();
});
