/**
 * Issue 10, read side: dates of the 1904 date system, and sheets whose used range is huge but holds few cells.
 * Every workbook is generated (test/fixtures/hostile/workbooks.ts).
 */
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { MAX_GRID_CELLS, SheetTooLarge } from '../../src/workbook/file/readWorksheet';
import { showsDate } from '../../src/workbook/file/formatCell';
import { detectLayout, indicatorSheetScore } from '../../src/core/layout/detectLayout';
import { deadlineWorkbook, plainIndicatorRows, xlsx } from '../fixtures/hostile/workbooks';

describe('1904 date system', () => {
  test.each([false, true])('date cells read as 1900-system serials whatever the system (date1904=%s)', async (date1904) => {
    const wb = await ExcelJsWorkbook.load(await deadlineWorkbook(date1904));
    const snap = await wb.readSheet('Indicatori');
    // 30/06/2023 is 45107 and 31/12/2023 is 45291 in the 1900 system.
    expect(snap.cells[1]?.[2]?.value).toBe(45107);
    expect(snap.cells[2]?.[3]?.value).toBe(45291);
    expect(snap.cells[2]?.[3]?.text).toBe('31/12/2023');
  });

  test('a number under a date format that ExcelJS left as a number moves to the 1900 system', async () => {
    const bytes = await xlsx((wb) => {
      (wb.properties as { date1904?: boolean }).date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Data';
      // A formula whose cached result is a bare serial of the 1904 system (45291 - 1462 = 43829).
      ws.getCell('A2').value = { formula: 'DATE(2023,12,31)', result: 43829 } as never;
      ws.getCell('A2').numFmt = '[$-410]d mmmm yyyy';
    });
    const wb = await ExcelJsWorkbook.load(bytes);
    const cell = (await wb.readSheet('S')).cells[1]?.[0];
    expect(cell?.value).toBe(45291);
  });

  test('a time of day in a 1904 workbook keeps its own number (no date to move)', async () => {
    const bytes = await xlsx((wb) => {
      (wb.properties as { date1904?: boolean }).date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Tempo medio';
      ws.getCell('A2').value = 0.5;
      ws.getCell('A2').numFmt = 'h:mm';
    });
    const cell = (await (await ExcelJsWorkbook.load(bytes)).readSheet('S')).cells[1]?.[0];
    expect(cell?.value).toBe(0.5);
    expect(cell?.text).toBe('12:00');
  });

  test('showsDate tells calendar formats from times and numbers', () => {
    expect(showsDate('dd/mm/yyyy')).toBe(true);
    expect(showsDate('mmm-yy')).toBe(true);
    expect(showsDate('h:mm')).toBe(false);
    expect(showsDate('0.00%')).toBe(false);
    expect(showsDate('General')).toBe(false);
  });
});

describe('sparse sheets: reading follows the cells that exist, not the used range', () => {
  test(
    'values at A1 and XFD1048576 beside the data: the far cell is left out and reported, in bounded memory',
    async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet('Indicatori');
        for (const r of plainIndicatorRows(3)) ws.addRow(r);
        ws.getCell('XFD1048576').value = 'x';
      });
      expect(bytes.length).toBeLessThan(20_000);
      const before = process.memoryUsage().heapUsed;
      const wb = await ExcelJsWorkbook.load(bytes);
      const snap = await wb.readSheet('Indicatori');
      const grown = process.memoryUsage().heapUsed - before;
      expect(snap.origin).toEqual({ row: 0, col: 0 });
      expect(snap.cells.length).toBe(4);
      expect(snap.cells[0]?.length).toBe(4);
      expect(wb.farCells.get('Indicatori')).toEqual({ count: 1, at: ['XFD1048576'] });
      // The whole rectangle would be 17 billion cells; a generous bound that only a rectangle could break.
      expect(grown).toBeLessThan(300 * 1024 * 1024);
    },
    60_000,
  );

  test(
    'a lone value at A1048576 is read as a one-cell sheet',
    async () => {
      const bytes = await xlsx((wb) => {
        wb.addWorksheet('S').getCell('A1048576').value = 7;
      });
      const wb = await ExcelJsWorkbook.load(bytes);
      const snap = await wb.readSheet('S');
      expect(snap.origin).toEqual({ row: 1048575, col: 0 });
      expect(snap.cells).toEqual([[{ value: 7, text: '7', format: 'General' }]]);
      expect(wb.farCells.size).toBe(0);
    },
    60_000,
  );

  test(
    'a chain of cells too sparse to trim but too wide to read is refused by name',
    async () => {
      const bytes = await xlsx((wb) => {
        const ws = wb.addWorksheet('Rete');
        // Steps just inside the gaps: every row and column run stays connected, the rectangle is huge.
        for (let i = 0; i < 60; i++) ws.getCell(1 + i * 4000, 1 + i * 250).value = i;
      });
      const wb = await ExcelJsWorkbook.load(bytes);
      await expect(wb.readSheet('Rete')).rejects.toBeInstanceOf(SheetTooLarge);
      expect(237 * 14_751).toBeGreaterThan(MAX_GRID_CELLS / 1000);
    },
    60_000,
  );
});

describe('a one-column table beside the data', () => {
  test.each([
    ['right beside the data', 'E1', 4],
    ['two columns away', 'G1', 6],
  ])('%s: the table sits where it is and the sheet is still detected', async (_what, ref, left) => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Indicatori');
      for (const r of plainIndicatorRows(5)) ws.addRow(r);
      ws.addTable({ name: 'Note', ref, headerRow: true, columns: [{ name: 'Note' }], rows: [['a'], ['b'], ['c']] });
    });
    const snap = await (await ExcelJsWorkbook.load(bytes)).readSheet('Indicatori');
    expect(snap.tables).toEqual([{ top: 0, left, bottom: 3, right: left, name: 'Note', hasHeader: true }]);
    expect(indicatorSheetScore(snap)).toBeGreaterThanOrEqual(0.5);
    expect(detectLayout(snap, { sheet: 'Indicatori' }).mapping?.columns).toMatchObject({ indicator: 'B', target: 'C', result: 'D' });
  });
});
