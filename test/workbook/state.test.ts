import { AppliedEditSchema, decodeState, encodeState, recordsOf, type AppliedEdit, type WorkbookState } from '../../src/workbook/state';

const legacy = (originals: Record<string, unknown>) => ({
  output: { column: 'G', rows: [3, 4], originals },
  highlights: [],
  notes: [{ address: 'D4', original: 'Nota' }],
  findingsSheet: null,
  counts: { values: 1, highlights: 0, notes: 1 },
});
const applied = (cells: AppliedEdit['cells'], extra: Partial<AppliedEdit> = {}): AppliedEdit => ({
  edit: 2,
  column: 'G',
  cells,
  highlights: [],
  notes: [{ address: 'D4', original: 'Nota' }],
  findingsSheet: null,
  counts: { values: 1, highlights: 0, notes: 1 },
  ...extra,
});
const stateOf = (s: unknown): WorkbookState => ({ format: 'traguardo', version: 1, settings: null, sheets: { Obiettivi: s } }) as WorkbookState;

describe('the stored record (AppliedEdit) is typed and versioned, not a map of unknowns', () => {
  test.each([
    ['Office: formula and number format', applied([{ column: 'G', rows: [3, 4], before: { 3: { formula: '=A1', format: '0.0%' } } }], { anchor: { top: 3, bottom: 4 } })],
    ['files: ExcelJS value and style, with the package patcher\'s token and table', applied([{ column: 'G', rows: [3, 4], before: { 3: { value: { $date: '2023-12-31T00:00:00.000Z' }, style: { numFmt: '0%' }, patch: { xml: '<c r="G3"/>', xf: 0 } } } }], { patch: { xfs: [{ sig: 'x', hint: 0 }] } })],
    ['two output columns', applied([{ column: 'G', rows: [3], before: {} }, { column: 'H', rows: [3], before: { 3: { formula: 'x', format: '@' } } }])],
  ])('%s round-trips', (_what, record) => {
    const state = stateOf(record);
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  test.each([
    ['Office', { 3: { formula: '=A1', format: '0.0%' } }, { 3: { formula: '=A1', format: '0.0%' } }, undefined],
    [
      'files with package records',
      { 3: { value: { $date: '2023-12-31T00:00:00.000Z' }, style: { numFmt: '0%' }, xml: '<c r="G3"/>', xf: 0, spans: '1:7' }, '~patch': { xfs: [{ sig: 'x', hint: 0 }] } },
      { 3: { value: { $date: '2023-12-31T00:00:00.000Z' }, style: { numFmt: '0%' }, patch: { xml: '<c r="G3"/>', xf: 0, spans: '1:7' } } },
      { xfs: [{ sig: 'x', hint: 0 }] },
    ],
  ])('a record of version 1 (%s) is read as version 2', (_what, originals, before, patch) => {
    const read = decodeState(encodeState(stateOf({ ...legacy(originals), superseded: [legacy({})] }))).sheets['Obiettivi'];
    expect(read).toEqual({
      ...applied([{ column: 'G', rows: [3, 4], before }], patch ? { patch } : {}),
      superseded: [applied([{ column: 'G', rows: [3, 4], before: {} }])],
    });
  });

  test('a record of another shape is not taken for one', () => {
    expect(decodeState(encodeState(stateOf(legacy({ 3: { colour: 'red' } }))))).toEqual(decodeState([]));
    expect(AppliedEditSchema.safeParse(applied([{ column: 'G', rows: [3], before: { 3: { colour: 'red' } as never } }])).success).toBe(false);
    expect(AppliedEditSchema.safeParse({ ...applied([]), edit: 3 }).success).toBe(false);
  });

  test('superseded records come first, oldest first', () => {
    const a = applied([]);
    const b = { ...applied([]), findingsSheet: 'F' };
    expect(recordsOf({ ...b, superseded: [a] }).map((r) => r.findingsSheet)).toEqual([null, 'F']);
  });
});
