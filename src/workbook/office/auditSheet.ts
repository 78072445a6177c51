import { areaAddress, sameSheet } from '../address';
import { auditCells, auditSheetName, isAuditSheet, type AuditSheet } from '../auditSheet';
import { emptyReviews } from '../reviews';
import type { WorkbookState } from '../state';
import { checkStateSize, queueStateRead, stateWriteOps } from './stateStore';
import { op, type Op } from './ops';
import { writeBlocks } from './writeBlocks';

/** Rows of the audit sheet per write call. */
const AUDIT_ROWS = 500;

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
 * Write the audit sheet after one read: the record naming it first (batches are not transactional, so a failure
 * later leaves a record that names every sheet Traguardo may have added), then Traguardo's previous audit sheet
 * deleted, the new one added, its cells formatted as Text before their values, and the links through `formulas`;
 * one sync when it fits the request budget, else row blocks.
 */
export async function writeAuditSheet(ctx: Excel.RequestContext, audit: AuditSheet, budget: number): Promise<string> {
  const { state, keys, names, own } = await findOwn(ctx);
  const name = auditSheetName(audit.name, names, own);
  const next = recording(state, name);
  checkStateSize(next);
  const ops: Op[] = [...stateWriteOps(ctx, next, keys, Math.floor(budget / 2))];
  let ws: Excel.Worksheet | null = null;
  const sheet = (): Excel.Worksheet => (ws ??= ctx.workbook.worksheets.getItem(name));
  ops.push(
    op({ replace: own, add: name }, () => {
      if (own !== null) ctx.workbook.worksheets.getItem(own).delete();
      ws = ctx.workbook.worksheets.add(name);
    }),
  );
  const { texts, links } = auditCells(audit);
  const width = texts[0]?.length ?? 1;
  // Rows in runs, so a long list is written in several syncs under the request budget (`writeBlocks`).
  for (let top = 0; top < texts.length; top += AUDIT_ROWS) {
    const rows = texts.slice(top, top + AUDIT_ROWS);
    // Text everywhere but the links' cells (a formula set on a Text cell would stay text).
    const formats = rows.map((row, k) => row.map((_, c) => (top + k >= 2 && c === 0 ? 'General' : '@')));
    ops.push(
      // The request carries both matrices: the values and their number formats.
      op({ rows, formats }, () => {
        const range = sheet().getRange(areaAddress({ top: top + 1, left: 0, bottom: top + rows.length, right: width - 1 }));
        range.numberFormat = formats;
        range.values = rows;
      }),
    );
  }
  for (let k = 0; k < links.length; k += AUDIT_ROWS) {
    const run = links.slice(k, k + AUDIT_ROWS).map((l) => [l === null ? '' : `=${l}`]);
    ops.push(op(run, () => (sheet().getRange(areaAddress({ top: k + 3, left: 0, bottom: k + 2 + run.length, right: 0 })).formulas = run), 1));
  }
  const { error } = await writeBlocks(ctx, ops, budget);
  if (error) throw error;
  return name;
}

/** Delete Traguardo's audit sheet (never a user's sheet of that name) and forget it; false when there was none. */
export async function removeAuditSheet(ctx: Excel.RequestContext, budget: number): Promise<boolean> {
  const partSize = Math.floor(budget / 2);
  const { state, keys, own } = await findOwn(ctx);
  if ((state.settings?.reviews?.auditSheet ?? null) === null) return false;
  for (const o of stateWriteOps(ctx, recording(state, null), keys, partSize)) o.queue();
  if (own !== null) ctx.workbook.worksheets.getItem(own).delete();
  await ctx.sync();
  return own !== null;
}
