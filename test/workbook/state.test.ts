import { decodeState, encodeState, recordsOf, type WorkbookState } from '../../src/workbook/state';

const sheet = (originals: Record<string, unknown>) => ({
  output: { column: 'G', rows: [3, 4], originals },
  highlights: [],
  notes: [{ address: 'D4', original: 'Nota' }],
  findingsSheet: null,
  counts: { values: 1, highlights: 0, notes: 1 },
});
const stateOf = (s: unknown): WorkbookState => ({ format: 'traguardo', version: 1, settings: null, sheets: { Obiettivi: s } }) as WorkbookState;

describe('the stored record is typed, not a map of unknowns', () => {
  test.each([
    ['Office: formula and number format', { 3: { formula: '=A1', format: '0.0%' } }],
    ['files: ExcelJS value and style, with package records', { 3: { value: { $date: '2023-12-31T00:00:00.000Z' }, style: { numFmt: '0%' }, xml: '<c r="G3"/>', xf: 0 }, '~patch': { xfs: [{ sig: 'x', hint: 0 }] } }],
  ])('%s round-trips', (_what, originals) => {
    const state = stateOf(sheet(originals));
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  test('a record of another shape is not taken for one', () => {
    expect(decodeState(encodeState(stateOf(sheet({ 3: { colour: 'red' } }))))).toEqual(decodeState([]));
  });

  test('superseded records come first, oldest first', () => {
    const a = sheet({});
    const b = { ...sheet({}), findingsSheet: 'F' };
    expect(recordsOf({ ...b, superseded: [a] } as never).map((r) => r.findingsSheet)).toEqual([null, 'F']);
  });
});
