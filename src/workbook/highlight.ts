import type { WritePlan } from './writePlan.types';
import { areaAddress, parseCell } from './address';
import { columnIndex } from '../core/layout/grid.types';

export type HighlightBand = WritePlan['highlights'][number]['band'];

/** Excel's own cell styles: Good for met, Neutral for a near miss, Bad for a shortfall (fill and text, RGB hex). */
export const BAND_STYLE: Record<HighlightBand, { fill: string; font: string }> = {
  met: { fill: '#C6EFCE', font: '#006100' },
  'near-miss': { fill: '#FFEB9C', font: '#9C5700' },
  shortfall: { fill: '#FFC7CE', font: '#9C0006' },
};

/** The mark of Traguardo's conditional formats: `N("Traguardo")=0` is always true, and no user writes it. */
export const HIGHLIGHT_FORMULA = 'N("Traguardo")=0';

/** True for the formula of a Traguardo highlight, with or without the leading "=". */
export const isHighlightFormula = (formula: string): boolean => formula.replace(/\s/g, '').includes(HIGHLIGHT_FORMULA);

/** The near-miss band's lower bound as a fraction when a plan does not say (the default policy's 90%). */
export const DEFAULT_NEAR_MISS = 0.9;

/**
 * Excel refuses a formula whose text constant is longer than 255 characters ("Text values in formulas are
 * limited to 255 characters", https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3)
 * or whose text is longer than 8,192 characters.
 */
export const MAX_FORMULA_TEXT = 255;
export const MAX_FORMULA_LENGTH = 8192;

/** The text constants of a formula ("a""b" is a"b). */
export function textConstants(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] as string).replace(/""/g, '"'));
}

/** True when Excel accepts the formula's length and each of its text constants. */
export const formulaAccepted = (formula: string): boolean =>
  formula.length <= MAX_FORMULA_LENGTH && textConstants(formula).every((t) => t.length <= MAX_FORMULA_TEXT);

export interface HighlightRule {
  /** A1 area of one column the rule applies to ("E5:E90"). */
  ref: string;
  band: HighlightBand;
  /** The rule's formula without "=": the mark, then the test of the output cell of the area's first row. */
  formula: string;
  /** Cells the rule colours when written. */
  cells: number;
}

const BANDS: HighlightBand[] = ['met', 'near-miss', 'shortfall'];

/** The band a written achievement (a fraction) falls in, as the rules test it. */
export const bandOf = (value: number, nearMiss: number): HighlightBand => (value >= 1 ? 'met' : value >= nearMiss ? 'near-miss' : 'shortfall');

/** The rule formula of a band for an area whose first row reads the output cell `cell` ("$G5"). */
export function bandFormula(band: HighlightBand, cell: string, nearMiss: number): string {
  const test = band === 'met' ? `${cell}>=1` : band === 'near-miss' ? `${cell}<1,${cell}>=${nearMiss}` : `${cell}<${nearMiss}`;
  return `AND(${HIGHLIGHT_FORMULA},ISNUMBER(${cell}),${test})`;
}

/**
 * The conditional-format rules of a plan. Each rule reads the output column itself (`$G5>=1` for met, a band
 * between the near-miss bound and 1, below it for a shortfall), so a sheet of any size gets at most three
 * rules per highlighted column and run of rows, the colours follow the values (a sort moves the values, the
 * rules read each row's own), and no formula carries a row list (Excel refuses text constants over 255
 * characters). The result column is coloured by a rule reading the output cell of the same row. A run of rows
 * stops where a rule would colour a cell it must not (a number in the output column of a row not highlighted
 * in that column); a highlighted cell whose band its value does not give gets a rule of its own.
 * @example highlightRules(plan).map((r) => r.formula) //=> ['AND(N("Traguardo")=0,ISNUMBER($G4),$G4>=1)', …]
 */
