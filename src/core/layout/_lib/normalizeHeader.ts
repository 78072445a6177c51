/** A header label reduced to comparable tokens, with the years it names set apart. */
export interface NormalizedLabel {
  /** Lower-case, accent-free tokens without the years ("valore rilevato al 31 12"). */
  text: string;
  tokens: string[];
  /** Four-digit years named by the label, in order of appearance ("Target 2022-2024" → [2022, 2024]). */
  years: number[];
}

const YEAR = /^(19|20)\d\d$/;
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/**
 * Normalise a header cell: accents, case, punctuation and line breaks removed; "%" kept as a token;
 * years (1990–2100) taken out into `years`.
 * @example normalizeHeader('Valore rilevato\nal 31/12/2023') //=> { text: 'valore rilevato al 31 12', years: [2023], … }
 */
export function normalizeHeader(raw: string): NormalizedLabel {
  const plain = ASCII.test(raw) ? raw : raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const flat = plain
    .toLowerCase()
    .replace(/\bn[°º]/g, 'n ')
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ');
  const tokens: string[] = [];
  const years: number[] = [];
  for (const t of flat.split(' ')) {
    if (t === '') continue;
    if (YEAR.test(t)) {
      const y = Number(t);
      if (y >= 1990 && y <= 2100) {
        years.push(y);
        continue;
      }
    }
    tokens.push(t);
  }
  return { text: tokens.join(' '), tokens, years };
}
