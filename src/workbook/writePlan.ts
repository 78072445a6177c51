import { cellAt, columnIndex, columnLetter, gridWidth } from '../core/layout/grid.types';
import type { Issue } from '../core/issues';
import type { Lang } from '../core/i18n/lang';
import { renderIssue } from '../core/i18n/render';
import type { ScoringPolicy } from '../core/scoring/policy';
import type { IndicatorReport, SheetReport } from '../core/sheet/report.types';
import type { SheetSnapshot } from './port';
import type { OutputCell, WritePlan } from './writePlan.types';
import { parseCell } from './address';
import { NOTE_PREFIX } from './noteText';

/** The output column's header in each language. */
export const OUTPUT_HEADERS: Record<Lang, string> = {
  it: 'Raggiungimento (Traguardo)',
  en: 'Achievement (Traguardo)',
};
const NOT_EVALUABLE: Record<Lang, string> = { it: 'n.v.', en: 'n/a' };
const NOT_EVALUABLE_NOTE: Record<Lang, string> = { it: 'non valutabile', en: 'not evaluable' };

/** The percent format for `decimals` decimals: "0%", "0.0%", "0.00%". */
export const percentFormat = (decimals: number): string => (decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%');

/**
 * Find Traguardo's output column from an earlier run: a cell whose text is one of the output headers.
 * Returns the sheet column (0-based), or null.
 */
export function findOutputColumn(snapshot: SheetSnapshot): number | null {
  const headers = new Set(Object.values(OUTPUT_HEADERS));
  for (let r = 0; r < snapshot.cells.length; r++) {
    const row = snapshot.cells[r] ?? [];
    for (let c = row.length - 1; c >= 0; c--) {
      const v = cellAt(snapshot, r, c).value;
      if (typeof v === 'string' && headers.has(v.trim())) return snapshot.origin.col + c;
    }
  }
  return null;
}

/** Where a finding of an indicator is noted: its own cell, else the result cell, else the target cell, else the output cell. */
function findingAddress(finding: Issue, ind: IndicatorReport, outputCell: string): string {
  const own = finding.cell !== undefined ? parseCell(finding.cell) : null;
  if (own && finding.cell !== undefined) return finding.cell.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();
  return ind.cells.result ?? ind.cells.target ?? outputCell;
}

/**
 * Compute everything Traguardo writes to a sheet from its snapshot and report: the output column (right of the
 * used range, or the column of an earlier run, so computing twice equals once), highlights by band, one note per
 * flagged cell (a warning or an error, or an indicator that is not evaluable) and the list of every finding.
 * @example buildWritePlan(snapshot, report, { lang: 'it', policy: DEFAULT_POLICY }).output.header //=> 'Raggiungimento (Traguardo)'
 */
export function buildWritePlan(snapshot: SheetSnapshot, report: SheetReport, opts: { lang: Lang; policy: ScoringPolicy }): WritePlan {
  const { lang, policy } = opts;
  const column = columnLetter(findOutputColumn(snapshot) ?? snapshot.origin.col + gridWidth(snapshot));
  const indicators = [...report.indicators].sort((a, b) => a.row - b.row);
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
    // A cell is flagged by a warning or an error, or when its indicator is not evaluable; info findings of an
    // evaluable indicator (a value read from text, a revised target) go to the findings list only.
    const flagged = new Set(ev.findings.filter((f) => !evaluable || f.severity !== 'info').map((f) => findingAddress(f, ind, outputCell)));
    for (const f of ev.findings) {
      const address = findingAddress(f, ind, outputCell);
      const message = renderIssue(f, lang);
      if (flagged.has(address)) addNote(address, noteLine(f, address, lang));
      findings.push({ address, severity: f.severity, code: f.code, indicator: ind.code ?? ind.name, message });
    }
    if (!evaluable && ev.findings.length === 0) addNote(ind.cells.result ?? outputCell, `${outputCell}: ${NOT_EVALUABLE_NOTE[lang]}`);
  }
  for (const f of report.issues) {
    const message = renderIssue(f, lang);
    const own = f.cell !== undefined ? parseCell(f.cell) : null;
    const address = own ? (f.cell as string).replace(/\$/g, '').replace(/^.*!/, '').toUpperCase() : '';
    if (address !== '') addNote(address, noteLine(f, address, lang));
    findings.push({ address, severity: f.severity, code: f.code, indicator: null, message });
  }

  const notes = [...noteLines.entries()]
    .map(([address, lines]) => ({ address, text: `${NOTE_PREFIX} ${lines.join('\n')}` }))
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

/** A finding as a line of the note on `address`: without the cell when it is that very cell ("Traguardo: risultato mancante."). */
function noteLine(f: Issue, address: string, lang: Lang): string {
  const own = f.cell !== undefined && f.cell.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase() === address;
  if (!own) return renderIssue(f, lang);
  const { cell: _cell, ...rest } = f;
  return renderIssue(rest as Issue, lang);
}

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
