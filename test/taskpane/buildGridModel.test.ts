import ExcelJS from 'exceljs';
import { buildGridModel } from '../../src/taskpane/components/SheetGrid/buildGridModel';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import type { SheetSnapshot } from '../../src/workbook/port';
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

describe('buildGridModel: source cells in the pane language', () => {
  /** A sheet saved by ExcelJS with numbers under their formats, read back by the file adapter (Excel's en-US text). */
  async function numbersSheet(): Promise<SheetSnapshot> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Numeri');
    ws.addRow(['Indicatore', 'Rapporto', 'Quota', 'Imprese', 'Scadenza', 'Data', 'Fatto']);
    ws.addRow(['Pratiche evase', 0.12, 0.187, 18307, 45291, 45291, true]);
    ws.getCell('C2').numFmt = '0.0%';
    ws.getCell('D2').numFmt = '#,##0';
    ws.getCell('E2').numFmt = 'mm-dd-yy';
    ws.getCell('F2').numFmt = 'd mmm yyyy';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    return (await ExcelJsWorkbook.load(bytes)).readSheet('Numeri');
  }

  test.each([
    ['it', ['0,12', '18,7%', '18.307', '31/12/2023', '31 dic 2023', 'VERO']],
    ['en', ['0.12', '18.7%', '18,307', '2023-12-31', '31 Dec 2023', 'TRUE']],
  ] as const)('in %s shows 0.12, 18.7%%, 18307, a short date, a long date and TRUE as %j', async (lang, texts) => {
    const snap = await numbersSheet();
    // what the file adapter keeps as Excel's display text is en-US: the grid does not show it as it is in Italian
    expect(snap.cells[1]?.map((c) => c.text)).toEqual(['Pratiche evase', '0.12', '18.7%', '18,307', '31/12/2023', '31 Dec 2023', 'TRUE']);
    const model = buildGridModel(snap, null, lang, 1);
    expect(model.rows[1]?.cells.slice(1).map((c) => c.text)).toEqual(texts);
    expect(model.rows[1]?.cells[0]?.text).toBe('Pratiche evase');
  });

  test('an Italian Excel\'s text is not shown in English notation either: the value and format decide', () => {
    const snap: SheetSnapshot = { ...snapshot(), cells: [[{ value: 0.5714, text: '57,14%', format: '0.00%' }]], merges: [] };
    expect(buildGridModel(snap, null, 'en', 1).rows[0]?.cells[0]?.text).toBe('57.14%');
    expect(buildGridModel(snap, null, 'it', 1).rows[0]?.cells[0]?.text).toBe('57,14%');
  });
});
