import { FakeExcelHost, cellKey, emptyCell } from './fakeExcel';

function host(): FakeExcelHost {
  const h = new FakeExcelHost({ excelApi: '1.7' });
  const s = h.addSheet('S');
  s.cells.set(cellKey(1, 0), { ...emptyCell(), value: 0.5, numberFormat: '0%' });
  return h;
}

describe('the fake Excel API', () => {
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
});
