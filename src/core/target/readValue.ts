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

/** Fold one character at a time so indexes in the folded text match the original. */
export function foldKeepLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

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
  const pre = readUnit(foldKeepLength(s));
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
  if (n.percent) unit = 'percent';
  else {
    const post = readUnit(foldKeepLength(rest));
    if (post && post.unit !== 'count') {
      unit = post.unit;
      rest = rest.slice(post.length);
    } else if (post && post.unit === 'count' && /^\s*n\.(?:\s|$)/i.test(rest)) {
      unit = unit ?? 'count';
      rest = rest.slice(post.length);
    }
  }
  return { value: { value: n.value, unit, token: (s.slice(0, s.length - rest.length)).trim(), ambiguous: n.ambiguous }, rest };
}
