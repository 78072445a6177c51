import type { ApplyOutcome } from '../port';
import type { WritePlan } from '../writePlan.types';
import type { SheetState } from '../state';
import { BAND_STYLE, highlightRules } from '../highlight';
import { composeNote, isTraguardoNote, userPart } from '../noteText';
import { findingsHeader, findingsRows, findingsSheetName } from '../findingsSheet';
import { areaAddress } from '../address';
import type { Gates } from './gates';
import { clearSheet } from './clearSheet';
import { DEFAULT_ORIGINAL, deleteHighlightOps, deleteSheetOps, fullAddress, op, originalOf, restoreNoteOps, restoreOutputOps, rowRuns, runAddress, type OfficeOriginal, type Op } from './ops';
import { noteMode, preflight, type Preflight } from './preflight';
import { preflightFromFacts, type SheetFacts } from './sheetFacts';
import { stateWriteOps } from './stateStore';
import { writeBlocks } from './writeBlocks';

/**
 * Apply a write plan: one load sync (what Traguardo wrote before, the output column's current cells, existing
 * notes), then every write queued and sent in one sync, or in row blocks when over the payload budget. The load
 * sync is skipped when `cached` (facts read with the sheet, see `preflightFromFacts`) proves a first run with
 * nothing to probe or delete. Writes to the scored sheet come first so a refusal (protected sheet) leaves
 * nothing behind; if a later block fails, what the earlier blocks wrote is undone before the error is rethrown.
 */
