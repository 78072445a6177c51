/**
 * Bring cell text to one spelling before parsing: comparators (≥, "> =", "=>"), minus signs, quotes, spaces.
 * Lines are kept; runs of spaces become one.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/≥|=>|>\s+=/g, '>=')
    .replace(/≤|=<|<\s+=/g, '<=')
    .replace(/≧/g, '>=')
    .replace(/≦/g, '<=')
    .replace(/[ ]{2,}/g, ' ');
}

/** Lower-case without accents, for vocabulary matching ("Sì" → "si"). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
