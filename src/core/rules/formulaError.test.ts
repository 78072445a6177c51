import type { GridCell } from '../layout/grid.types';
import { checkFormulaErrors, EXCEL_ERRORS, excelError } from './formulaError';

const cell = (value: GridCell['value'], text = value === null ? '' : String(value)): GridCell => ({ value, text, format: 'General' });

describe('formula-error', () => {
  test.each(EXCEL_ERRORS.map((e) => [e]))('reads %s in a cell as an Excel error', (e) => expect(excelError(cell(e))).toBe(e));
  test('reads an error object as ExcelJS gives it', () => expect(excelError({ value: { error: '#N/A' } as unknown as string, text: '', format: 'General' })).toBe('#N/A'));
  test('reads an error shown as text over an empty value', () => expect(excelError(cell(null, '#VALUE!'))).toBe('#VALUE!'));
  test.each([['# di pratiche'], ['#1'], [0], ['n.d.'], [null]])('does not read %j as an error', (v) => expect(excelError(cell(v))).toBeNull());

  test('flags each input cell of a row that holds an error, and no descriptive cell', () =>
    expect(checkFormulaErrors({
      indicator: { address: 'C5', cell: cell('#REF!') },
      target: { address: 'F5', cell: cell('>= 90%') },
      result: { address: 'H5', cell: cell('#DIV/0!') },
      weight: { address: 'E5', cell: cell('#NAME?') },
    }).map((f) => [f.code, f.cell, f.params])).toEqual([
      ['formula-error', 'H5', { error: '#DIV/0!', role: 'result' }],
      ['formula-error', 'E5', { error: '#NAME?', role: 'weight' }],
    ]));
});
