/**
 * Bring cell text to one spelling before parsing: comparators (≥, "> =", "=>"), minus signs, quotes, spaces.
 * Lines are kept; runs of spaces become one.
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFC');
  // one pass for the characters that map to one spelling (none maps to another one's input, so order is free)
  if (ONE_SPELLING.test(s)) s = s.replace(ONE_SPELLING_ALL, (c) => (c.charCodeAt(0) === 13 ? '\n' : (SPELLING[c] as string)));
  // comparators: only where there is a comparator character
  if (COMPARATOR_CHAR.test(s)) {
    s = s
      .replace(/≥|=>|>\s+=/g, '>=')
      .replace(/≤|=<|<\s+=/g, '<=')
      .replace(/≧/g, '>=')
      .replace(/≦/g, '<=');
  }
  return s.includes('  ') ? s.replace(/[ ]{2,}/g, ' ') : s;
}

/** Line ends ("\r\n", "\r" → "\n"), odd spaces, quotes, apostrophes and minus signs, with their one spelling. */
const SPELLING: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\t': ' ',
  '\u2018': "'", '\u2019': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2212': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
};
const ONE_SPELLING = /[\r\u00a0\u2007\u202f\t\u2018\u2019\u00b4`\u201c\u201d\u00ab\u00bb\u2212\u2012\u2013\u2014]/;
const ONE_SPELLING_ALL = /\r\n?|[\u00a0\u2007\u202f\t\u2018\u2019\u00b4`\u201c\u201d\u00ab\u00bb\u2212\u2012\u2013\u2014]/g;
/** Every comparator spelling normalised above holds one of these. */
const COMPARATOR_CHAR = /[=≥≤≧≦]/;

/** Lower-case without accents, for vocabulary matching ("Sì" → "si"). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
