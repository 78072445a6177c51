import type { WritePlan } from './writePlan.types';
import { areaAddress, parseCell } from './address';

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

/** Longest row list one conditional format's formula carries (Excel allows 8,192 characters). */
const MAX_ROW_LIST = 2000;

export interface HighlightRule {
  /** A1 area of one column the rule applies to ("E5:E90"). */
  ref: string;
  band: HighlightBand;
  /** The rule's formula without "=": the mark alone, or the mark and the rows it colours ("|5|9|12|"). */
  formula: string;
  /** Cells the rule colours. */
  cells: number;
}

/** The rows a rule's formula lists, or null when it colours its whole area. */
export function ruleRows(formula: string): number[] | null {
  const m = /"(\|[\d|]+\|)"/.exec(formula);
  return m ? (m[1] as string).split('|').filter((x) => x !== '').map(Number) : null;
}

/**
 * Group highlighted cells into conditional-format rules: per column and band, one rule per block of rows whose
 * list fits a formula, so a sheet of thousands of rows gets a few dozen rules whatever the order of its bands.
 * @example highlightRules([{ address: 'E5', band: 'met' }, { address: 'E6', band: 'met' }]) //=> [{ ref: 'E5:E6', band: 'met', formula: 'N("Traguardo")=0', cells: 2 }]
 */
export function highlightRules(highlights: WritePlan['highlights']): HighlightRule[] {
  const groups = new Map<string, { col: number; band: HighlightBand; rows: Set<number> }>();
  for (const h of highlights) {
    const c = parseCell(h.address);
    if (!c) continue;
    const key = `${c.col}:${h.band}`;
    const g = groups.get(key) ?? { col: c.col, band: h.band, rows: new Set<number>() };
    g.rows.add(c.row);
    groups.set(key, g);
  }
  const rules: HighlightRule[] = [];
  const ordered = [...groups.values()].sort((a, b) => a.col - b.col || BANDS.indexOf(a.band) - BANDS.indexOf(b.band));
  for (const g of ordered) {
    let chunk: number[] = [];
    let length = 1;
    const flush = (): void => {
      if (chunk.length === 0) return;
      const top = chunk[0] as number;
      const bottom = chunk[chunk.length - 1] as number;
      const whole = bottom - top + 1 === chunk.length;
      const formula = whole ? HIGHLIGHT_FORMULA : `AND(${HIGHLIGHT_FORMULA},ISNUMBER(SEARCH("|"&ROW()&"|","|${chunk.join('|')}|")))`;
      rules.push({ ref: areaAddress({ top, left: g.col, bottom, right: g.col }), band: g.band, formula, cells: chunk.length });
      chunk = [];
      length = 1;
    };
    for (const row of [...g.rows].sort((a, b) => a - b)) {
      const add = String(row).length + 1;
      if (length + add > MAX_ROW_LIST) flush();
      chunk.push(row);
      length += add;
    }
    flush();
  }
  return rules;
}

const BANDS: HighlightBand[] = ['met', 'near-miss', 'shortfall'];
