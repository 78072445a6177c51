import type { Grid, GridTable } from './grid.types';
import type { HeaderClass } from './headerSynonyms';
import { matchHeader, type HeaderMatch } from './matchHeader';
import { groupLabel } from './groupLabel';
import { textAt } from './_lib/cellText';
import type { MergeIndex } from './_lib/mergeIndex';
import type { Role } from './roles';

/** One column of a header candidate: its label as shown and what the vocabularies read in it. */
export interface HeaderColumn {
  col: number;
  /** The label ("Target 2023", "CONSUNTIVO / Valore"). */
  text: string;
  /** Grid row of the cell holding the label (for the address). */
  row: number;
  match: HeaderMatch | null;
}

export interface HeaderCandidate {
  /** Grid rows of the header (one, or two for a grouped header), top first. */
  rows: number[];
  columns: HeaderColumn[];
  score: number;
  /** True when the roles read include target plus indicator or result. */
  valid: boolean;
  table: GridTable | null;
  roles: ReadonlySet<HeaderClass>;
}

export interface HeaderContext {
  grid: Grid;
  merges: MergeIndex;
  hiddenRows: ReadonlySet<number>;
  hiddenCols: ReadonlySet<number>;
  /** Columns of the widest row. */
  width: number;
}

const SCAN_ROWS = 100;
const GROUP_LABEL_MAX = 40;
/** Edge of a two-row header whose sub-row reads only as labels and takes meaning from its groups. */
const PAIR_BONUS = 0.5;
const ROLE_WEIGHT: Partial<Record<HeaderClass, number>> = { target: 3, result: 2.5, indicator: 2, stated: 1, ignore: 0.3 };

/**
 * The most header-like row (or pair of rows) of a grid: the first rows of the sheet and the header rows of its
 * Excel tables are read against the vocabularies; title rows and blank rows score nothing.
 * Returns the best valid candidate, else the best invalid one, else null.
 */
export function findHeader(ctx: HeaderContext): HeaderCandidate | null {
  const { grid, hiddenRows } = ctx;
  // Each first row is read whole, and a table's header row also within the table: a table beside the data (a
  // one-column list of notes) does not hide the header of the data on the same row.
  const rows: Array<[number, GridTable | null]> = [];
  for (let r = 0; r < Math.min(grid.cells.length, SCAN_ROWS); r++) rows.push([r, null]);
  for (const t of grid.tables) if (t.hasHeader && t.top >= 0 && t.top < grid.cells.length) rows.push([t.top, t]);
  let best: HeaderCandidate | null = null;
  for (const [r, table] of rows) {
    if (hiddenRows.has(r)) continue;
    const left = table ? Math.max(0, table.left) : 0;
    const right = table ? Math.min(table.right, ctx.width - 1) : ctx.width - 1;
    const single = scored([r], singleRow(ctx, r, left, right), table);
    let pick = single;
    if (r > 0 && !hiddenRows.has(r - 1) && isGroupRow(ctx, r - 1, left, right) && !isDataLike(ctx, r, left, right)) {
      const { columns, grouped } = pairRows(ctx, r - 1, r, left, right);
      const pair = scored([r - 1, r], columns, table);
      if (grouped > 0 && allLabels(ctx, r, left, right)) pair.score += PAIR_BONUS;
      if (pair.score > single.score) pick = pair;
    }
    if (better(pick, best)) best = pick;
  }
  return best;
}

function better(a: HeaderCandidate, b: HeaderCandidate | null): boolean {
  if (!b) return a.score > 0;
  if (a.valid !== b.valid) return a.valid;
  return a.score > b.score;
}

function scored(rows: number[], columns: HeaderColumn[], table: GridTable | null): HeaderCandidate {
  const bestPerClass = new Map<HeaderClass, number>();
  let ignored = 0;
  for (const { match } of columns) {
    if (!match || match.cls === 'generic') continue;
    if (match.cls === 'ignore') ignored++;
    else bestPerClass.set(match.cls, Math.max(bestPerClass.get(match.cls) ?? 0, match.confidence));
  }
  let score = Math.min(ignored, 3) * (ROLE_WEIGHT.ignore ?? 0);
  for (const [cls, conf] of bestPerClass) score += (ROLE_WEIGHT[cls] ?? 0.7) * conf;
  if (bestPerClass.size < 2) score *= 0.5;
  const last = rows[rows.length - 1] ?? 0;
  if (table && table.top === last && score > 0) score += 2;
  const has = (role: Role): boolean => bestPerClass.has(role);
  const valid = has('target') && (has('indicator') || has('result'));
  return { rows, columns, score, valid, table, roles: new Set(bestPerClass.keys()) };
}

