import { appliedOf, byColumn, editOf, invert, outputRows, writtenKeys } from '../../src/workbook/edit';
import type { AppliedEdit } from '../../src/workbook/state';
import type { WritePlan } from '../../src/workbook/writePlan.types';

const plan: WritePlan = {
  sheet: 'Obiettivi',
  output: { column: 'G', headerRow: 2, header: 'Raggiungimento (Traguardo)', numberFormat: '0.0%', cells: [{ row: 3, value: 0.5, text: null }, { row: 4, value: null, text: 'n.v.' }] },
  highlights: [{ address: 'G3', band: 'shortfall' }],
  notes: [{ address: 'D4', text: 'Traguardo: D4: non valutabile' }],
  findings: [],
};

const record = (cells: AppliedEdit['cells'], extra: Partial<AppliedEdit> = {}): AppliedEdit => ({
  edit: 2, column: 'G', cells, highlights: [], notes: [], findingsSheet: null, counts: { values: 0, highlights: 0, notes: 0 }, ...extra,
});

describe('editOf: a plan as generic cell writes', () => {
  test('the header on the cell\'s own format, numbers in the percent format, text on the cell\'s own format', () => {
    const edit = editOf(plan);
    expect(edit.cells).toEqual([
      { column: 'G', row: 2, value: 'Raggiungimento (Traguardo)', format: null },
      { column: 'G', row: 3, value: 0.5, format: '0.0%' },
      { column: 'G', row: 4, value: 'n.v.', format: null },
    ]);
    expect(edit.rules.map((r) => r.ref)).toContain('G3');
    expect(edit.counts).toEqual({ values: 2, highlights: 1, notes: 1 });
    expect(outputRows(edit)).toEqual([2, 3, 4]);
  });

  test('byColumn groups any columns, rows ascending', () => {
    expect(byColumn([{ column: 'H', row: 5 }, { column: 'G', row: 4 }, { column: 'H', row: 2 }])).toEqual([
      { column: 'H', cells: [{ column: 'H', row: 2 }, { column: 'H', row: 5 }] },
      { column: 'G', cells: [{ column: 'G', row: 4 }] },
    ]);
  });
});

describe('invert: what Clear executes, the same for every executor', () => {
  test('every written cell back to what it held before the first record wrote it, each once; notes and findings sheets', () => {
    const first = record([{ column: 'G', rows: [2, 3], before: { 3: { formula: 'x', format: '@' } } }], { notes: [{ address: 'D4', original: null }], findingsSheet: 'Traguardo (Obiettivi)' });
    const second = record([{ column: 'G', rows: [2, 3, 4], before: { 3: { formula: 'ours', format: '0.0%' } } }, { column: 'H', rows: [2], before: {} }], { notes: [{ address: 'D4', original: null }, { address: 'D5', original: 'u' }] });
    expect(invert('Obiettivi', [first, second])).toEqual({
      sheet: 'Obiettivi',
      cells: [
        { column: 'G', row: 2, before: null },
        { column: 'G', row: 3, before: { formula: 'x', format: '@' } },
        { column: 'G', row: 4, before: null },
        { column: 'H', row: 2, before: null },
      ],
      notes: [{ address: 'D4', original: null }, { address: 'D5', original: 'u' }],
      findingsSheets: ['Traguardo (Obiettivi)'],
    });
  });

  test('an apply leaves out the cells it writes again', () => {
    const prior = record([{ column: 'G', rows: [2, 3, 9], before: {} }]);
    expect(invert('Obiettivi', [prior], writtenKeys(editOf(plan))).cells).toEqual([{ column: 'G', row: 9, before: null }]);
  });

  test('appliedOf records what each cell held, leaving out the empty ones, and inverts back to it', () => {
    const edit = editOf(plan);
    const applied = appliedOf(edit, (c) => (c.row === 3 ? { formula: 7, format: 'General' } : null), { notes: [], findingsSheet: null });
    expect(applied.cells).toEqual([{ column: 'G', rows: [2, 3, 4], before: { 3: { formula: 7, format: 'General' } } }]);
    expect(invert('Obiettivi', [applied]).cells.map((c) => c.before)).toEqual([null, { formula: 7, format: 'General' }, null]);
  });
});
