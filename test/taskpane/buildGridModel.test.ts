import { buildGridModel } from '../../src/taskpane/components/SheetGrid/buildGridModel';
import type { WritePlan } from '../../src/workbook/writePlan.types';
import { snapshot } from './fixtures';

const plan: WritePlan = {
  sheet: 'Foglio1',
  output: {
    column: 'F',
    headerRow: 1,
    header: 'Raggiungimento (Traguardo)',
    numberFormat: '0.0%',
    cells: [
      { row: 2, value: 0.571428, text: null },
      { row: 4, value: null, text: 'n.v.' },
    ],
  },
  highlights: [
    { address: 'D2', band: 'shortfall' },
    { address: 'D3', band: 'near-miss' },
  ],
  notes: [{ address: 'C4', text: 'C4: non valutabile' }],
  findings: [],
};

describe('buildGridModel', () => {
  test('spans a merged objective over its rows and drops the covered cell', () => {
    const model = buildGridModel(snapshot(), null, 'it', 1);
    expect(model.rows[1]?.cells[0]).toMatchObject({ address: 'A2', rowSpan: 2, text: 'A01' });
    expect(model.rows[2]?.cells.map((c) => c.address)).toEqual(['B3', 'C3', 'D3']);
    expect(model.mergedInto.get('A3')).toBe('A2');
  });

  test('adds the output column with its header and values in the pane language', () => {
    const model = buildGridModel(snapshot(), plan, 'it', 1);
    expect(model.columns).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    const f = (r: number) => model.rows[r]?.cells.find((c) => c.address === `F${r + 1}`);
    expect(f(0)?.text).toBe('Raggiungimento (Traguardo)');
    expect(f(1)).toMatchObject({ text: '57,1%', numeric: true, output: true });
    expect(f(3)).toMatchObject({ text: 'n.v.', numeric: false });
  });

  test('bands highlighted cells and marks noted cells', () => {
    const cells = buildGridModel(snapshot(), plan, 'en', 1).rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => c.band).map((c) => [c.address, c.band])).toEqual([
      ['D2', 'shortfall'],
      ['D3', 'near-miss'],
    ]);
    expect(cells.filter((c) => c.note).map((c) => c.address)).toEqual(['C4']);
  });

  test('leaves hidden rows and columns out', () => {
    const snap = { ...snapshot(), hiddenRows: [2], hiddenCols: [2] };
    const model = buildGridModel(snap, null, 'it', 1);
    expect(model.columns).toEqual(['A', 'B', 'D']);
    expect(model.rows.map((r) => r.row)).toEqual([1, 2, 4]);
    expect(model.rows[1]?.cells[0]).toMatchObject({ address: 'A2', rowSpan: 1 });
  });
});