export function highlightRules(plan: Pick<WritePlan, 'output' | 'highlights'>): HighlightRule[] {
  const nearMiss = plan.output.nearMiss ?? DEFAULT_NEAR_MISS;
  const outCol = plan.output.column;
  const value = new Map<number, number | null>();
  for (const c of plan.output.cells) value.set(c.row, c.value);
  const occupied = new Set(plan.output.occupied ?? []);
  const numberAt = (row: number): number | null => (value.has(row) ? (value.get(row) ?? null) : occupied.has(row) ? Number.NaN : null);

  const byColumn = new Map<number, Map<number, HighlightBand>>();
  for (const h of plan.highlights) {
    const c = parseCell(h.address);
    if (!c) continue;
    const rows = byColumn.get(c.col) ?? new Map<number, HighlightBand>();
    rows.set(c.row, h.band);
    byColumn.set(c.col, rows);
  }
  const rules: HighlightRule[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const bands = byColumn.get(col) as Map<number, HighlightBand>;
    const sorted = [...bands.keys()].sort((a, b) => a - b);
    const singles: number[] = [];
    /** A row the band rules may cover: its band is the one its value gives, or it is not highlighted and holds no number. */
    const fits = (row: number): boolean => {
      const v = numberAt(row);
      const band = bands.get(row);
      if (band === undefined) return v === null;
      return v !== null && !Number.isNaN(v) && bandOf(v, nearMiss) === band;
    };
    let run: number[] = [];
    const flush = (): void => {
      const hit = run.filter((r) => bands.has(r));
      if (hit.length > 0) {
        const top = hit[0] as number;
        const bottom = hit[hit.length - 1] as number;
        // The output column's rules read their own cell ("G5"), the other columns' the output cell ("$G5"): the
        // former are removed with the output column (a range Traguardo owns), see office/ops.ts.
        const cell = col === columnIndex(outCol) ? `${outCol}${top}` : `$${outCol}${top}`;
        for (const band of BANDS) {
          const cells = hit.filter((r) => bands.get(r) === band).length;
          if (cells > 0) rules.push({ ref: areaAddress({ top, left: col, bottom, right: col }), band, formula: bandFormula(band, cell, nearMiss), cells });
        }
      }
      run = [];
    };
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    for (let row = first; row <= last; row++) {
      if (fits(row)) run.push(row);
      else {
        flush();
        if (bands.has(row)) singles.push(row);
      }
    }
    flush();
    for (const row of singles) {
      rules.push({ ref: areaAddress({ top: row, left: col, bottom: row, right: col }), band: bands.get(row) as HighlightBand, formula: HIGHLIGHT_FORMULA, cells: 1 });
    }
  }
  return rules;
}

/** The rows a legacy rule's formula lists (`SEARCH("|"&ROW()&"|","|5|9|")`, before issue 9), or null. */
export function ruleRows(formula: string): number[] | null {
  const m = /"(\|[\d|]+\|)"/.exec(formula);
  return m ? (m[1] as string).split('|').filter((x) => x !== '').map(Number) : null;
}

/**
 * Whether one of Traguardo's rules colours the cell at `row` of its area (whose first row is `top`), reading
 * cells through `valueAt` (column letter, row): what Excel computes, for tests and previews.
 */
export function ruleColours(formula: string, top: number, row: number, valueAt: (column: string, row: number) => unknown): boolean {
  const f = formula.replace(/^=/, '').replace(/\s/g, '');
  const listed = ruleRows(f);
  if (listed) return listed.includes(row);
  if (f === HIGHLIGHT_FORMULA) return true;
  const m = /^AND\(N\("Traguardo"\)=0,ISNUMBER\(\$?([A-Z]+)(\d+)\),(.*)\)$/.exec(f);
  if (!m) return false;
  const column = m[1] as string;
  const v = valueAt(column, row + (Number(m[2]) - top));
  if (typeof v !== 'number') return false;
  return (m[3] as string).split(',').every((t) => {
    const c = /^\$?[A-Z]+\d+(>=|<)(-?[\d.]+)$/.exec(t);
    if (!c) return false;
    return c[1] === '>=' ? v >= Number(c[2]) : v < Number(c[2]);
  });
}

/** True for a rule of the output column `column` (it reads its own cell, "G5", not "$G5"). */
export const isOutputRule = (formula: string, column: string): boolean => new RegExp(`ISNUMBER\\(${column}\\d+\\)`).test(formula.replace(/\s/g, ''));
