import { areaAddress, sameSheet } from '../address';
import { auditCells, auditSheetName, isAuditSheet, type AuditSheet } from '../auditSheet';
import { emptyReviews } from '../reviews';
import type { WorkbookState } from '../state';
import { checkStateSize, queueStateRead, stateWriteOps } from './stateStore';

/** Read the stored state, the sheets' names and Traguardo's audit sheet (checked by record and marker). */
async function findOwn(ctx: Excel.RequestContext): Promise<{ state: WorkbookState; keys: string[]; names: string[]; own: string | null }> {
  const read = queueStateRead(ctx);
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const { state, keys } = read();
  const names = sheets.items.map((s) => s.name);
  const recorded = state.settings?.reviews?.auditSheet ?? null;
  const candidate = recorded === null ? undefined : names.find((n) => sameSheet(n, recorded));
  if (candidate === undefined) return { state, keys, names, own: null };
  const a1 = ctx.workbook.worksheets.getItem(candidate).getRange('A1').load('values');
  await ctx.sync();
  return { state, keys, names, own: isAuditSheet(candidate, recorded, a1.values[0]?.[0]) ? candidate : null };
}

/** The state with the audit sheet's name recorded (null: none). */
function recording(state: WorkbookState, name: string | null): WorkbookState {
  const settings = state.settings ?? { version: 1 as const, mappings: {} };
  return { ...state, settings: { ...settings, reviews: { ...(settings.reviews ?? emptyReviews()), auditSheet: name } } };
}

/**
 * Write the audit sheet in one batch after one read: the record naming it first (batches are not transactional, so
 * a failure later leaves a record that names every sheet Traguardo may have added), then Traguardo's previous audit
 * sheet deleted, the new one added, its cells formatted as Text before their values, and the links through `formulas`.
 */
export async function writeAuditSheet(ctx: Excel.RequestContext, audit: AuditSheet, partSize: number): Promise<string> {
  const { state, keys, names, own } = await findOwn(ctx);
  const name = auditSheetName(audit.name, names, own);
  const next = recording(state, name);
  checkStateSize(next);
  for (const o of stateWriteOps(ctx, next, keys, partSize)) o.queue();
  if (own !== null) ctx.workbook.worksheets.getItem(own).delete();
  const ws = ctx.workbook.worksheets.add(name);
  const { texts, links } = auditCells(audit);
  const width = texts[0]?.length ?? 1;
  const all = ws.getRange(areaAddress({ top: 1, left: 0, bottom: texts.length, right: width - 1 }));
  // Text everywhere but the links' cells (a formula set on a Text cell would stay text).
  all.numberFormat = texts.map((row, r) => row.map((_, c) => (r >= 2 && c === 0 ? 'General' : '@')));
  all.values = texts;
  if (links.length > 0) ws.getRange(areaAddress({ top: 3, left: 0, bottom: links.length + 2, right: 0 })).formulas = links.map((l) => [l === null ? '' : `=${l}`]);
  await ctx.sync();
  return name;
}

/** Delete Traguardo's audit sheet (never a user's sheet of that name) and forget it; false when there was none. */
export async function removeAuditSheet(ctx: Excel.RequestContext, partSize: number): Promise<boolean> {
  const { state, keys, own } = await findOwn(ctx);
  if ((state.settings?.reviews?.auditSheet ?? null) === null) return false;
  for (const o of stateWriteOps(ctx, recording(state, null), keys, partSize)) o.queue();
  if (own !== null) ctx.workbook.worksheets.getItem(own).delete();
  await ctx.sync();
  return own !== null;
}
