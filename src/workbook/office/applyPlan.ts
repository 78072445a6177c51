import type { ApplyOutcome } from '../port';
import type { WritePlan } from '../writePlan.types';
import { firstBefore, recordsOf, type SheetRecord, type SheetState, type WorkbookState } from '../state';
import type { CellWrite, SheetEdit } from '../edit.types';
import { appliedOf, byColumn, editOf, invert, outputRows, writtenKeys } from '../edit';
import { columnIndex } from '../../core/layout/grid.types';
import { HostError } from '../errors';
import { BAND_STYLE } from '../highlight';
import { composeNote, isTraguardoNote, userPart } from '../noteText';
import { findingsHeader, findingsRows, findingsSheetName } from '../findingsSheet';
import { areaAddress, freeSheetName, parseArea, sameSheet } from '../address';
import type { Gates } from './gates';
import { clearSheet } from './clearSheet';
import { anchorName, anchorReference, relocate } from './anchor';
import { strayRows } from '../anchor';
import { DEFAULT_ORIGINAL, deleteHighlightOps, deleteSheetOps, fullAddress, officeBefore, op, restoreCellOps, restoreNoteOps, rowRuns, runAddress, type OfficeOriginal, type Op } from './ops';
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
  return applyEdit(ctx, editOf(plan), gates, budget, cached);
}

