import type { ApplyOutcome, ClearOutcome, SheetSnapshot, StoredSettings, WorkbookPort } from '../port';
import type { WritePlan } from '../writePlan.types';
import { HostError } from '../errors';
import { StoredSettingsSchema, settingsOf } from '../state';
import { applyPlan } from './applyPlan';
import { clearSheet } from './clearSheet';
import { gatesFrom, officeIsSetSupported, type Gates } from './gates';
import { hostCall } from './hostCall';
import { readSheet } from './readSheet';
import { queueStateRead, stateWriteOps } from './stateStore';

/** Estimated bytes of one write sync: under Excel on the web's 5 MB request limit. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Cells per read block when a sheet is too large for one response. */
export const DEFAULT_READ_CELLS = 60_000;

export interface OfficeWorkbookDeps {
  run?: typeof Excel.run;
  isSetSupported?: (set: string, v: string) => boolean;
  /** Estimated bytes per write sync. @default 4,000,000 */
  payloadBudget?: number;
  /** Cells per read block for sheets beyond one response. @default 60,000 */
  readCells?: number;
}

/**
 * The workbook port over Office.js: reads a sheet in one sync, applies a plan with one load sync and one write
 * sync (row blocks only past the payload limit). APIs above ExcelApi 1.7 are gated: merged areas (1.13), hidden
 * rows/columns (1.9), notes (1.18) else threaded comments (1.10) else a findings sheet with links.
 * Host failures reject with a `HostError` carrying Excel's code.
 * @example await createOfficeWorkbook().readSheet('Obiettivi') //=> { name: 'Obiettivi', origin: …, cells: … }
 */
export function createOfficeWorkbook(deps: OfficeWorkbookDeps = {}): WorkbookPort {
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    hostCall(() => (deps.run ?? Excel.run)(batch));
  let gates: Gates | null = null;
  const gatesOf = (): Gates => (gates ??= gatesFrom(deps.isSetSupported ?? officeIsSetSupported));
  const budget = deps.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const readCells = deps.readCells ?? DEFAULT_READ_CELLS;

  return {
    listSheets: () =>
      run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
        await ctx.sync();
        return sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
      }),
    activeSheet: () =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet().load('name');
        await ctx.sync();
        return ws.name;
      }),
    readSheet: (name: string): Promise<SheetSnapshot> => run((ctx) => readSheet(ctx, name, gatesOf(), readCells)),
    readSettings: () =>
      run(async (ctx) => {
        const read = queueStateRead(ctx);
        await ctx.sync();
        return settingsOf(read().state);
      }),
    writeSettings: (settings: StoredSettings) =>
      run(async (ctx) => {
        const valid = StoredSettingsSchema.safeParse(settings);
        if (!valid.success) throw new HostError('InvalidArgument', valid.error.message);
        const read = queueStateRead(ctx);
        await ctx.sync();
        const { state, keys } = read();
        for (const o of stateWriteOps(ctx, { ...state, settings: valid.data }, keys, Math.floor(budget / 2))) o.queue();
        await ctx.sync();
      }),
    apply: (plan: WritePlan): Promise<ApplyOutcome> => run((ctx) => applyPlan(ctx, plan, gatesOf(), budget)),
    clear: (sheet: string): Promise<ClearOutcome> => run((ctx) => clearSheet(ctx, sheet, gatesOf(), budget)),
    select: (sheet: string, address: string) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
  };
}
