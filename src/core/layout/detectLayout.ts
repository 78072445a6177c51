import { issue, type Issue } from '../issues';
import { a1, columnLetter, gridWidth, type Grid } from './grid.types';
import type { ColumnMapping, RoleGuess } from './mapping';
import { ROLES, type Role } from './roles';
import { findHeader, type HeaderCandidate, type HeaderContext } from './findHeader';
import { referenceYear } from './referenceYear';
import { contentYear, type YearEvidence } from './contentYear';
import { assignRoles, type ColumnGuess } from './assignRoles';
import { ratioColumn } from './ratioColumn';
import { columnProfile, type ColumnProfile } from './_lib/columnProfile';
import { isBlankRow, textAt } from './_lib/cellText';
import { MergeIndex } from './_lib/mergeIndex';

export interface LayoutDetection {
  /** The best mapping, or null when no header row with at least indicator/target or target/result was found. */
  mapping: ColumnMapping | null;
  /** One guess per role found (role, column letter, confidence 0..1, reason such as "header 'Valore rilevato'"). */
  guesses: RoleGuess[];
  /** 1-based Excel rows that form the header (one or two rows). */
  headerRows: number[];
  /** Where the reference year came from: the option, the headers, the content (title, sheet name, target cells) or the calendar. */
  yearSource: 'option' | 'header' | 'content' | 'default';
  /** For a year read from the content: which part of it named the year. */
  yearEvidence?: YearEvidence;
  /** Findings: no-header-row, role-missing, role-low-confidence, year-column-missing, result-year-mismatch (rules/registry.ts). */
  issues: Issue[];
}

export interface DetectOptions {
  sheet: string;
  /** The reference year; else the year in the headers, else the previous calendar year. */
  year?: number;
  /** "Now", for the default year. */
  today?: Date;
}

const SAMPLE_ROWS = 300;
const LOW_CONFIDENCE = 0.5;
const EXPECTED_ROLES: readonly Role[] = ['indicator', 'target', 'result'];

/**
 * Find the header row(s) of a sheet and map its columns to roles, by header words (Italian and English) and
 * cell content, for the reference year. Never throws on cell content: what is missing or unsure is an issue.
 * @example detectLayout(gridFromRows([['Indicatore', 'Target 2023', 'Risultato'], ['Pratiche', '>= 90%', '87%']]), { sheet: 'Foglio1' }).mapping?.columns
 * //=> { indicator: 'A', target: 'B', result: 'C' }
 */
export function detectLayout(grid: Grid, opts: DetectOptions): LayoutDetection {
  const ctx = contextOf(grid);
  const header = findHeader(ctx);
  if (!header || !header.valid) {
    const yearSource = opts.year !== undefined ? 'option' : 'default';
    const found = header ? [...header.roles].join(', ') : '';
    return {
      mapping: null,
      guesses: [],
      headerRows: [],
      yearSource,
      issues: [
        issue('no-header-row', 'error', {
          expected: 'indicator + target, or target + result',
          received: found,
          params: { sheet: opts.sheet },
        }),
      ],
    };
  }
  const fromHeaders = referenceYear(header.columns, opts);
  let { year } = fromHeaders;
  let source: LayoutDetection['yearSource'] = fromHeaders.source;
  let yearEvidence: YearEvidence | undefined;
  const last = header.rows[header.rows.length - 1] ?? 0;
  const span = columnSpan(ctx, header);
  const visible = span.filter((c) => !ctx.hiddenCols.has(c));
  const data = dataRows(ctx, header, last, span);
  const sample = data.rows.slice(0, SAMPLE_ROWS);
  const profiles = new Map<number, ColumnProfile>();
  const profileOf = (c: number): ColumnProfile => {
    let p = profiles.get(c);
    if (!p) profiles.set(c, (p = columnProfile(grid, c, sample)));
    return p;
  };
  const letter = (c: number): string => columnLetter(grid.origin.col + c);
  const assigned = assignRoles(header.columns, year, visible, profileOf, letter);
  const otherYears = assigned.otherYears;
  const guesses = withRatioResult(grid, sample, assigned.guesses, visible, letter);
  const issues: Issue[] = [];
  const has = new Set(guesses.map((g) => g.role));
  for (const role of EXPECTED_ROLES) {
    if (has.has(role)) continue;
    const others = otherYears[role];
    const first = others?.[0];
    const firstYears = first?.match?.label.years ?? [];
    if (role === 'result' && first && firstYears.length > 0) {
      // The result column is there, for another year: the catalogue's result-year-mismatch.
      issues.push(issue('result-year-mismatch', 'warning', {
        cell: a1(grid, first.row, first.col),
        expected: String(year),
        received: first.text,
        params: { header: first.text, found: firstYears[firstYears.length - 1] as number, year },
      }));
    } else if (others && first) {
      issues.push(
        issue('year-column-missing', 'warning', {
          cell: a1(grid, first.row, first.col),
          expected: String(year),
          received: others.map((o) => o.text).join(', '),
          params: { role, year, found: others.map((o) => o.text).join(', ') },
        }),
      );
    } else {
      issues.push(issue('role-missing', role === 'indicator' ? 'info' : 'warning', { params: { role } }));
    }
  }
  for (const g of guesses) {
    if (g.confidence >= LOW_CONFIDENCE) continue;
    const cell = g.headerRow !== null ? a1(grid, g.headerRow, g.col) : `${g.column}${grid.origin.row + last + 1}`;
    issues.push(
      issue('role-low-confidence', 'warning', {
        cell,
        received: g.reason,
        params: { role: g.role, column: g.column, confidence: g.confidence },
      }),
    );
  }
  if (source === 'default') {
    // No year in the headers: the one the title, the sheet's name or the target cells name, before the calendar's.
    const target = guesses.find((g) => g.role === 'target');
    const found = contentYear(grid, {
      headerTop: header.rows[0] ?? 0,
      targetCol: target ? target.col : null,
      firstRow: data.first,
      lastRow: data.last,
      sheet: opts.sheet,
      ...(opts.today ? { today: opts.today } : {}),
    });
    if (found) {
      year = found.year;
      source = 'content';
      yearEvidence = found.evidence;
    }
  }
  const sheetRow = (r: number): number => grid.origin.row + r + 1;
  const columns: ColumnMapping['columns'] = {};
  for (const g of guesses) columns[g.role] = g.column;
  const firstDataRow = sheetRow(data.first);
  const mapping: ColumnMapping = {
    version: 1,
    sheet: opts.sheet,
    headerRow: sheetRow(last),
    firstDataRow,
    lastDataRow: Math.max(firstDataRow, sheetRow(data.last)),
    columns,
    year,
  };
  return {
    mapping,
    guesses: guesses.map(({ role, column, confidence, reason, evidence }) => ({ role, column, confidence, reason, ...(evidence ? { evidence } : {}) })),
    headerRows: header.rows.map(sheetRow),
    yearSource: source,
    ...(yearEvidence ? { yearEvidence } : {}),
    issues,
  };
}