/** Labels of one header row; a cell covered by a merge anchored above in the same column shows that anchor. */
function singleRow(ctx: HeaderContext, r: number, left: number, right: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    if (ctx.hiddenCols.has(c)) continue;
    const m = ctx.merges.at(r, c);
    let row = r;
    let text = textAt(ctx.grid, r, c);
    if (m && (m.top !== r || m.left !== c)) {
      if (m.left !== c || m.top === r) continue;
      row = m.top;
      text = textAt(ctx.grid, m.top, m.left);
    }
    if (text !== '') out.push({ col: c, text, row, match: matchHeader(text) });
  }
  return out;
}

/** A row that can group the row below: short labels, and a merge over several columns or into the row below. */
function isGroupRow(ctx: HeaderContext, r: number, left: number, right: number): boolean {
  let grouping = false;
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const m = ctx.merges.at(r, c);
    if (m && (m.top !== r || m.left !== c)) continue;
    const text = textAt(ctx.grid, r, c);
    if (text === '') continue;
    if (text.length > GROUP_LABEL_MAX) return false;
    filled++;
    if (m && (m.bottom > r || (m.right > m.left && (m.left > left || m.right < right)))) grouping = true;
  }
  return grouping || filled >= 2;
}

/** A row holding numbers or long text: data, not a sub-header. */
function isDataLike(ctx: HeaderContext, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const text = textAt(ctx.grid, r, c);
    if (text === '') continue;
    if (text.length > 60) return true;
    const m = matchHeader(text);
    if (!m && !/[a-z]/i.test(text)) return true;
  }
  return false;
}

/** Labels of a two-row header: the sub-header read under its group (merged across, or spanning empty cells). */
function pairRows(ctx: HeaderContext, top: number, r: number, left: number, right: number): { columns: HeaderColumn[]; grouped: number } {
  const { grid, merges } = ctx;
  const out: HeaderColumn[] = [];
  let grouped = 0;
  let group = '';
  for (let c = left; c <= right; c++) {
    const mTop = merges.at(top, c);
    const topText = mTop ? textAt(grid, mTop.top, mTop.left) : textAt(grid, top, c);
    const ownTop = textAt(grid, top, c);
    if (ownTop !== '' || mTop) group = topText;
    if (ctx.hiddenCols.has(c)) continue;
    if (mTop && mTop.bottom >= r) {
      if (mTop.left === c && topText !== '') out.push({ col: c, text: topText, row: mTop.top, match: matchHeader(topText) });
      continue;
    }
    const mSub = merges.at(r, c);
    if (mSub && (mSub.top !== r || mSub.left !== c)) continue;
    const sub = textAt(grid, r, c);
    const spanned = mTop !== null && mTop.right > mTop.left;
    if (sub === '') {
      if (!spanned && ownTop !== '') out.push({ col: c, text: ownTop, row: top, match: matchHeader(ownTop) });
      continue;
    }
    const own = ownTop !== '' || spanned;
    const alone = matchHeader(sub);
    const g = own || alone?.cls === 'generic' ? (own ? topText : group) : '';
    const match = g === '' ? alone : groupLabel(g, sub);
    if (g !== '' && match && match.cls !== alone?.cls) grouped++;
    out.push({ col: c, text: g === '' ? sub : `${g} / ${sub}`, row: r, match });
  }
  return { columns: out, grouped };
}

/** True when every filled cell of row r reads as a header label (a vocabulary word, a year, "Valore", "%"). */
function allLabels(ctx: HeaderContext, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const text = textAt(ctx.grid, r, c);
    if (text !== '' && !matchHeader(text)) return false;
  }
  return true;
}
