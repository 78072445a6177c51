import { a1, cellAt, columnIndex, columnLetter, type Grid, type GridCell } from './grid.types';
import type { ColumnMapping } from './mapping';
import { ROLES, type Role } from './roles';
import { matchHeader } from './matchHeader';
import { normalizeHeader } from './_lib/normalizeHeader';
import { isBlankRow, textAt, textOf } from './_lib/cellText';
import { MergeIndex } from './_lib/mergeIndex';

export interface RoleCell {
  address: string;
  cell: GridCell;
}

export interface IndicatorRow {
  /** 1-based Excel row. */
  row: number;
  cells: Partial<Record<Role, RoleCell>>;
  /** Objective text/code that applies to the row: the row's own objective cell, else the merged area covering it,
   *  else filled down from the last objective above (within the same table/section). */
  objective: string | null;
  /** The section/"AMBITO …" row heading above, if any. */
  section: string | null;
}

const SECTION =
  /^\s*(?:ambito|macro\s*-?\s*ambito|area|macro\s*-?\s*area|sezione|section|missione|linea\s+strategica|programma|prospettiva|perspective|priorit[aà]|asse|dimensione|tema|theme)\b/i;
const OBJECTIVE = /^\s*(?:obiettiv[oi]|objective|goal|ob\.|[A-Z]{1,3}\d{1,3}(?:\.\d{1,3})*\b)/i;
interface Heading {
  kind: 'section' | 'objective' | 'none';
  text: string;
}

/** Roles whose merged cell (spanning several rows) applies to each row under it. */
const SPREAD: ReadonlySet<Role> = new Set(['objective', 'code', 'indicator', 'algorithm', 'unit', 'notes', 'baseline']);

/**
 * The data rows of a sheet under a mapping: skips blank rows, section rows, repeated header rows, hidden rows,
 * and rows with neither target nor result nor indicator. Cells of descriptive roles (objective, code,
 * indicator, algorithm, unit, notes, baseline) read through vertical merges; value cells are the row's own.
 * @example indicatorRows(grid, mapping)[0] //=> { row: 5, cells: { target: { address: 'D5', … } }, objective: 'A01', section: 'AMBITO 1' }
 */
export function indicatorRows(grid: Grid, mapping: ColumnMapping): IndicatorRow[] {
  const merges = new MergeIndex(grid.merges, grid.cells.length);
  const hidden = new Set(grid.hiddenRows);
  const toGridRow = (sheetRow: number): number => sheetRow - 1 - grid.origin.row;
  const cols: [Role, number][] = [];
  for (const role of ROLES) {
    const letters = mapping.columns[role];
    const c = letters === undefined ? -1 : columnIndex(letters) - grid.origin.col;
    if (c >= 0) cols.push([role, c]);
  }
  const colOf = new Map(cols);
  const plan = cols.map(([role, c]) => [role, c, columnLetter(grid.origin.col + c), SPREAD.has(role)] as const);
  const objCol = colOf.get('objective');
  const keyCols = [colOf.get('target'), colOf.get('result'), colOf.get('indicator')];
  const h = toGridRow(mapping.headerRow);
  const headers = [h - 1, h].filter((r) => r >= 0 && !isBlankRow(grid, r)).map((r) => labelsOf(grid, merges, r, cols));
  const from = Math.max(0, toGridRow(mapping.firstDataRow), h + 1);
  const to = Math.min(grid.cells.length - 1, toGridRow(mapping.lastDataRow));
  const out: IndicatorRow[] = [];
  let section: string | null = null;
  let carried: string | null = null;
  for (let r = from; r <= to; r++) {
    if (hidden.has(r) || isBlankRow(grid, r)) continue;
    const key = keyCols.map((c) => (c === undefined ? '' : textAt(grid, r, c)));
    if (headers.some((labels) => repeats(grid, r, labels, keyCols))) continue;
    if (key[0] === '' && key[1] === '') {
      const heading = headingOf(grid, merges, r, objCol, key[2] !== '');
      if (heading?.kind === 'section') {
        section = heading.text;
        carried = null;
      } else if (heading?.kind === 'objective') carried = heading.text;
      if (heading) continue;
    }
    if (headerLike(key)) continue;
    const cells: Partial<Record<Role, RoleCell>> = {};
    for (const [role, c, letter, spread] of plan) {
      const m = spread && textAt(grid, r, c) === '' ? merges.at(r, c) : null;
      cells[role] = m
        ? { address: a1(grid, m.top, m.left), cell: cellAt(grid, m.top, m.left) }
        : { address: `${letter}${grid.origin.row + r + 1}`, cell: cellAt(grid, r, c) };
    }
    const objective = cells.objective ? textOf(cells.objective.cell) : '';
    if (objective !== '') carried = objective;
    out.push({ row: grid.origin.row + r + 1, cells, objective: carried, section });
  }
  return out;
}

