/**
 * The fake Excel's selection event, as documented: a handler added to `worksheets.onSelectionChanged` is registered
 * when its context syncs, receives Excel.WorksheetSelectionChangedEventArgs, and is removed only by
 * `EventHandlerResult.remove()` synced on the context it was added in. And the Office adapter's subscription over it.
 */
import { FakeExcelHost } from './fakeExcel';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';

type Args = { address: string; worksheetId: string; type: string };

function twoSheets(excelApi = '1.14'): FakeExcelHost {
  const h = new FakeExcelHost({ excelApi });
  h.addSheet('Obiettivi');
  h.addSheet('Bilancio');
  return h;
}

describe('the fake Excel selection event', () => {
  test('calls a handler with the address, the sheet ID and the type once its context synced, not before', async () => {
    const h = twoSheets();
    const seen: Args[] = [];
    let idOfBilancio = '';
    await h.batch(async (ctx) => {
      ctx.workbook.worksheets.onSelectionChanged.add(async (a) => void seen.push({ ...a }));
      await h.userSelects('Obiettivi', 'A1'); // queued, not yet synced: not registered
      const ws = ctx.workbook.worksheets.getItem('Bilancio').load('id');
      await ctx.sync();
      idOfBilancio = ws.id;
    });
    await h.userSelects('Bilancio', 'B2:C3');
    expect(seen).toEqual([{ address: 'B2:C3', worksheetId: idOfBilancio, type: 'WorksheetSelectionChanged' }]);
    expect(h.activeSheet).toBe('Bilancio');
    // getItem takes the ID as well as the name.
    const name = await h.batch(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(idOfBilancio).load('name');
      await ctx.sync();
      return ws.name;
    });
    expect(name).toBe('Bilancio');
  });

  test('removes a handler only through the context it was added in', async () => {
    const h = twoSheets();
    let calls = 0;
    const added = await h.batch(async (ctx) => {
      const r = ctx.workbook.worksheets.onSelectionChanged.add(async () => void calls++);
      await ctx.sync();
      return r;
    });
    // remove() synced on another context: the removal never reaches the host.
    await h.batch(async (other) => {
      added.remove();
      await other.sync();
    });
    await h.userSelects('Obiettivi', 'A1');
    expect(calls).toBe(1);
    // Excel.run(added.context, …): the same context, the handler is gone.
    await h.run(added.context, async (ctx: Excel.RequestContext) => {
      added.remove();
      await ctx.sync();
    });
    await h.userSelects('Obiettivi', 'A2');
    expect(calls).toBe(1);
  });

  test('refuses the event below ExcelApi 1.9', async () => {
    const h = twoSheets('1.8');
    await expect(
      h.batch(async (ctx) => {
        ctx.workbook.worksheets.onSelectionChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('the Office adapter\'s onSelectionChanged', () => {
  test('names the sheet and the address, and its unsubscribe removes the handler from the host', async () => {
    const h = twoSheets();
    const port = createOfficeWorkbook({ run: h.run as typeof Excel.run, isSetSupported: h.isSetSupported });
    const seen: Array<{ sheet: string; address: string }> = [];
    const unsubscribe = await port.onSelectionChanged!((s) => seen.push(s));
    expect(h.selectionHandlers).toHaveLength(1);
    await h.userSelects('Obiettivi', 'G5');
    await h.userSelects('Bilancio', 'A1:B2');
    expect(seen).toEqual([
      { sheet: 'Obiettivi', address: 'G5' },
      { sheet: 'Bilancio', address: 'A1:B2' },
    ]);
    await unsubscribe();
    expect(h.selectionHandlers).toHaveLength(0);
    await h.userSelects('Obiettivi', 'G6');
    expect(seen).toHaveLength(2);
    await unsubscribe(); // twice is harmless
  });
});
