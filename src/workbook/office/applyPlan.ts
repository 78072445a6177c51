import type { ApplyOutcome } from '../port';
import type { WritePlan } from '../writePlan.types';
import { firstOriginal, recordsOf, type CellOriginalRecord, type SheetRecord, type SheetState, type WorkbookState } from '../state';
import { HostError } from '../errors';
import { BAND_STYLE, highlightRules } from '../highlight';
import { composeNote, isTraguardoNote, userPart } from '../noteText';
import { findingsHeader, findingsRows, findingsSheetName } from '../findingsSheet';
import { areaAddress, parseArea, sameSheet } from '../address';
import type { Gates } from './gates';
import { clearSheet } from './clearSheet';
import { anchorName, anchorReference, relocate } from './anchor';
import { DEFAULT_ORIGINAL, deleteHighlightOps, deleteSheetOps, fullAddress, op, restoreNoteOps, restoreOutputOps, rowRuns, runAddress, type OfficeOriginal, type Op } from './ops';
import { noteMode, preflight, type Preflight } from './preflight';
import { preflightFromFacts, type SheetFacts } from './sheetFacts';
import { checkStateSize, stateWriteOps, storedKeys } from './stateStore';
import { writeBlocks } from './writeBlocks';

/**
 * Apply a write plan: one load sync (what Traguardo wrote before, the output column's current cells, existing
 * notes), then every write queued and sent in one sync, or in row blocks when over the payload budget. The load
 * sync is skipped when `cached` (facts read with the sheet, see `preflightFromFacts`) proves a first run with
 * nothing to probe or delete.
 *
 * Excel batches are not transactional: the commands before a failing one stay applied
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling). So the
 * batch opens with a write that changes nothing (the header cell's own format, put back: a protected sheet
 * refuses it and nothing is written), then stores the sheet's record with the records it replaces
 * (`superseded`) before touching anything else; whatever command fails after it, the stored record names all
 * Traguardo's cells on the sheet and the next apply or Clear undoes them. The last command stores the record
 * alone. On a failure, what was written is undone at once when the host still answers.
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
  const priors = relocate(recordsOf(pre.state.sheets[plan.sheet]), pre.anchor?.now ?? null);
  checkOutputFree(plan, rows, priors, pre);
  const ws = ctx.workbook.worksheets.getItem(plan.sheet);
  const headerFormat = pre.span.get(plan.output.headerRow)?.format ?? 'General';
  const ops: Op[] = [op({ probe: headerFormat }, () => {
    ws.getRange(`${plan.output.column}${plan.output.headerRow}`).numberFormat = [[headerFormat]];
  })];
  const body: Op[] = [...deleteHighlightOps(ws, pre.cfs, pre.anchor?.now ?? null)];

  // Output column: put back what earlier runs wrote and this one does not, then write this run's cells.
  const originalAt = (column: string, row: number): OfficeOriginal => {
    const recorded = firstOriginal(priors, column, row);
    if (recorded !== undefined) return asOriginal(recorded);
    return column === plan.output.column ? (pre.span.get(row) ?? DEFAULT_ORIGINAL) : DEFAULT_ORIGINAL;
  };
  const restored = new Set<string>();
  for (const p of priors) {
    if (!p.output) continue;
    const column = p.output.column;
    const back = p.output.rows.filter((r) => !(column === plan.output.column && rows.includes(r)) && !restored.has(`${column}${r}`));
    back.forEach((r) => restored.add(`${column}${r}`));
    body.push(...restoreOutputOps(ws, column, back, (r) => originalAt(column, r)));
  }
  const originals: Record<string, CellOriginalRecord> = {};
  const byRow = new Map(plan.output.cells.map((c) => [c.row, c]));
  for (const run of rowRuns(rows)) {
    const values: Array<[string | number]> = [];
    const formats: Array<[string]> = [];
    for (const r of run) {
      const o = originalAt(plan.output.column, r);
      if (o.formula !== '' || o.format !== 'General') originals[String(r)] = o;
      const cell = r === plan.output.headerRow ? null : byRow.get(r);
      values.push([cell ? (cell.value ?? cell.text ?? '') : plan.output.header]);
      formats.push([cell && cell.value !== null ? plan.output.numberFormat : o.format]);
    }
    body.push(op({ values, formats }, () => {
      const range = ws.getRange(runAddress(plan.output.column, run));
      range.numberFormat = formats;
      range.values = values;
    }, 3));
  }

  const runs = highlightRules(plan);
  for (const run of runs) {
    const style = BAND_STYLE[run.band];
    body.push(op({ cf: run.ref, style, formula: run.formula }, () => {
      const cf = ws.getRange(run.ref).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${run.formula}`;
      cf.custom.format.fill.color = style.fill;
      cf.custom.format.font.color = style.font;
    }, 6));
  }

  const { noteOps, notes, displaced } = planNotes(plan, pre, gates, ws);
  const planned = new Set(plan.notes.map((n) => n.address));
  const earlierNotes = [...new Map(priors.flatMap((p) => p.notes).filter((n) => !planned.has(n.address)).map((n) => [n.address, n])).values()];
  body.push(...restoreNoteOps(earlierNotes, pre.probe));
  body.push(...noteOps);

  const earlierSheets = new Set(priors.map((p) => p.findingsSheet).filter((n): n is string => n !== null));
  for (const name of earlierSheets) body.push(...deleteSheetOps(ctx, name, pre.names));
  let findingsSheet: string | null = null;
  if ((noteMode(gates) === 'sheet' || displaced > 0) && plan.findings.length > 0) {
    findingsSheet = uniqueName(findingsSheetName(plan.sheet), pre.names, earlierSheets);
    body.push(findingsSheetOp(ctx, findingsSheet, plan));
  }

  const counts = { values: plan.output.cells.length, highlights: plan.highlights.length, notes: notes.length };
  const top = rows[0] as number;
  const bottom = rows[rows.length - 1] as number;
  const added: SheetState = { output: { column: plan.output.column, rows, originals, anchor: { top, bottom } }, highlights: runs, notes, findingsSheet, counts };
  // The name over the output column, which Excel moves with the cells (see anchor.ts): replaced by this run's span.
  const anchor = pre.anchor;
  const anchorOps: Op[] = [
    ...(anchor ? [op({ delete: 'name' }, () => anchor.item.delete(), 1)] : []),
    op({ name: anchorName(plan.sheet) }, () => {
      ctx.workbook.names.add(anchorName(plan.sheet), anchorReference(plan.sheet, plan.output.column, top, bottom));
    }, 1),
  ];
  const interim: SheetState = priors.length > 0 ? { ...added, superseded: priors } : added;
  const partSize = Math.floor(budget / 2);
  const withSheet = (record: SheetState): WorkbookState => ({ ...pre.state, sheets: { ...pre.state.sheets, [plan.sheet]: record } });
  checkStateSize(withSheet(interim));
  ops.push(...stateWriteOps(ctx, withSheet(interim), pre.stored, partSize));
  ops.push(...anchorOps, ...body);
  ops.push(...stateWriteOps(ctx, withSheet(added), [...new Set([...pre.stored, ...storedKeys(withSheet(interim), partSize)])], partSize));

  const { error } = await writeBlocks(ctx, ops, budget);
  if (error) {
    await clearSheet(ctx, plan.sheet, gates, budget, interim).catch(() => undefined);
    throw error;
  }
  return { ...counts, findingsSheet };
}

/**
 * Refuse, before anything is written, a plan whose output column would land on the user's content: every cell it
 * writes must hold no formula or constant and lie in no merged area (where the host tells them, ExcelApi 1.13),
 * unless Traguardo's record says it wrote that cell. A formula showing "" counts: `formulas` gives the formula
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 * @throws HostError coded `OutputNotFree`, naming the cell and what it holds
 */
