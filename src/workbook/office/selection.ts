import type { SelectionHandler } from '../port';
import { hostCall } from './hostCall';

/**
 * Subscribe to the person's selection in any worksheet; resolves to the unsubscribe.
 *
 * Uses `WorksheetCollection.onSelectionChanged` (ExcelApi 1.9, under the manifest's ExcelApi 1.14 minimum: "Occurs
 * when the selection changes on any worksheet",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onselectionchanged-member).
 * Its args (Excel.WorksheetSelectionChangedEventArgs, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetselectionchangedeventargs)
 * carry the selected area's `address` on its sheet and the sheet's `worksheetId`, which names the sheet through
 * `worksheets.getItem(key)` (name or ID). The handler is removed with `EventHandlerResult.remove()` inside
 * `Excel.run` on the same RequestContext it was added in, as documented
 * (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.eventhandlerresult,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 * A sheet that cannot be named (deleted meanwhile) is ignored: the pane keeps what it showed.
 */
export async function subscribeSelection(run: typeof Excel.run, handler: SelectionHandler): Promise<() => Promise<void>> {
  let added: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> | null = null;
  await hostCall(() =>
    run(async (ctx) => {
      added = ctx.workbook.worksheets.onSelectionChanged.add(async (args) => {
        const sheet = await hostCall(() =>
          run(async (c) => {
            const ws = c.workbook.worksheets.getItem(args.worksheetId).load('name');
            await c.sync();
            return ws.name;
          }),
        ).catch(() => null);
        if (sheet !== null) handler({ sheet, address: args.address.replace(/^.*!/, '') });
      });
      await ctx.sync();
    }),
  );
  return async () => {
    const result = added;
    added = null;
    if (!result) return;
    await hostCall(() =>
      run(result.context as Excel.RequestContext, async (ctx) => {
        result.remove();
        await ctx.sync();
      }),
    );
  };
}