/**
 * A column whose numbers are numerator / denominator on every row is the result (its cells are formulas over those
 * columns), unless a header already names the result: it takes the role from a guess made on content alone.
 */
function withRatioResult(grid: Grid, rows: readonly number[], guesses: ColumnGuess[], visible: readonly number[], letter: (c: number) => string): ColumnGuess[] {
  const num = guesses.find((g) => g.role === 'numerator');
  const den = guesses.find((g) => g.role === 'denominator');
  if (!num || !den) return guesses;
  const result = guesses.find((g) => g.role === 'result');
  if (result && result.evidence?.source === 'header') return guesses;
  const others = new Set(guesses.filter((g) => g.role !== 'result').map((g) => g.col));
  const m = ratioColumn(grid, rows, num.col, den.col, visible.filter((c) => !others.has(c)));
  if (!m) return guesses;
  const guess: ColumnGuess = {
    role: 'result', column: letter(m.col), col: m.col, headerRow: null, confidence: 0.7,
    reason: `values: ${m.matched}/${m.of} cells equal ${num.column} / ${den.column}`,
    evidence: { source: 'values', matched: m.matched, of: m.of, ...(result && result.col !== m.col ? { rivals: [result.column] } : {}) },
  };
  return [...guesses.filter((g) => g.role !== 'result'), guess].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/**
 * 0..1: how much the grid looks like an indicator sheet (header words for target, result, indicator, and
 * data rows under them). A budget table or a blank sheet scores low.
 * @example indicatorSheetScore(gridFromRows([['Voce', 'Previsione 2023', 'Consuntivo 2023']])) //=> 0.08
 */
export function indicatorSheetScore(grid: Grid): number {
  const ctx = contextOf(grid);
  const header = findHeader(ctx);
  if (!header) return 0;
  const roles = header.roles;
  let s = 0;
  if (roles.has('target')) s += 0.35;
  if (roles.has('result')) s += 0.25;
  if (roles.has('indicator')) s += 0.2;
  if (roles.has('stated') || roles.has('algorithm')) s += 0.1;
  if (roles.has('objective') || roles.has('code') || roles.has('weight')) s += 0.1;
  const last = header.rows[header.rows.length - 1] ?? 0;
  const data = dataRows(ctx, header, last, columnSpan(ctx, header));
  if (data.rows.length === 0) s *= 0.6;
  if (!header.valid) s *= 0.5;
  return Math.round(Math.min(1, s) * 100) / 100;
}

function contextOf(grid: Grid): HeaderContext {
  return {
    grid,
    merges: new MergeIndex(grid.merges, grid.cells.length),
    hiddenRows: new Set(grid.hiddenRows),
    hiddenCols: new Set(grid.hiddenCols),
    width: gridWidth(grid),
  };
}

function columnSpan(ctx: HeaderContext, header: HeaderCandidate): number[] {
  const left = header.table ? Math.max(0, header.table.left) : 0;
  const right = header.table ? Math.min(header.table.right, ctx.width - 1) : ctx.width - 1;
  const out: number[] = [];
  for (let c = left; c <= right; c++) out.push(c);
  return out;
}

/** The non-blank, visible rows below the header (to the table's end for an Excel table). */
function dataRows(
  ctx: HeaderContext,
  header: HeaderCandidate,
  last: number,
  span: readonly number[],
): { rows: number[]; first: number; last: number } {
  const { grid } = ctx;
  const end = header.table && header.table.top === last ? Math.min(header.table.bottom, grid.cells.length - 1) : grid.cells.length - 1;
  const rows: number[] = [];
  const whole = !header.table;
  for (let r = last + 1; r <= end; r++) {
    if (ctx.hiddenRows.has(r)) continue;
    if (whole ? isBlankRow(grid, r) : span.every((c) => textAt(grid, r, c) === '')) continue;
    rows.push(r);
  }
  return { rows, first: rows[0] ?? last + 1, last: rows[rows.length - 1] ?? last + 1 };
}