function checkOutputFree(plan: WritePlan, rows: number[], priors: SheetRecord[], pre: Preflight): void {
  const ours = (row: number): boolean => firstOriginal(priors, plan.output.column, row) !== undefined;
  const refuse = (address: string, what: string, area?: string): never => {
    throw new HostError('OutputNotFree', `Traguardo writes its column only in free cells, and ${address} is in ${what}: nothing was written. Move that content, or clear the earlier result and compute again.`, area === undefined ? address : `${address}, ${area}`);
  };
  for (const area of pre.merged) {
    const a = parseArea(area);
    const hit = a ? rows.find((r) => a.top <= r && r <= a.bottom && !ours(r)) : undefined;
    if (hit !== undefined) refuse(`${plan.output.column}${hit}`, `the merged area ${area}`, area);
  }
  for (const r of rows) {
    const f = pre.span.get(r)?.formula ?? '';
    if (f !== '' && !ours(r)) refuse(`${plan.output.column}${r}`, typeof f === 'string' && f.startsWith('=') ? 'a formula' : 'a value');
  }
}

/** An output cell's original as the Office adapter records it (a formula or constant, and a number format). */
function asOriginal(recorded: unknown): OfficeOriginal {
  const o = (recorded ?? {}) as Partial<OfficeOriginal>;
  return { formula: o.formula ?? '', format: o.format ?? 'General' };
}

/**
 * Notes (or threaded comments) for the plan. A note's user part is read from the note itself (the text before
 * Traguardo's separator), so what the user wrote since the first apply stays. A cell whose user comment cannot
 * take Traguardo's is displaced to the findings sheet.
 */
function planNotes(plan: WritePlan, pre: Preflight, gates: Gates, ws: Excel.Worksheet): { noteOps: Op[]; notes: SheetState['notes']; displaced: number } {
  const mode = noteMode(gates);
  const noteOps: Op[] = [];
  const notes: SheetState['notes'] = [];
  let displaced = 0;
  if (mode === 'sheet') return { noteOps, notes, displaced };
  for (const n of plan.notes) {
    const p = pre.probe(n.address);
    if (mode === 'notes') {
      const existing = p.note && !p.note.isNullObject ? p.note : null;
      const user = existing ? userPart(existing.content) : null;
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

/** A sheet name no other sheet has (Excel compares sheet names case-insensitively); Traguardo's earlier ones may be reused. */
function uniqueName(base: string, names: Set<string>, reusable: Set<string>): string {
  const taken = (name: string): boolean => [...names].some((n) => sameSheet(n, name)) && ![...reusable].some((n) => sameSheet(n, name));
  let out = base;
  for (let i = 2; taken(out); i++) out = `${base.slice(0, 27)} ${i}`;
  return out;
}
