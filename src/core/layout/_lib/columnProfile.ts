import { cellAt, type Grid } from '../grid.types';
import { textOf } from './cellText';

/** What the data cells of a column look like (counts over the sampled rows). */
export interface ColumnProfile {
  /** Sampled rows (non-hidden, non-blank). */
  rows: number;
  filled: number;
  numbers: number;
  percents: number;
  dates: number;
  /** ">= 0,21", "entro il 31/12", "2023: >= 110", "100%", "+10%". */
  targetLike: number;
  /** "A01", "A01.01", "1.2", "OB3". */
  codeLike: number;
  /** Text longer than 60 characters. */
  longText: number;
}

const COMPARATOR = /^(?:(?:19|20)\d\d\s*[:=]?\s*)?(?:>=|<=|=>|=<|≥|≤|>|<|=)\s*[-+]?\s*\d/;
const TARGET_WORDS =
  /^(?:entro|non oltre|almeno|non inferiore|non superiore|maggiore|minore|superiore|inferiore|pari|by|at least|at most|no more than|no less than|max|min)\b/i;
const PERCENT_OR_DELTA = /^(?:[+-]\s*\d+(?:[.,]\d+)?\s*%?|\d{1,3}(?:[.,]\d+)?\s*%)$/;
const NUMBER = /^[-+]?\s*(?:\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d+)?\s*%?$/;
const DATE_TEXT = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const DATE_FORMAT = /(?:^|[^a-z"])(?:d{1,4}|m{1,4}|y{2,4})[/.\- ](?:d{1,4}|m{1,4}|y{2,4})/i;
const DOTTED = /^\d{1,2}(?:\.\d{1,2}){2,3}$/;
const CODE = /^[A-Z]{0,4}[ .-]?\d{1,3}(?:[.\-_/]\d{1,3}){0,3}(?:-\d{1,2})?[a-z]?$/i;

/** Profile the cells of grid column c on the given (sampled data) rows. */
export function columnProfile(grid: Grid, c: number, rows: readonly number[]): ColumnProfile {
  const p: ColumnProfile = { rows: rows.length, filled: 0, numbers: 0, percents: 0, dates: 0, targetLike: 0, codeLike: 0, longText: 0 };
  for (const r of rows) {
    const cell = cellAt(grid, r, c);
    const text = textOf(cell);
    if (text === '') continue;
    p.filled++;
    const isDate = (typeof cell.value === 'number' && DATE_FORMAT.test(cell.format)) || DATE_TEXT.test(text);
    if (isDate) p.dates++;
    else if (typeof cell.value === 'number' || NUMBER.test(text)) p.numbers++;
    if (cell.format.includes('%') || text.endsWith('%')) p.percents++;
    if (
      COMPARATOR.test(text) ||
      TARGET_WORDS.test(text) ||
      PERCENT_OR_DELTA.test(text) ||
      /^(?:19|20)\d\d\s*:?\s*(?:>=|<=|≥|≤|>|<)/m.test(text)
    )
      p.targetLike++;
    if (text.length <= 14 && ((/[a-z]/i.test(text) && CODE.test(text)) || DOTTED.test(text))) p.codeLike++;
    if (text.length > 60) p.longText++;
  }
  return p;
}
