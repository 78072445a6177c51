import type { NumberLocale } from '../number/locale';
import { parseNumber } from '../number/parseNumber';

/** "Percentuale (di) raggiungimento = 57%", "grado di raggiungimento: 90%", "Percentuale di ragg. 84%", "achievement 80%". */
export const STATED_PHRASE =
  /(?:percentuale|grado|livello|%)\s+(?:di\s+)?(?:raggiungimento|ragg\.?|realizzazione|conseguimento)(?:\s+(?:del(?:l')?\s*)?(?:obiettivo|target|indicatore))?\s*(?:[:=]|è|e'|pari a|pari al)?\s*(?:[:=]\s*)?(-?\s?\d[\d.,]*)\s*%|(?:achievement|attainment)(?:\s+rate)?\s*(?:[:=]|is|of)?\s*(-?\d[\d.,]*)\s*%/gi;

/** A word every stated phrase holds: texts without one are not scanned with the phrase. */
const STATED_WORD = /ragg|realizzazione|conseguimento|achievement|attainment/i;

/** Find a stated achievement inside a result narrative; returns its percent number and the span it took. */
export function statedInText(text: string, locale: NumberLocale): { value: number; start: number; end: number } | null {
  if (!STATED_WORD.test(text)) return null;
  // work on a copy with the same length so spans map back to `text` (whitespace other than a space becomes a space)
  const same = /[^\S ]/.test(text) ? text.replace(/\s/g, ' ') : text;
  STATED_PHRASE.lastIndex = 0;
  let found: { value: number; start: number; end: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = STATED_PHRASE.exec(same))) {
    const raw = (m[1] ?? m[2] ?? '').replace(/\s/g, '');
    const n = parseNumber(raw, locale);
    if (n) found = { value: n.value, start: m.index, end: m.index + m[0].length };
  }
  return found;
}
