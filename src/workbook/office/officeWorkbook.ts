import type { ApplyOutcome, ClearOutcome, SheetSnapshot, StoredSettings, WorkbookPort } from '../port';
import type { WritePlan } from '../writePlan.types';
import { HostError } from '../errors';
import { isEmptyPlan } from '../writePlan';
import { StoredSettingsSchema, recordsOf, settingsOf } from '../state';
import { editOf } from '../edit';
import type { EditExecutor, SheetEdit } from '../edit.types';
import { removeAuditSheet, writeAuditSheet } from './auditSheet';
import type { AuditSheet } from '../auditSheet';
import { gatesFrom, officeIsSetSupported, type Gates } from './gates';
import { hostCall } from './hostCall';
import { noteMode } from './preflight';
import { readSheet } from './readSheet';
import { subscribeSelection } from './selection';
import { FACTS_TTL_MS, type SheetFacts } from './sheetFacts';
import { checkStateSize, queueStateRead, stateWriteOps, storedKeys } from './stateStore';

/** Estimated bytes of one write sync: under Excel on the web's 5 MB request limit. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Codes a host may give when `comments.add` meets a cell with a legacy note. */
const COMMENT_CONFLICTS = new Set(['InvalidOperation', 'InvalidArgument', 'GeneralException']);

/** Cells per read block when a sheet is too large for one response. */
export const DEFAULT_READ_CELLS = 60_000;

export interface OfficeWorkbookDeps {
  run?: typeof Excel.run;
  isSetSupported?: (set: string, v: string) => boolean;
  /** Estimated bytes per write sync. @default 4,000,000 */
  payloadBudget?: number;
  /** Cells per read block for sheets beyond one response. @default 60,000 */
  readCells?: number;
  /** The clock that dates facts read with a sheet (`FACTS_TTL_MS`). @default Date.now */
  now?: () => number;
}

/**
 * The workbook port over Office.js: reads a sheet in one sync, applies a plan with one load sync and one write
 * sync (row blocks only past the payload limit). A first run needs no load sync: the sheet's read also brings
 * the plan-independent facts apply would load (`SheetFacts`), kept here as plain data per sheet, dropped on
 * any write through the port (a settings write updates their state instead) and unused after `FACTS_TTL_MS`.
 * APIs above ExcelApi 1.7 are gated: merged areas (1.13), hidden rows/columns (1.9), notes (1.18) else
 * threaded comments (1.10) else a findings sheet with links. Host failures reject with a `HostError` carrying
 * Excel's code.
 * @example await createOfficeWorkbook().readSheet('Obiettivi') //=> { name: 'Obiettivi', origin: …, cells: … }
 */