export async function applyPlan(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  gates: Gates,
  budget: number,
  cached: { facts: SheetFacts; now: number } | null = null,
): Promise<ApplyOutcome> {
  const rows = [...new Set([plan.output.headerRow, ...plan.output.cells.map((c) => c.row)])].sort((a, b) => a - b);
  const span = { column: plan.output.column, rows };
  const pre = (cached && preflightFromFacts(cached.facts, plan.sheet, gates, span, cached.now))
    ?? await preflight(ctx, plan.sheet, gates, { notes: plan.notes.map((n) => n.address), span, budget });
  const prior = pre.state.sheets[plan.sheet];
  const ws = ctx.workbook.worksheets.getItem(plan.sheet);
  const ops: Op[] = [...deleteHighlightOps(pre.cfs)];

  // Output column: restore what the earlier run wrote and this one does not, then write this run's cells.
  const sameColumn = prior?.output?.column === plan.output.column;
  if (prior?.output) ops.push(...restoreOutputOps(ws, prior.output, prior.output.rows.filter((r) => !(sameColumn && rows.includes(r)))));
  const originals: Record<string, unknown> = {};
  const originalAt = (row: number): OfficeOriginal =>
    sameColumn && prior?.output?.rows.includes(row) ? originalOf(prior.output, row) : (pre.span.get(row) ?? DEFAULT_ORIGINAL);
  const byRow = new Map(plan.output.cells.map((c) => [c.row, c]));
  for (const run of rowRuns(rows)) {
    const values: Array<[string | number]> = [];
    const formats: Array<[string]> = [];
    for (const r of run) {
      const o = originalAt(r);
      if (o.formula !== '' || o.format !== 'General') originals[String(r)] = o;
      const cell = r === plan.output.headerRow ? null : byRow.get(r);
      values.push([cell ? (cell.value ?? cell.text ?? '') : plan.output.header]);
      formats.push([cell && cell.value !== null ? plan.output.numberFormat : o.format]);
    }
    ops.push(op({ values, formats }, () => {
      const range = ws.getRange(runAddress(plan.output.column, run));
      range.values = values;
      range.numberFormat = formats;
    }, 3));
  }

  const runs = highlightRules(plan);
  for (const run of runs) {
    const style = BAND_STYLE[run.band];
    ops.push(op({ cf: run.ref, style, formula: run.formula }, () => {
      const cf = ws.getRange(run.ref).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${run.formula}`;
      cf.custom.format.fill.color = style.fill;
      cf.custom.format.font.color = style.font;
    }, 6));
  }

  const { noteOps, notes, displaced } = planNotes(plan, prior, pre, gates, ws);
  const planned = new Set(plan.notes.map((n) => n.address));
  if (prior) ops.push(...restoreNoteOps(prior.notes.filter((n) => !planned.has(n.address)), pre.probe));
  ops.push(...noteOps);

  if (prior) ops.push(...deleteSheetOps(ctx, prior.findingsSheet, pre.names));
  let findingsSheet: string | null = null;
  if ((noteMode(gates) === 'sheet' || displaced > 0) && plan.findings.length > 0) {
    findingsSheet = uniqueName(findingsSheetName(plan.sheet), pre.names, prior?.findingsSheet ?? null);
    ops.push(findingsSheetOp(ctx, findingsSheet, plan));
  }

  const counts = { values: plan.output.cells.length, highlights: plan.highlights.length, notes: notes.length };
  const added: SheetState = { output: { column: plan.output.column, rows, originals }, highlights: runs, notes, findingsSheet, counts };
  const next = { ...pre.state, sheets: { ...pre.state.sheets, [plan.sheet]: added } };
  ops.push(...stateWriteOps(ctx, next, pre.stored, Math.floor(budget / 2)));

  const { written, error } = await writeBlocks(ctx, ops, budget);
  if (error) {
    if (written > 0) await clearSheet(ctx, plan.sheet, gates, budget, [added]).catch(() => undefined);
    throw error;
  }
  return { ...counts, findingsSheet };
}

/** Notes (or threaded comments) for the plan; a cell whose user comment cannot take Traguardo's is displaced. */
function planNotes(plan: WritePlan, prior: SheetState | undefined, pre: Preflight, gates: Gates, ws: Excel.Worksheet): { noteOps: Op[]; notes: SheetState['notes']; displaced: number } {
  const mode = noteMode(gates);
  const noteOps: Op[] = [];
  const notes: SheetState['notes'] = [];
  let displaced = 0;
  if (mode === 'sheet') return { noteOps, notes, displaced };
  const priorNote = new Map((prior?.notes ?? []).map((n) => [n.address, n]));
  for (const n of plan.notes) {
    const p = pre.probe(n.address);
    if (mode === 'notes') {
      const existing = p.note && !p.note.isNullObject ? p.note : null;
      const known = priorNote.get(n.address);
      const user = known ? (typeof known.original === 'string' ? known.original : null) : existing ? (isTraguardoNote(existing.content) ? null : userPart(existing.content)) : null;
      const content = composeNote(user, n.text);
      notes.push({ address: n.address, original: user });
      noteOps.push(existing
        ? op({ note: content }, () => { existing.content = content; })
        : op({ note: content }, () => { ws.notes.add(n.address, content); }));
    } else {
      const existing = p.comment;
      if (existing && !isTraguardoNote(existing.content)) {
        displaced++;
        continue;
      }
      notes.push({ address: n.address, original: null });
      noteOps.push(existing
        ? op({ comment: n.text }, () => { existing.content = n.text; })
        : op({ comment: n.text }, () => { ws.comments.add(fullAddress(plan.sheet, n.address), n.text); }));
    }
  }
  return { noteOps, notes, displaced };
}

/**
 * The findings sheet: every value written as text in cells of the Text format "@" set first, so an indicator
 * name or message starting with "=", "+" or "-" stays text and a code like "1.10" or "3/4" is not turned into a
 * number or a date (Range.values: "If the value starts with a plus, minus, or equal sign, Excel interprets this
 * value as a formula", https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * Only the link column goes through `formulas`: a HYPERLINK built from Traguardo's own addresses.
 */
function findingsSheetOp(ctx: Excel.RequestContext, name: string, plan: WritePlan): Op {
  const rows = findingsRows(plan);
  const header = findingsHeader(plan);
  const texts: string[][] = [header.slice(1), ...rows.map((r) => [...r.values])];
  const links: string[][] = rows.map((r) => [r.link ? `=${r.link}` : '']);
  const textFormat = texts.map((row) => row.map(() => '@'));
  return op({ name, texts, links }, () => {
    const sheet = ctx.workbook.worksheets.add(name);
    const head = sheet.getRange('A1');
    head.numberFormat = [['@']];
    head.values = [[header[0] as string]];
    const body = sheet.getRange(areaAddress({ top: 1, left: 1, bottom: texts.length, right: 4 }));
    body.numberFormat = textFormat;
    body.values = texts;
    if (links.length > 0) sheet.getRange(areaAddress({ top: 2, left: 0, bottom: links.length + 1, right: 0 })).formulas = links;
  }, 8);
}

function uniqueName(base: string, names: Set<string>, reusable: string | null): string {
  let out = base;
  for (let i = 2; names.has(out) && out !== reusable; i++) out = `${base.slice(0, 27)} ${i}`;
  return out;
}
