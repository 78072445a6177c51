import { GENERIC_LABELS, HEADER_SYNONYMS, type HeaderClass } from './headerSynonyms';
import { normalizeHeader, type NormalizedLabel } from './_lib/normalizeHeader';

/** What one header label says. `cls` 'generic' is a label that needs its group or year ("Valore", "2023"). */
export interface HeaderMatch {
  cls: HeaderClass | 'generic';
  /** 0..1: how well the label fits the phrase (1 for the whole label, less when the phrase is a part of it). */
  confidence: number;
  /** The confidence before capping at 1, for ordering (a preferred synonym ranks above a plain one). */
  rank?: number;
  /** The vocabulary phrase that matched (normalised). */
  phrase: string;
  label: NormalizedLabel;
}

interface Entry {
  cls: HeaderClass;
  weight: number;
  exactOnly: boolean;
  size: number;
}

const MAX_PHRASE_TOKENS = 6;
const MAX_LABEL_TOKENS = 16;

const INDEX: ReadonlyMap<string, Entry> = (() => {
  const index = new Map<string, Entry>();
  for (const [cls, phrases] of Object.entries(HEADER_SYNONYMS) as [HeaderClass, readonly string[]][]) {
    for (const raw of phrases) {
      const exactOnly = raw.startsWith('=');
      const weight = raw.startsWith('~') ? 0.8 : raw.startsWith('^') ? 1.02 : 1;
      const phrase = normalizeHeader(raw.replace(/^[=~^]/, '')).text;
      if (!index.has(phrase)) index.set(phrase, { cls, weight, exactOnly, size: phrase.split(' ').length });
    }
  }
  return index;
})();

/**
 * Read a header label against the vocabularies: the longest phrase wins, a phrase at the start of the
 * label gets a small edge (Italian puts the head noun first: "Peso obiettivo" is a weight).
 * Returns null when the label names nothing known.
 * @example matchHeader('Risultato atteso 2023') //=> { cls: 'target', confidence: 1, phrase: 'risultato atteso', … }
 */
export function matchHeader(raw: string): HeaderMatch | null {
  const label = normalizeHeader(raw);
  const { tokens } = label;
  if (GENERIC_LABELS.has(label.text)) return { cls: 'generic', confidence: 1, phrase: label.text, label };
  if (tokens.length > MAX_LABEL_TOKENS) return null;
  let best: { entry: Entry; phrase: string; rank: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    for (let len = 1; len <= MAX_PHRASE_TOKENS && i + len <= tokens.length; len++) {
      const phrase = tokens.slice(i, i + len).join(' ');
      const entry = INDEX.get(phrase);
      if (!entry) continue;
      const whole = len === tokens.length;
      if (entry.exactOnly && !whole) continue;
      const rank = phrase.length + (i === 0 ? 6 : 0);
      if (!best || rank > best.rank) best = { entry, phrase, rank };
    }
  }
  if (!best) return null;
  const share = best.entry.size / tokens.length;
  const fit = share === 1 ? 1 : 0.55 + 0.4 * share;
  const rank = best.entry.weight * fit * (tokens.length > 10 ? 0.6 : 1);
  return { cls: best.entry.cls, confidence: round2(Math.min(1, rank)), rank, phrase: best.phrase, label };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
