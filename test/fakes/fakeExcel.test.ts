import { FakeExcelHost, cellKey, emptyCell } from './fakeExcel';

function host(): FakeExcelHost {
  const h = new FakeExcelHost({ excelApi: '1.7' });
  const s = h.addSheet('S');
  s.cells.set(cellKey(1, 0), { ...emptyCell(), value: 0.5, numberFormat: '0%' });
  return h;
}

describe('the fake Excel API', () => {
  test('a range\'s merged areas are those whose top-left cell it holds (office-js #3611); the whole sheet gives them all', async () => {
    const h = new FakeExcelHost({ excelApi: '1.13' });
    h.addSheet('S').merges.push({ top: 3, left: 5, bottom: 6, right: 6 }); // F3:G6
    await h.batch(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const onG = ws.getRange('G3:G6').getMergedAreasOrNullObject().load('address');
      const onF = ws.getRange('F3:F6').getMergedAreasOrNullObject().load('address');
      const all = ws.getRange().getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect(onG.isNullObject).toBe(true);
      expect(onF.address).toMatch(/F3:G6/);
      expect(all.address).toMatch(/F3:G6/);
    });
  });

  test('throws PropertyNotLoaded for a property read before the sync that loads it', async () => {
    const h = host();
    await h.batch(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([[0.5]]);
    });
  });

  test('throws PropertyNotLoaded for a property never loaded', async () => {
    const h = host();
    await expect(h.batch(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      return r.numberFormat;
    })).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  test('counts syncs and measures what each request carries', async () => {
    const h = host();
    await h.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1:B2').values = [['x'], ['y']];
      await ctx.sync();
      await ctx.sync();
    });
    expect(h.syncs).toHaveLength(2);
    expect(h.syncs[0]).toMatchObject({ writes: 1, reads: 0, failed: null });
    expect(h.syncs[0]?.requestBytes).toBeGreaterThan(10);
    expect(h.syncs[1]).toMatchObject({ writes: 0, requestBytes: 0 });
  });

  test('refuses a request over the payload limit before running any of it', async () => {
    const h = host();
    h.payloadLimit = 100;
    await expect(h.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1:B3').values = [['a'.repeat(50)], ['b'.repeat(50)], ['c']];
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(h.sheet('S').cells.has(cellKey(1, 1))).toBe(false);
  });

  test('like Excel, keeps the commands before a failing one (a batch is not a transaction)', async () => {
    const h = host();
    h.addSheet('P', { protected: true });
    await expect(h.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [['kept']];
      ctx.workbook.worksheets.getItem('P').getRange('A1').values = [['refused']];
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(h.sheet('S').cells.get(cellKey(1, 1))?.value).toBe('kept');
    expect(h.sheet('P').cells.size).toBe(0);
  });

  test('fails an API above the host version with ApiNotFound', async () => {
    const h = host();
    await expect(h.batch(async (ctx) => ctx.workbook.worksheets.getItem('S').notes)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(h.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(h.isSetSupported('ExcelApi', '1.13')).toBe(false);
  });

  test('resolves an OrNullObject only at sync, and an unknown sheet fails with ItemNotFound', async () => {
    const h = host();
    await h.batch(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(h.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a method result (getCount) is readable only after the sync that runs it, else ValueNotLoaded', async () => {
    const h = new FakeExcelHost({ excelApi: '1.18' });
    const s = h.addSheet('S');
    s.notes.set('A1', 'n');
    s.comments.set('B2', { id: 'c1', content: 'c' });
    await h.batch(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const notes = ws.notes.getCount();
      const comments = ws.comments.getCount();
      expect(() => notes.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await ctx.sync();
      expect([notes.value, comments.value]).toEqual([1, 1]);
    });
    expect(h.syncs[0]).toMatchObject({ reads: 2, writes: 0 });
    await expect(host().batch(async (ctx) => ctx.workbook.worksheets.getItem('S').comments.getCount())).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test("getUsedRange gives a blank sheet's A1, and getColumnsAfter the columns right of a range, resolved at sync", async () => {
    const h = host();
    h.addSheet('Blank');
    await h.batch(async (ctx) => {
      const blank = ctx.workbook.worksheets.getItem('Blank').getUsedRange(true).load('address');
      const ws = ctx.workbook.worksheets.getItem('S');
      const next = ws.getUsedRange(true).getColumnsAfter(1).load('address,columnIndex,formulas,numberFormat');
      ws.getRange('B1').values = [['x']];
      const after = ws.getUsedRange(true).getColumnsAfter(2).load('address');
      expect(() => next.columnIndex).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(blank.address).toBe('Blank!A1');
      expect([next.address, next.columnIndex, next.formulas, next.numberFormat]).toEqual(['S!B1', 1, [['']], [['General']]]);
      expect(after.address).toBe('S!C1:D1');
    });
    await expect(h.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('XFD1').getColumnsAfter(1).load('address');
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
