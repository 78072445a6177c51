import { NumberParser } from '@internationalized/number';
import type { NumberLocale } from './locale';
import { SEPARATORS } from './locale';

/** A number read from a token, with how sure the reading is. */
export interface ParsedNumber {
  value: number;
  /** True when the token had a percent sign (the value is then a percent number: 27 for "27%"). */
  percent: boolean;
  /** Set when the token's notation is not the sheet's own ("0.18" in an Italian sheet): the reading chosen. */
  ambiguous: null | 'decimal-point-in-it' | 'decimal-comma-in-en' | 'grouping-or-decimal';
  /** The token, verbatim. */
  token: string;
}

const parsers = new Map<string, NumberParser>();
function parserFor(bcp47: string): NumberParser {
  let p = parsers.get(bcp47);
  if (!p) {
    p = new NumberParser(bcp47, { maximumFractionDigits: 20 });
    parsers.set(bcp47, p);
  }
  return p;
}

const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
/** Convert a digit string in a locale's notation with @internationalized/number (memoised: sheets repeat values). */
function convert(digits: string, bcp47: string): number {
  const key = bcp47 + '\u0000' + digits;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = parserFor(bcp47).parse(digits);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Unsigned numeral shapes: digits with optional groups and an optional fraction. */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.234.567,89
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234,567.89
const COMMA_DECIMAL = /^\d*,\d+$/; // 0,18  ,5
const DOT_DECIMAL = /^\d*\.\d+$/; // 0.18  .5
const PLAIN = /^\d+$/;

/**
 * Read one numeral in Italian or English notation. `text` is a single token such as "4.206", "- 6,00%", "€ 48,46"
 * or "1,234.5"; currency and spaces are ignored, a percent sign makes it a percent number. Returns null when the
 * token is not a number.
 *
 * @example
 * parseNumber('4.206', 'it')   //=> { value: 4206, percent: false, ambiguous: null, … }
 * parseNumber('98,25%', 'it')  //=> { value: 98.25, percent: true, … }
 * parseNumber('0.18', 'it')    //=> { value: 0.18, ambiguous: 'decimal-point-in-it', … }
 */
export function parseNumber(text: string, locale: NumberLocale = 'it'): ParsedNumber | null {
  // digits only (most numerals of a narrative): the same reading without the steps below
  if (PLAIN.test(text)) {
    const value = convert(text, SEPARATORS[locale].bcp47);
    return Number.isFinite(value) ? { value: value + 0, percent: false, ambiguous: null, token: text } : null;
  }
  let s = text.trim();
  if (s === '') return null;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^(?:€|eur(?:o)?\b)\s*/i, '').replace(/\s*(?:€|eur(?:o)?)$/i, '');
  let sign = 1;
  const signMatch = /^([-+−–])\s*/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+') sign = -1;
    s = s.slice(signMatch[0].length);
  }
  s = s.replace(/[\u00a0\u202f' ](?=\d{3}\b)/g, ''); // 1 234,5 and 1'234.5 (thin/normal space grouping)
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const own = SEPARATORS[locale];
  let bcp47 = own.bcp47;
  let ambiguous: ParsedNumber['ambiguous'] = null;
  if (PLAIN.test(s)) {
    // digits only
  } else if (locale === 'it' && ((DOT_GROUPED.test(s) && !s.startsWith('0.')) || COMMA_DECIMAL.test(s))) {
    // Italian notation
  } else if (locale === 'en' && ((COMMA_GROUPED.test(s) && !s.startsWith('0,')) || DOT_DECIMAL.test(s))) {
    // English notation
  } else if (locale === 'it' && (COMMA_GROUPED.test(s) && s.includes('.'))) {
    bcp47 = SEPARATORS.en.bcp47; // 1,234.5 in an Italian sheet: both separators make it unambiguous
  } else if (locale === 'en' && DOT_GROUPED.test(s) && s.includes(',')) {
    bcp47 = SEPARATORS.it.bcp47;
  } else if (locale === 'it' && (DOT_DECIMAL.test(s) || /^0\.\d+$/.test(s))) {
    bcp47 = SEPARATORS.en.bcp47;
    ambiguous = 'decimal-point-in-it';
  } else if (locale === 'en' && COMMA_DECIMAL.test(s)) {
    bcp47 = SEPARATORS.it.bcp47;
    ambiguous = 'decimal-comma-in-en';
  } else {
    return null;
  }
  const value = convert(s, bcp47);
  if (!Number.isFinite(value)) return null;
  return { value: sign * value + 0, percent, ambiguous, token: text.trim() };
}
