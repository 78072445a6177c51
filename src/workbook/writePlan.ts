import { cellAt, columnIndex, columnLetter, gridWidth, type GridRect } from '../core/layout/grid.types';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/i18n/lang';
import { renderIssue } from '../core/i18n/render';
import type { ScoringPolicy } from '../core/scoring/policy';
import type { IndicatorReport, SheetReport } from '../core/sheet/report.types';
import type { ReservedKind, SheetSnapshot } from './port';
import type { OutputCell, WritePlan } from './writePlan.types';
import { MAX_COL, parseCell, type AreaRef } from './address';
import { NOTE_PREFIX } from './noteText';
import { bareAddress, findingCell, takesNote } from '../core/sheet/placement';
import { explain } from '../core/i18n/explain';

/** The output column's header in each language. */
export const OUTPUT_HEADERS: Record<Lang, string> = {
  it: 'Raggiungimento (Traguardo)',
  en: 'Achievement (Traguardo)',
};
const NOT_EVALUABLE: Record<Lang, string> = { it: 'n.v.', en: 'n/a' };
const NOT_EVALUABLE_NOTE: Record<Lang, string> = { it: 'Non valutabile.', en: 'Not evaluable.' };

/** The percent format for `decimals` decimals: "0%", "0.0%", "0.00%". */
export const percentFormat = (decimals: number): string => (decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%');

/**
 * Traguardo's output column from an earlier run, as its own marker says (`SheetSnapshot.outputColumn`: the stored
 * record or the name over the column), never from header text: a user's cell reading "Raggiungimento
 * (Traguardo)" is the user's. Returns the sheet column (0-based), or null.
 */
export function findOutputColumn(snapshot: SheetSnapshot): number | null {
  const c = snapshot.outputColumn === undefined ? -1 : columnIndex(snapshot.outputColumn);
  return c >= 0 ? c : null;
}

/**
 * What of the user's a sheet column holds over rows `top`…`bottom` (1-based), as far as the snapshot knows: a
 * value in the grid, a merged area or a table (in the grid or right of it), or an area the adapter reserved
 * (a formula showing "", a value left out of the grid, data validation). Null when the column is free there.
 */
export function columnContent(snapshot: SheetSnapshot, col: number, top: number, bottom: number): { kind: ReservedKind; area: AreaRef } | null {
  const { row: r0, col: c0 } = snapshot.origin;
  const onSheet = (g: GridRect): AreaRef => ({ top: g.top + r0 + 1, left: g.left + c0, bottom: g.bottom + r0 + 1, right: g.right + c0 });
  const covers = (a: AreaRef): boolean => a.left <= col && col <= a.right && a.top <= bottom && top <= a.bottom;
  for (const m of snapshot.merges) if (covers(onSheet(m))) return { kind: 'merge', area: onSheet(m) };
  for (const t of snapshot.tables) if (covers(onSheet(t))) return { kind: 'table', area: onSheet(t) };
  for (const a of snapshot.reserved ?? []) if (covers(a)) return { kind: a.kind, area: a };
  const c = col - c0;
  if (c >= 0) {
    for (let r = Math.max(top - r0 - 1, 0); r <= bottom - r0 - 1 && r < snapshot.cells.length; r++) {
      if (cellAt(snapshot, r, c).value !== null) return { kind: 'value', area: { top: r + r0 + 1, left: col, bottom: r + r0 + 1, right: col } };
    }
  }
  return null;
}

/**
 * Where the output column goes: the column of an earlier run (Traguardo's own marker), else the first column
 * right of the used range that is free over the rows Traguardo writes (`columnContent`): past a merged area, a
 * table, formulas showing "" or data validation of the user's, never over them.
 */
export function chooseOutputColumn(snapshot: SheetSnapshot, top: number, bottom: number): number {
  const earlier = findOutputColumn(snapshot);
  if (earlier !== null) return earlier;
  let col = snapshot.origin.col + gridWidth(snapshot);
  while (col < MAX_COL && columnContent(snapshot, col, top, bottom) !== null) col++;
  return col;
}

/**
 * Compute everything Traguardo writes to a sheet from its snapshot and report: the output column (right of the
 * used range past any column holding the user's content there, or the column of an earlier run as Traguardo's
 * own record says, so computing twice equals once), highlights by band, one note per
 * flagged cell (a warning or an error, or an indicator that is not evaluable) and the list of every finding.
 * @example buildWritePlan(snapshot, report, { lang: 'it', policy: DEFAULT_POLICY }).output.header //=> 'Raggiungimento (Traguardo)'
 */
export function buildWritePlan(snapshot: SheetSnapshot, report: SheetReport, opts: { lang: Lang; policy: ScoringPolicy }): WritePlan {
  const { lang, policy } = opts;
  const indicators = [...report.indicators].sort((a, b) => a.row - b.row);
  const lastRow = Math.max(report.mapping.headerRow, ...indicators.map((i) => i.row));
  const column = columnLetter(chooseOutputColumn(snapshot, report.mapping.headerRow, lastRow));
  const cells: OutputCell[] = [];
  const highlights: WritePlan['highlights'] = [];
  const noteLines = new Map<string, string[]>();
  const findings: WritePlan['findings'] = [];
  const seenRows = new Set<number>();

  const addNote = (address: string, line: string): void => {
    const lines = noteLines.get(address) ?? [];
    if (!lines.includes(line)) lines.push(line);
    noteLines.set(address, lines);
  };

  for (const ind of indicators) {
    if (seenRows.has(ind.row)) continue;
    seenRows.add(ind.row);
    const ev = ind.evaluation;
    const outputCell = `${column}${ind.row}`;
    const evaluable = ev.achievement !== null && ev.band !== 'not-evaluable';
    cells.push({
      row: ind.row,
      value: evaluable ? (ev.achievement as number) / 100 : null,
      text: evaluable ? null : NOT_EVALUABLE[lang],
    });
    if (evaluable && ev.band !== 'not-evaluable') {
      if (ind.cells.result) highlights.push({ address: ind.cells.result, band: ev.band });
      highlights.push({ address: outputCell, band: ev.band });
    }
    // A cell is flagged by a finding that takes a note (policy.notes: a warning, an error, any finding of an
    // indicator that is not evaluable; or every finding); the others go to the findings list only.
    const flagged = new Set(ev.findings.filter((f) => takesNote(f, evaluable, policy.notes)).map((f) => findingCell(f, ind, report.mapping)));
    for (const f of ev.findings) {
      const address = findingCell(f, ind, report.mapping);
      const message = renderIssue(f, lang);
      if (flagged.has(address)) addNote(address, noteLine(f, address, lang));
      findings.push({ address, severity: f.severity, code: f.code, indicator: ind.code ?? ind.name, message });
    }
    if (!evaluable && ev.findings.length === 0) addNote(ind.cells.result ?? outputCell, `${outputCell}: ${NOT_EVALUABLE_NOTE[lang]}`);
    if (evaluable && policy.explainNotes) {
      const why = explanationLine(ind, lang);
      if (why !== null) addNote(outputCell, why);
    }
  }
  for (const f of report.issues) {
    const message = renderIssue(f, lang);
    const address = findingCell(f, null, report.mapping);
    if (address !== '' && takesNote(f, true, policy.notes)) addNote(address, noteLine(f, address, lang));
    findings.push({ address, severity: f.severity, code: f.code, indicator: null, message });
  }

  const notes = [...noteLines.entries()]
    .map(([address, lines]) => ({ address, text: noteText(lines, lang) }))
    .sort((a, b) => compareAddresses(a.address, b.address));

  const written = new Set([report.mapping.headerRow, ...cells.map((c) => c.row)]);
  const occupied = numbersIn(snapshot, columnIndex(column)).filter((r) => !written.has(r));
  return {
    sheet: snapshot.name,
    output: { column, headerRow: report.mapping.headerRow, header: OUTPUT_HEADERS[lang], numberFormat: percentFormat(policy.displayDecimals), cells, nearMiss: policy.nearMiss / 100, occupied },
    highlights,
    notes,
    findings,
  };
}

/** Most lines and characters in one note: past them the note says how many more the findings list holds. */
export const NOTE_MAX_LINES = 10;
export const NOTE_MAX_CHARS = 2000;
const MORE: Record<Lang, (n: number) => string> = {
  it: (n) => `… e ${n === 1 ? 'un altro rilievo' : `altri ${n} rilievi`} nell’elenco dei rilievi.`,
  en: (n) => `… and ${n === 1 ? 'one more finding' : `${n} more findings`} in the findings list.`,
};

/**
 * A note's text: Traguardo's marker, then its lines; kept short (NOTE_MAX_LINES lines, about NOTE_MAX_CHARS
 * characters, never a line cut), the rest counted in a last line.
 */
export function noteText(lines: readonly string[], lang: Lang): string {
  const kept: string[] = [];
  let size = NOTE_PREFIX.length + 1;
  for (const line of lines) {
    if (kept.length >= NOTE_MAX_LINES || (kept.length > 0 && size + line.length + 1 > NOTE_MAX_CHARS)) break;
    kept.push(line);
    size += line.length + 1;
  }
  const rest = lines.length - kept.length;
  return `${NOTE_PREFIX} ${[...kept, ...(rest > 0 ? [MORE[lang](rest)] : [])].join('\n')}`;
}

/** A finding as a line of the note on `address`: without the cell when it is that very cell ("Traguardo: risultato mancante."). */
function noteLine(f: Issue, address: string, lang: Lang): string {
  const own = f.cell !== undefined && bareAddress(f.cell) === address;
  if (!own) return renderIssue(f, lang);
  const { cell: _cell, ...rest } = f;
  return renderIssue(rest as Issue, lang);
}

const TARGET_WORD: Record<Lang, string> = { it: 'target', en: 'target' };
/** Longest text of a target cell quoted in an explanation note; longer ones are cut with "…". */
const QUOTE_MAX = 80;

/**
 * The explanation of a computed achievement, as a note line: "57,1% = 0,12 / 0,21 — target: ≥ 0,21", the target
 * quoted as the cell states it (the line it was read from), short. Null when the evaluation has no formula.
 */
export function explanationLine(ind: IndicatorReport, lang: Lang): string | null {
  const ev = ind.evaluation;
  const why = explain(ev.achievement, ev.formula, lang, ev.computed);
  if (why === null) return null;
  const stated = ev.target.provenance?.token ?? ev.target.provenance?.lineText ?? null;
  const quoted = stated === null ? '' : stated.replace(/\s+/g, ' ').replace(/>=/g, '≥').replace(/<=/g, '≤').trim();
  const cut = quoted.length > QUOTE_MAX ? `${quoted.slice(0, QUOTE_MAX - 1)}…` : quoted;
  return cut === '' ? why : `${why} — ${TARGET_WORD[lang]}: ${cut}`;
}

/**
 * True when a plan has nothing to put on its sheet: no indicator row (so no value), no highlight, no note. A
 * header-only sheet gives one. Adapters then write nothing (not even the output header or a record) and undo an
 * earlier run's additions, as Clear would, so clear(score(x)) = x and scoring twice equals once.
 */
export const isEmptyPlan = (plan: WritePlan): boolean => plan.output.cells.length === 0 && plan.highlights.length === 0 && plan.notes.length === 0;

function compareAddresses(a: string, b: string): number {
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (!ca || !cb) return a.localeCompare(b);
  return ca.row - cb.row || ca.col - cb.col;
}

/** Rows (1-based) of a sheet column that hold a number in the snapshot. */
function numbersIn(snapshot: SheetSnapshot, col: number): number[] {
  const c = col - snapshot.origin.col;
  if (c < 0) return [];
  const out: number[] = [];
  snapshot.cells.forEach((row, r) => {
    if (typeof row[c]?.value === 'number') out.push(snapshot.origin.row + r + 1);
  });
  return out;
}