export function createOfficeWorkbook(deps: OfficeWorkbookDeps = {}): WorkbookPort & EditExecutor {
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    hostCall(() => (deps.run ?? Excel.run)(batch));
  let gates: Gates | null = null;
  const gatesOf = (): Gates => (gates ??= gatesFrom(deps.isSetSupported ?? officeIsSetSupported));
  const budget = deps.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const readCells = deps.readCells ?? DEFAULT_READ_CELLS;
  const now = deps.now ?? Date.now;

  /** Facts read with each sheet; `epoch` counts writes so a read overlapping one keeps nothing. */
  const facts = new Map<string, SheetFacts>();
  /**
   * Cells of each sheet whose notes the next read probes, so a re-run needs no load sync: those this port wrote
   * notes on, and those a read found in the sheet's record. Only addresses (what the notes hold is read fresh).
   */
  const noted = new Map<string, string[]>();
  let epoch = 0;
  const wrote = (): void => {
    epoch++;
    facts.clear();
  };

  /** The write path, a chunk of its own: the pane's initial script carries the read only. */
  const writePath = () => import(/* webpackChunkName: "office-write" */ './writePath');

  const applyEditOnce = async (edit: SheetEdit): Promise<ApplyOutcome> => {
    const f = facts.get(edit.sheet);
    wrote();
    const { applyEdit } = await writePath();
    try {
      let outcome: ApplyOutcome;
      try {
        outcome = await run((ctx) => applyEdit(ctx, edit, gatesOf(), budget, f ? { facts: f, now: now() } : null));
      } catch (err) {
        // Facts are not a lock: a note, rule or name the read saw may be gone by the apply. The failed apply was
        // undone; apply again with the preflight's own load.
        if (!f || !(err instanceof HostError) || err.code !== 'ItemNotFound') throw err;
        outcome = await run((ctx) => applyEdit(ctx, edit, gatesOf(), budget));
      }
      noted.set(edit.sheet, edit.notes.map((n) => n.address));
      return outcome;
    } catch (err) {
      // With threaded comments (1.10) but no notes API (1.18), a cell may hold a legacy note the host cannot
      // show us, and `comments.add` on it fails. The failed apply was undone; apply again with the findings
      // sheet in place of comments.
      if (noteMode(gatesOf()) !== 'comments' || edit.notes.length === 0 || !(err instanceof HostError) || !COMMENT_CONFLICTS.has(err.code)) throw err;
      return run((ctx) => applyEdit(ctx, edit, { ...gatesOf(), comments: false }, budget));
    }
  };

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
    readSheet: async (name: string): Promise<SheetSnapshot> => {
      facts.delete(name);
      const at = epoch;
      const read = await run((ctx) => readSheet(ctx, name, gatesOf(), readCells, now(), noted.get(name) ?? []));
      if (read.facts && at === epoch) facts.set(name, read.facts);
      const recorded = read.facts?.state.sheets[name];
      if (recorded) noted.set(name, [...new Set([...(noted.get(name) ?? []), ...recordsOf(recorded).flatMap((r) => r.notes.map((n) => n.address))])]);
      return read.snapshot;
    },
    readSettings: () =>
      run(async (ctx) => {
        const read = queueStateRead(ctx);
        await ctx.sync();
        return settingsOf(read().state);
      }),
    writeSettings: async (settings: StoredSettings) => {
      const kept = [...facts];
      wrote();
      const at = epoch;
      const written = await run(async (ctx) => {
        const valid = StoredSettingsSchema.safeParse(settings);
        if (!valid.success) throw new HostError('InvalidArgument', valid.error.message);
        const read = queueStateRead(ctx);
        await ctx.sync();
        const { state, keys } = read();
        const next = { ...state, settings: valid.data };
        checkStateSize(next);
        const partSize = Math.floor(budget / 2);
        for (const o of stateWriteOps(ctx, next, keys, partSize)) o.queue();
        await ctx.sync();
        return { state: next, stored: storedKeys(next, partSize) };
      });
      // Only the settings changed, and this batch read the state fresh: the facts stand with it.
      if (at !== epoch) return;
      facts.clear();
      for (const [name, f] of kept) facts.set(name, { ...f, ...written });
    },
    apply: async (plan: WritePlan): Promise<ApplyOutcome> => {
      if (!isEmptyPlan(plan)) return applyEditOnce(editOf(plan));
      // Nothing to write (a header-only sheet): no header, no record; an earlier run's additions are taken away.
      const f = facts.get(plan.sheet);
      wrote();
      const fresh = f && now() - f.readAt >= 0 && now() - f.readAt <= FACTS_TTL_MS ? f : null;
      if (!fresh || fresh.state.sheets[plan.sheet] !== undefined || fresh.anchored || fresh.traguardoRules) {
        const { clearSheet } = await writePath();
        await run((ctx) => clearSheet(ctx, plan.sheet, gatesOf(), budget));
      }
      return { values: 0, highlights: 0, notes: 0, findingsSheet: null };
    },
    applyEdit: (edit: SheetEdit) => applyEditOnce(edit),
    clear: async (sheet: string): Promise<ClearOutcome> => {
      wrote();
      const { clearSheet } = await writePath();
      return run((ctx) => clearSheet(ctx, sheet, gatesOf(), budget));
    },
    writeAuditSheet: (audit: AuditSheet): Promise<string> => {
      wrote();
      return run((ctx) => writeAuditSheet(ctx, audit, budget));
    },
    removeAuditSheet: (): Promise<boolean> => {
      wrote();
      return run((ctx) => removeAuditSheet(ctx, budget));
    },
    onSelectionChanged: (handler) => subscribeSelection(deps.run ?? Excel.run, handler),
    select: (sheet: string, address: string) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
  };
}
