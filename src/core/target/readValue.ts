import type { NumberLocale } from '../number/locale';
import { parseNumber } from '../number/parseNumber';
import type { ParsedNumber } from '../number/parseNumber';
import type { Unit } from './target.types';
import { UNIT_WORDS } from './vocabulary';

/** A value read from the front of a target expression: "27%", "60 gg", "€ 48,46", "N. 5", "- 6,00 %". */
export interface ValueToken {
  value: number;
  unit: Unit | null;
  token: string;
  ambiguous: ParsedNumber['ambiguous'];
}

const NUMERAL = /^[-+]?\s?(?:€\s?)?\d[\d.,]*(?:\s?%)?/;
/** Scale words after a number: "1,5 mln", "2 mila", "3 miliardi", "10k". */
const MULTIPLIER = /^\s?(mila|migliaia|k|mln\.?|milioni|milione|million|millions|mld\.?|miliardi|miliardo|billion|billions|bn)(?![a-z])/;
const MULTIPLIERS: Record<string, number> = {
  mila: 1e3, migliaia: 1e3, k: 1e3, mln: 1e6, milioni: 1e6, milione: 1e6, million: 1e6, millions: 1e6,
  mld: 1e9, miliardi: 1e9, miliardo: 1e9, billion: 1e9, billions: 1e9, bn: 1e9,
};

const FOLDED = new Map<string, string>();
/** Fold one character: lower case without accents, or the character itself when folding would change the length. */
function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const g = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    f = g.length === ch.length ? g : ch;
    FOLDED.set(ch, f);
  }
  return f;
}

/** Fold one character at a time so indexes in the folded text match the original. */
export function foldKeepLength(text: string): string {
  // ASCII fast path: only A-Z change
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  // Latin text: lower-case at once, then fold the few accented letters one by one
  if (/^[\x00-\u024f\u2000-\u206f\u20ac]*$/.test(text)) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return lower.replace(/[\u00c0-\u024f]/g, (ch) => foldChar(ch));
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i++;
    } else out += foldChar(text[i] as string);
  }
  return out;
}

/**
 * The front of `text` where a unit or scale word can be (its leading spaces and 40 characters), folded: reading
 * a value from each remaining part of a long cell then costs the same whatever the cell's length (folding the
 * whole rest every time made a 40,000-character cell of numbers take seconds).
 */
const foldedHead = (text: string): string => foldKeepLength(text.slice(0, text.length - text.trimStart().length + 40));

/** Read a unit word at the front of `folded`; returns the unit and how many characters it used. */
export function readUnit(folded: string): { unit: Unit; length: number } | null {
  const s = folded.replace(/^\s+/, '');
  const lead = folded.length - s.length;
  for (const [re, unit] of UNIT_WORDS) {
    const m = re.exec(s);
    if (m) return { unit, length: lead + m[0].length };
  }
  return null;
}

/**
 * Read a value with its unit at the start of `text` (already normalised). A unit may come before the number
 * ("N. 5", "€ 48,46") or after it ("60 gg", "27%"). Returns the value and the rest of the text.
 */
export function readValue(text: string, locale: NumberLocale): { value: ValueToken; rest: string } | null {
  let s = text.replace(/^\s+/, '');
  let unit: Unit | null = null;
  const pre = readUnit(foldedHead(s));
  if (pre && (pre.unit === 'count' || pre.unit === 'euro')) {
    const after = s.slice(pre.length).replace(/^\s+/, '');
    if (NUMERAL.test(after)) {
      unit = pre.unit;
      s = after;
    }
  }
  const m = NUMERAL.exec(s);
  if (!m) return null;
  let raw = m[0];
  // "15-16/11" or "31/12": a date, not a value
  const next = s.slice(raw.length);
  if (/^[/]\d/.test(next)) return null;
  // a trailing separator belongs to the sentence ("15." or "3,")
  while (/[.,]$/.test(raw)) raw = raw.slice(0, -1);
  const n = parseNumber(raw, locale);
  if (!n) return null;
  let rest = s.slice(raw.length);
  let value = n.value;
  const mult = MULTIPLIER.exec(foldedHead(rest));
  if (mult && !n.percent) {
    value *= MULTIPLIERS[(mult[1] ?? '').replace(/\.$/, '')] ?? 1;
    rest = rest.slice(mult[0].length);
  }
  if (n.percent) unit = 'percent';
  else {
    const post = readUnit(foldedHead(rest));
    if (post && post.unit !== 'count') {
      unit = post.unit;
      rest = rest.slice(post.length);
    } else if (post && post.unit === 'count' && /^\s*n\.(?:\s|$)/i.test(rest)) {
      unit = unit ?? 'count';
      rest = rest.slice(post.length);
    }
  }
  return { value: { value, unit, token: (s.slice(0, s.length - rest.length)).trim(), ambiguous: n.ambiguous }, rest };
}