/** Execute an edit (see `applyPlan`): any cell writes, rule adds and notes, over the inverse of the earlier records. */
export async function applyEdit(
  ctx: Excel.RequestContext,
  edit: SheetEdit,
  gates: Gates,
  budget: number,
  cached: { facts: SheetFacts; now: number } | null = null,
): Promise<ApplyOutcome> {
  const rows = outputRows(edit);
  const spans = byColumn(edit.cells).map(({ column, cells }) => ({ column, rows: cells.map((c) => c.row) }));
  const pre = (cached && preflightFromFacts(ctx, cached.facts, edit, gates, cached.now))
    ?? await preflight(ctx, edit.sheet, gates, { notes: edit.notes.map((n) => n.address), spans, budget });
  const priors = relocate(recordsOf(pre.state.sheets[edit.sheet]), pre.anchor?.now ?? null);
  const stray = strayOf(pre, priors);
  checkOutputFree(edit, priors, pre, stray);
  const ws = ctx.workbook.worksheets.getItem(edit.sheet);
  const headerFormat = pre.span.get(`${edit.column}${edit.headerRow}`)?.format ?? 'General';
  const ops: Op[] = [op({ probe: headerFormat }, () => {
    ws.getRange(`${edit.column}${edit.headerRow}`).numberFormat = [[headerFormat]];
  })];
  // Rules the sheet holds already, exactly as this edit adds them, stay (they read the output cells' new values).
  const body: Op[] = pre.rulesKept ? [] : [...deleteHighlightOps(ws, pre.cfs, pre.anchor?.now ?? null)];

  // The inverse of what earlier runs wrote, except the cells this one writes again; then this run's cells, each
  // recorded with what it held before the first run wrote it (or holds now).
  const inverse = invert(edit.sheet, priors, writtenKeys(edit));
  body.push(...restoreCellOps(ws, inverse.cells));
  const beforeOf = (c: CellWrite): OfficeOriginal => {
    const recorded = firstBefore(priors, c.column, c.row);
    if (recorded !== undefined) return officeBefore(recorded);
    // Traguardo's own value moved by a row inserted inside the column: it held nothing of the user's.
    return stray(c) ? DEFAULT_ORIGINAL : (pre.span.get(`${c.column}${c.row}`) ?? DEFAULT_ORIGINAL);
  };
  for (const { column, cells } of byColumn(edit.cells)) {
    const at = new Map(cells.map((c) => [c.row, c]));
    for (const run of rowRuns(cells.map((c) => c.row))) {
      const values: Array<[string | number]> = [];
      const formats: Array<[string]> = [];
      for (const r of run) {
        const c = at.get(r) as CellWrite;
        values.push([c.value]);
        formats.push([c.format ?? beforeOf(c).format]);
      }
      body.push(op({ values, formats }, () => {
        const range = ws.getRange(runAddress(column, run));
        range.numberFormat = formats;
        range.values = values;
      }, 3));
    }
  }

  for (const run of pre.rulesKept ? [] : edit.rules) {
    const style = BAND_STYLE[run.band];
    body.push(op({ cf: run.ref, style, formula: run.formula }, () => {
      const cf = ws.getRange(run.ref).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${run.formula}`;
      cf.custom.format.fill.color = style.fill;
      cf.custom.format.font.color = style.font;
    }, 6));
  }

  const { noteOps, notes, displaced } = planNotes(edit, pre, gates, ws);
  const planned = new Set(edit.notes.map((n) => n.address));
  body.push(...restoreNoteOps(inverse.notes.filter((n) => !planned.has(n.address)), pre.probe));
  body.push(...noteOps);

  const earlierSheets = new Set(inverse.findingsSheets);
  for (const name of earlierSheets) body.push(...deleteSheetOps(ctx, name, pre.names));
  let findingsSheet: string | null = null;
  if ((noteMode(gates) === 'sheet' || displaced > 0) && edit.plan.findings.length > 0) {
    findingsSheet = uniqueName(findingsSheetName(edit.sheet), pre.names, earlierSheets);
    body.push(findingsSheetOp(ctx, findingsSheet, edit.plan));
  }

  const top = rows[0] as number;
  const bottom = rows[rows.length - 1] as number;
  const recordOf = (c: CellWrite): OfficeOriginal | null => {
    const o = beforeOf(c);
    return o.formula !== '' || o.format !== 'General' ? o : null;
  };
  const added: SheetState = { ...appliedOf(edit, recordOf, { notes, findingsSheet }), anchor: { top, bottom } };
  // The name over the output column, which Excel moves with the cells (see anchor.ts): replaced by this run's span.
  const anchor = pre.anchor;
  const anchorOps: Op[] = [
    ...(anchor ? [op({ delete: 'name' }, () => anchor.item.delete(), 1)] : []),
    ...(!anchor && pre.brokenAnchor ? [op({ delete: 'name' }, () => pre.brokenAnchor?.delete(), 1)] : []),
    op({ name: anchorName(edit.sheet) }, () => {
      ctx.workbook.names.add(anchorName(edit.sheet), anchorReference(edit.sheet, edit.column, top, bottom));
    }, 1),
  ];
  const interim: SheetState = priors.length > 0 ? { ...added, superseded: priors } : added;
  const partSize = Math.floor(budget / 2);
  const withSheet = (record: SheetState): WorkbookState => ({ ...pre.state, sheets: { ...pre.state.sheets, [edit.sheet]: record } });
  checkStateSize(withSheet(interim));
  ops.push(...stateWriteOps(ctx, withSheet(interim), pre.stored, partSize));
  ops.push(...anchorOps, ...body);
  ops.push(...stateWriteOps(ctx, withSheet(added), [...new Set([...pre.stored, ...storedKeys(withSheet(interim), partSize)])], partSize));

  const { error } = await writeBlocks(ctx, ops, budget);
  if (error) {
    await clearSheet(ctx, edit.sheet, gates, budget, interim).catch(() => undefined);
    throw error;
  }
  return { ...added.counts, findingsSheet };
}

/** Cells of the output column Traguardo wrote that no record names (`strayRows`), as a test on a cell write. */
function strayOf(pre: Preflight, priors: SheetRecord[]): (c: CellWrite) => boolean {
  const a = pre.anchor;
  if (!a) return () => false;
  const { now, values, formats } = a;
  const at = (row: number) => (row - now.top < values.length ? { value: values[row - now.top], format: formats[row - now.top] ?? 'General' } : null);
  const rows = new Set(strayRows(now, at, (row) => firstBefore(priors, now.column, row) !== undefined));
  return (c) => c.column === now.column && rows.has(c.row);
}

/**
 * Refuse, before anything is written, an edit that would land on the user's content: every cell it writes must
 * hold no formula or constant and lie in no merged area (where the host tells them, ExcelApi 1.13), unless
 * Traguardo's record says it wrote that cell. A formula showing "" counts: `formulas` gives the formula
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 * @throws HostError coded `OutputNotFree`, naming the cell and what it holds
 */
function checkOutputFree(edit: SheetEdit, priors: SheetRecord[], pre: Preflight, stray: (c: CellWrite) => boolean): void {
  const ours = (c: CellWrite): boolean => firstBefore(priors, c.column, c.row) !== undefined || stray(c);
  const refuse = (address: string, what: string, area?: string): never => {
    throw new HostError('OutputNotFree', `Traguardo writes its column only in free cells, and ${address} is in ${what}: nothing was written. Move that content, or clear the earlier result and compute again.`, area === undefined ? address : `${address}, ${area}`);
  };
  for (const area of pre.merged) {
    const a = parseArea(area);
    const hit = a ? edit.cells.find((c) => a.top <= c.row && c.row <= a.bottom && a.left <= columnIndex(c.column) && columnIndex(c.column) <= a.right && !ours(c)) : undefined;
    if (hit !== undefined) refuse(`${hit.column}${hit.row}`, `the merged area ${area}`, area);
  }
  for (const c of edit.cells) {
    const f = pre.span.get(`${c.column}${c.row}`)?.formula ?? '';
    if (f !== '' && !ours(c)) refuse(`${c.column}${c.row}`, typeof f === 'string' && f.startsWith('=') ? 'a formula' : 'a value');
  }
}

/**
 * Notes (or threaded comments) for the plan. A note's user part is read from the note itself (the text before
 * Traguardo's separator), so what the user wrote since the first apply stays. A cell whose user comment cannot
 * take Traguardo's is displaced to the findings sheet.
 */
function planNotes(plan: SheetEdit, pre: Preflight, gates: Gates, ws: Excel.Worksheet): { noteOps: Op[]; notes: SheetState['notes']; displaced: number } {
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
  return freeSheetName(base, (name) => [...names].some((n) => sameSheet(n, name)) && ![...reusable].some((n) => sameSheet(n, name)));
}