interface Label {
  raw: string;
  normalized: string;
}

function labelsOf(grid: Grid, merges: MergeIndex, r: number, cols: readonly [Role, number][]): Map<number, Label> {
  const labels = new Map<number, Label>();
  for (const [, c] of cols) {
    const m = merges.at(r, c);
    const t = m ? textAt(grid, m.top, m.left) : textAt(grid, r, c);
    if (t !== '') labels.set(c, { raw: t, normalized: normalizeHeader(t).text });
  }
  return labels;
}

/** True when row r repeats a header row: two of its mapped cells (or the only one) read as that row's labels. */
function repeats(grid: Grid, r: number, labels: ReadonlyMap<number, Label>, keyCols: readonly (number | undefined)[]): boolean {
  for (const c of keyCols) {
    const label = c === undefined ? undefined : labels.get(c);
    const t = label && c !== undefined ? textAt(grid, r, c) : '';
    if (label && t !== '' && Math.abs(t.length - label.raw.length) > 4) return false;
  }
  let same = 0;
  for (const [c, label] of labels) {
    const t = textAt(grid, r, c);
    if (t === '' || Math.abs(t.length - label.raw.length) > 4 || t.charAt(0).toLowerCase() !== label.raw.charAt(0).toLowerCase()) continue;
    if (t === label.raw || normalizeHeader(t).text === label.normalized) same++;
  }
  return same >= Math.min(2, labels.size) && same > 0;
}

/** True when the target/result/indicator cells hold header words only ("Target", "CONSUNTIVO"). */
function headerLike(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length > 0 && filled.every((t) => t.length <= 40 && !/\d/.test(t.replace(/\b(?:19|20)\d\d\b/g, '')) && isHeaderWord(t));
}

/**
 * A row without target and result read as a heading: a section ("AMBITO …", or one text merged across the row)
 * or an objective (its objective cell, an "Obiettivo …"/"A01 …" text). A row that still names an indicator is a
 * heading only when it holds that one text, merged across or starting with a section/objective word.
 */
function headingOf(grid: Grid, merges: MergeIndex, r: number, objCol: number | undefined, indicatorFilled: boolean): Heading | null {
  const row = grid.cells[r] ?? [];
  let first = '';
  let anchors = 0;
  let wide = false;
  for (let c = 0; c < row.length; c++) {
    const m = merges.at(r, c);
    if (m && (m.top !== r || m.left !== c)) continue;
    const t = textAt(grid, r, c);
    if (t === '') continue;
    anchors++;
    if (first === '') first = t;
    if (m && m.right > m.left) wide = true;
  }
  const single = anchors === 1;
  if (indicatorFilled && !(single && (wide || SECTION.test(first) || OBJECTIVE.test(first)))) return null;
  if (SECTION.test(first)) return { kind: 'section', text: first };
  if (!indicatorFilled && objCol !== undefined) {
    const m = merges.at(r, objCol);
    const t = m ? textAt(grid, m.top, m.left) : textAt(grid, r, objCol);
    if (t !== '') return { kind: 'objective', text: t };
  }
  if (OBJECTIVE.test(first)) return { kind: 'objective', text: first };
  if (single && wide) return { kind: 'section', text: first };
  return indicatorFilled ? null : { kind: 'none', text: first };
}

function isHeaderWord(text: string): boolean {
  const m = matchHeader(text);
  return m !== null && m.cls !== 'generic' && m.confidence === 1;
}
