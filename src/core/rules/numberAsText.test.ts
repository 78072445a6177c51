import type { GridCell } from '../layout/grid.types';
import { checkNumbersAsText } from './numberAsText';

const cell = (value: GridCell['value'], format = 'General'): GridCell => ({ value, text: value === null ? '' : String(value), format });
const check = (role: 'target' | 'result' | 'stated', value: GridCell['value']) =>
  checkNumbersAsText({ [role]: { address: 'H5', cell: cell(value) } }).map((f) => [f.code, f.cell, f.params]);

describe('number-as-text', () => {
  test.each([
    ['result', '0,85'], ['result', '1.234'], ['result', ' 12 '], ['result', '85%'], ['result', '-3,5'], ['stated', '57,1%'], ['target', '140'],
  ] as const)('flags the %s cell holding %j as text', (role, text) =>
    expect(check(role, text)).toEqual([['number-as-text', 'H5', { text: text.trim(), role }]]));

  test.each([
    ['result', 0.85], ['result', 'Al 31/12 n. 167 pratiche'], ['result', 'n.d.'], ['target', '>= 90%'], ['target', '90%'], ['target', '2023>= 0,21'], ['result', '31/12/2023'],
  ] as const)('accepts the %s cell holding %j', (role, value) => expect(check(role, value)).toEqual([]));
});
