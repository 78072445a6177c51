import type { NumberLocale } from '../number/locale';
import { parseNumber } from '../number/parseNumber';
import type { ParsedNumber } from '../number/parseNumber';

/** A numeral found in free text, with where it stands. */
export interface NumberToken extends ParsedNumber {
  start: number;
  end: number;
  /** Unit written right after it ("gg", "giorni", "%"), folded; "" when none. */
  unitAfter: string;
}

// A numeral: optional sign (only when it touches the digits or follows a space/colon), groups, decimals, percent.
const NUMERAL = /(?<![\w/.,])(-\s?)?\d[\d.,]*\d(?:\s?%)?|(?<![\w/.,])(-\s?)?\d(?:\s?%)?/g;
const UNIT_AFTER = /\s?(gg\.?|giorni|giorno|days?|ore|hours?|minuti|minutes?|€|euro|imprese|comuni|partecipanti|eventi|pratiche|assessment|soggetti|enti|scuole|iniziative|incontri|azioni|report|video|pubblicazioni|quesiti|verbali|procedimenti)\b/iy;

// sticky: tried right where a numeral ends (no match needs more than a dozen characters)
const SCALE = /\s?(mila|migliaia|mln\.?|milioni|milione|mld\.?|miliardi|miliardo|million|millions|billion|billions)(?![a-z])/iy;
const SCALES: Record<string, number> = {
  mila: 1e3, migliaia: 1e3, mln: 1e6, milioni: 1e6, milione: 1e6, mld: 1e9, miliardi: 1e9, miliardo: 1e9,
  million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
};

/** A sticky regex's match right at `at`. */
function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
const endsWithSeparator = (s: string): boolean => {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 44;
};
/** A scale word can follow only when an m or b (either case) comes right after the numeral or after one space. */
const mayScale = (text: string, at: number): boolean => {
  const a = text.charCodeAt(at) | 32;
  const b = text.charCodeAt(at + 1) | 32;
  return a === 109 || a === 98 || b === 109 || b === 98;
};

/**
 * Every numeral in a text, in order, read in the sheet's notation. Dates ("31/12/2023", "15-16/11") and
 * numerals glued to letters ("SP49", "4.0" in "tecnologie 4.0" is kept: it is a numeral) are handled by the caller.
 */
export function numberTokens(text: string, locale: NumberLocale): NumberToken[] {
  const out: NumberToken[] = [];
  NUMERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERAL.exec(text))) {
    let raw = m[0];
    let end = m.index + raw.length;
    // a date or a ratio continues with "/"
    while (endsWithSeparator(raw)) {
      raw = raw.slice(0, -1);
      end--;
    }
    const n = parseNumber(raw, locale);
    if (!n) continue;
    // "2,35 milioni di euro", "1,5 mln", "12 mila": the scale word belongs to the figure
    const scale = n.percent || !mayScale(text, end) ? null : stickyAt(SCALE, text, end);
    const value = scale ? n.value * (SCALES[(scale[1] ?? '').toLowerCase().replace(/\.$/, '')] ?? 1) : n.value;
    const unitEnd = scale ? end + scale[0].length + (/^\s*di\b/i.exec(text.slice(end + scale[0].length, end + scale[0].length + 6))?.[0].length ?? 0) : end;
    const after = stickyAt(UNIT_AFTER, text, unitEnd);
    // built field by field, in ParsedNumber's order (a spread with overrides is far slower here)
    out.push({ value, percent: n.percent, ambiguous: n.ambiguous, token: n.token, start: m.index, end, unitAfter: after ? (after[1] ?? '').toLowerCase() : '' });
  }
  return out;
}
