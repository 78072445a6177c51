import type { NumberLocale } from '../number/locale';
import { parseNumber } from '../number/parseNumber';
import type { Target } from '../target/target.types';
import { foldKeepLength } from '../target/readValue';
import { numberTokens } from './numberTokens';
import type { NumberToken } from './numberTokens';

/** Why a figure of a narrative was (or was not) taken as the result: data, rendered per language. */
export const NARRATIVE_REASONS = [
  'percent-like-target', 'ratio-for-percent', 'count-for-percent', 'not-percent', 'percent-for-non-percent', 'same-kind',
  'unit-days', 'after-verb', 'after-colon', 'total', 'whole-of-part', 'stated-for-year', 'other-year', 'target-not-result',
  'benchmark', 'secondary', 'document-number', 'in-parentheses', 'first-sentence', 'far-from-scale', 'glued-to-word',
  'difference', 'named-like-indicator', 'ambiguous-notation', 'ratio', 'matches-ratio', 'written-in-words',
] as const;
export type NarrativeReason = (typeof NARRATIVE_REASONS)[number];

/** A value the narrative might be stating, with the evidence for and against it. */
export interface Candidate {
  value: number;
  percent: boolean;
  numerator: number | null;
  denominator: number | null;
  token: string;
  start: number;
  score: number;
  /** Evidence for and against, as codes (rendered per language by the result-from-narrative rule). */
  reasons: NarrativeReason[];
  /** Set by a strong reason against (another year, an average, a target, a count for a percent): never taken. */
  disqualified?: boolean;
}

export interface NarrativeReading {
  best: Candidate | null;
  /** All candidates, best first (for findings when abstaining). */
  candidates: Candidate[];
  /** True when the best candidate is clearly ahead of every other distinct value. */
  confident: boolean;
}

const MIN_SCORE = 2;
const MIN_MARGIN = 1.5;

/** Cues before a number (folded text, up to the number): positive ones state the result, negative ones something else. */
const VALUE_CUE = /(?:pari a|pari al|ovvero|cioe|ossia|(?:\be|sono) stat[oaie](?: [a-z]+){0,2}|(?:realizzat|effettuat|svolt|organizzat|attivat|pubblicat|erogat|evas|ricevut|rilevat|raggiunt|coinvolt|formati|assistit|avviat|conclus|complet)[a-z]*|risulta(?:no)?(?: essere)?(?: pari a)?|risultato|quantificat[oa] in|quantificati in|ammonta(?:no)? a|si ha|\bsono|\bis|\bwas|\bwere)\s*(?:n\.\s*)?$/;
/** A colon or an equals sign before the number: a weaker cue than a verb. */
const PUNCT_CUE = /[:=]\s*(?:n\.\s*)?$/;
/** "è" before the number (checked on the original text: folded "e" is also "and"). */
const IS_CUE = /\bè\s*(?:n\.\s*)?$/;
const TOTAL_CUE = /(?:totale|in tutto|complessiv\w*|total)\s*(?:di|pari a|:)?\s*$/;
const YEAR_CUE = (year: number): RegExp =>
  new RegExp(`(?:dato ${year}|${year}\\s*:|per il ${year}|nel ${year}|anno ${year}|al 31 dicembre(?: ${year})?|al 31/12(?:/${year})?|al 31\\.12|a fine anno|entro fine anno|nel corso del ${year})`);
const OTHER_YEAR = (year: number): RegExp => new RegExp(`\\b(?!${year}\\b)(?:19|20)\\d\\d\\b|anno precedente|anno n-1|triennio|anni scorsi|prepandemia`);
const BENCHMARK = /(?:media nazionale|dato medio|medio nazionale|nazionale|cluster|media|benchmark|regionale|average|national)/;
const SECONDARY = /(?:se si considera(?:no)?|considerando anche|oltre|inoltre|anche|nb|complessivamente|fuori territorio|in differita|locale|precedente|invece|scaricata)/;
const REFERENCE_NUMBER = /(?:determina|delibera|decreto|legge|art\.?|prot\.?|n\. prot|codice|sessione|release|versione)\s*(?:n\.?\s*)?$/;

/** Ratios in the text: "4.481/64.095", "87 su 99", "24 imprese femminili su 104", "Num 18.307 – Den 64.095", "8.949 … a fronte di 9.108". */
function ratios(text: string, folded: string, locale: NumberLocale): Array<{ n: number; d: number; start: number; end: number; token: string }> {
  const out: Array<{ n: number; d: number; start: number; end: number; token: string }> = [];
  const res = [
    /(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)(?!\s*\/|\d)/g,
    /(\d[\d.,]*)\s+(?:[a-z'’"“”]+\s+){0,4}\(?\s*(?:su|of|out of|a fronte di)\s+(?:[a-z'’]+\s+){0,2}(\d[\d.,]*)/g,
    /num(?:eratore)?\.?\s*:?\s*(\d[\d.,]*)\s*[-–,;]?\s*den(?:ominatore)?\.?\s*:?\s*(\d[\d.,]*)/g,
  ];
  for (const re of res) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      const before = folded.slice(Math.max(0, m.index - 1), m.index);
      if (/[\d/.,]/.test(before)) continue;
      const n = parseNumber((m[1] ?? '').replace(/[.,]+$/, ''), locale);
      const d = parseNumber((m[2] ?? '').replace(/[.,]+$/, ''), locale);
      const after = folded.charAt(m.index + m[0].length);
      if (!n || !d || after === '/' ) continue;
      // "15/11/2023" or "7/12/2024": a date
      if (re === res[0] && /^\d{1,2}$/.test(m[1] ?? '') && /^\d{1,2}$/.test(m[2] ?? '') && d.value <= 12 && n.value <= 31 && /\d/.test(folded.charAt(m.index + m[0].length + 1))) continue;
      if (re === res[0] && /^\d{1,2}$/.test(m[2] ?? '') && /^\/\d/.test(folded.slice(m.index + m[0].length))) continue;
      out.push({ n: n.value, d: d.value, start: m.index, end: m.index + m[0].length, token: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return out;
}

/** Blank spans that never hold the result: dates, years, times, list numbering. */
function maskNoise(folded: string): string {
  return folded
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, (s) => ' '.repeat(s.length))
    .replace(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b/g, (s) => ' '.repeat(s.length))
    .replace(/\b\d{1,2}\s*-\s*\d{1,2}\s*\/\s*\d{1,2}\b/g, (s) => ' '.repeat(s.length))
    .replace(/\b(?:il|dal|al|del|dell'|entro|fino al|data|giorno)\s+\d{1,2}\/\d{1,2}\b(?!\s*\d)/g, (s) => s.replace(/\d{1,2}\/\d{1,2}$/, (d) => (Number(d.split('/')[1]) <= 12 ? ' '.repeat(d.length) : d)))
    .replace(/\b\d{1,2}\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)(?:\s+\d{4})?\b/g, (s) => ' '.repeat(s.length))
    .replace(/\b(?:19|20)\d\d\b(?!\s*%)/g, (s) => ' '.repeat(s.length))
    .replace(/(^|\n)\s*\d{1,2}[.)]\s/g, (s) => s.replace(/\d/g, ' '))
    .replace(/\b\d{1,2}[.:]\d{2}\s*(?:h|ore)\b/g, (s) => ' '.repeat(s.length));
}

/** Sentence ends: ". " (not after an abbreviation such as "n." or "art."), ";", a line break. */
const SENTENCE_END = /(?<!\b(?:n|nr|art|ecc|es|pag|tel|sig|dott|prof|ca|cfr|vs|rif|prot|num|den|sett|nov|ott|dic|gen|feb|mar|apr|mag|giu|lug|ago|ind|amm|proc|sec|ii|i|s|p))\.\s|;\s|\n/g;

/** Where each sentence starts (0 first), ascending. */
function sentenceStarts(folded: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(folded))) starts.push(m.index + m[0].length);
  return starts;
}

/** The start of the sentence holding position `at`. */
function sentenceStart(starts: number[], at: number): number {
  let cut = 0;
  for (const s of starts) {
    if (s > at) break;
    cut = s;
  }
  return cut;
}

const cueCache = new Map<number, { yearCue: RegExp; otherYear: RegExp }>();
function cuesFor(year: number): { yearCue: RegExp; otherYear: RegExp } {
  let c = cueCache.get(year);
  if (!c) {
    c = { yearCue: YEAR_CUE(year), otherYear: OTHER_YEAR(year) };
    cueCache.set(year, c);
  }
  return c;
}

/**
 * Read the measured value out of a result narrative ("Al 31 dicembre n. 167 assessment.") by scoring every
 * numeral on its unit, the words before it and where it stands. `masked` spans (the stated achievement) are
 * ignored. Says whether the best reading is clearly ahead; the caller abstains otherwise.
 */
export function readNarrative(
  text: string, target: Target, year: number, locale: NumberLocale, masked: Array<[number, number]>, context = '',
): NarrativeReading {
  const topic = new Set((foldKeepLength(context).match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map(stem));
  let folded = foldKeepLength(text);
  for (const [a, b] of masked) folded = folded.slice(0, a) + ' '.repeat(b - a) + folded.slice(b);
  let clean = maskNoise(folded);
  clean = clean.replace(/(^|[\n:;]\s*)(\d{1,2})([.)]\s+)/g, (m, lead: string, d: string, tail: string, at: number) => {
    const next = text.charAt(at + m.length);
    return next !== '' && next === next.toUpperCase() && next !== next.toLowerCase() ? lead + ' '.repeat(d.length) + tail : m;
  });
  const wantPercent = target.unit === 'percent';
  const wantDays = target.unit === 'days';
  const T = target.value;
  const { yearCue, otherYear } = cuesFor(year);
  const starts = sentenceStarts(clean);
  const firstSentenceEnd = starts.length > 1 ? (starts[1] as number) - 1 : clean.length;

  const candidates: Candidate[] = [];
  const score = (start: number, end: number, isPercent: boolean, unitAfter: string, c: Candidate): void => {
    const sStart = sentenceStart(starts, start);
    const before = folded.slice(sStart, start);
    const near = before.slice(-28);
    const r = c.reasons;
    const add = (d: number, why: NarrativeReason): void => {
      c.score += d;
      r.push(why);
      if (d <= -3) c.disqualified = true;
    };
    const open = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    const inParens = open > 0;
    if (wantPercent) {
      if (isPercent || c.denominator !== null) add(3, isPercent ? 'percent-like-target' : 'ratio-for-percent');
      else add(Number.isInteger(c.value) ? -6 : -2, Number.isInteger(c.value) ? 'count-for-percent' : 'not-percent');
    }
    else if (isPercent) add(T !== null && Math.abs(T) > 2 ? -3 : -1.5, 'percent-for-non-percent');
    else add(1, 'same-kind');
    if (wantDays) add(/^(gg|giorn|day)/.test(unitAfter) ? 2 : -1, 'unit-days');
    if (VALUE_CUE.test(near) || IS_CUE.test(text.slice(Math.max(0, start - 6), start))) add(1.5, 'after-verb');
    else if (PUNCT_CUE.test(near)) add(0.75, 'after-colon');
    if (TOTAL_CUE.test(near)) add(1.5, 'total');
    if (/(?:\bsu|\bof|out of|a fronte di|rispetto a(?:i|gli|lle)?)\s*(?:n\.\s*)?$/.test(near)) add(-2, 'whole-of-part');
    const cleanBefore = clean.slice(sStart, start);
    const lastNum = /\d[^\d]*$/.exec(cleanBefore);
    const sinceLastNumber = lastNum ? before.slice(lastNum.index + 1) : before;
    if (!inParens && yearCue.test(before)) add(2, 'stated-for-year');
    if (otherYear.test(sinceLastNumber.slice(-60).replace(COMPARED_TO, ' '))) add(-5, 'other-year');
    if (TARGET_CUE.test(sinceLastNumber.slice(-40))) add(-4, 'target-not-result');
    if (BENCHMARK.test(sinceLastNumber.slice(-45))) add(-5, 'benchmark');
    if (SECONDARY.test(before)) add(-2, 'secondary');
    if (REFERENCE_NUMBER.test(folded.slice(Math.max(0, start - 20), start))) add(-6, 'document-number');
    if (inParens) {
      const close = clean.indexOf(')', start);
      const group = clean.slice(clean.lastIndexOf('(', start), close < 0 ? clean.length : close);
      add((group.match(/\d[\d.,]*/g)?.length ?? 0) >= 2 && c.denominator === null ? -3 : -1.5, 'in-parentheses');
    }
    if (start <= firstSentenceEnd) add(0.5, 'first-sentence');
    if (T !== null && T > 0 && c.value > 0 && !(wantPercent && !isPercent && c.denominator === null)) {
      const ratio = c.value / T;
      const index = target.unit === null && Math.abs(T) <= 2;
      if (ratio > 30 || ratio < 1 / 30) add(index ? -4 : -2, 'far-from-scale');
    }
    if (/^[a-z]/.test(clean.slice(end, end + 1))) add(-3, 'glued-to-word');
    if (target.kind === 'delta' && DIFFERENCE_CUE.test(sinceLastNumber)) add(2, 'difference');
    if (topic.size > 0) {
      const eligible = (t: string): string[] => (t.match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w));
      const own = eligible(sinceLastNumber.slice(-60));
      const words = [...(own.length > 0 ? own : eligible(before)), ...eligible(clean.slice(end, end + 40).split(/[.;,\n–-]/)[0] ?? '')];
      const hits = words.filter((w) => topic.has(stem(w))).length;
      if (hits > 0) add(Math.min(2, hits), 'named-like-indicator');
    }
  };

  const tokens: NumberToken[] = numberTokens(clean, locale);
  // Against a count ("≥ 4"), "3 su 5" states 3 of 5: the figures stand alone, the total after "su" is no result.
  const countTarget = !wantPercent && T !== null && Math.abs(T) > 2;
  const rs = countTarget ? [] : ratios(text, clean, locale);
  for (const t of tokens) {
    if (rs.some((q) => t.start >= q.start && t.end <= q.end)) continue;
    const c: Candidate = { value: t.value, percent: t.percent, numerator: null, denominator: null, token: text.slice(t.start, t.end), start: t.start, score: 0, reasons: [] };
    if (t.ambiguous) {
      c.score -= 2;
      c.reasons.push('ambiguous-notation');
    }
    score(t.start, t.end, t.percent, t.unitAfter, c);
    candidates.push(c);
  }
  for (const q of rs) {
    if (q.d === 0) continue;
    const v = wantPercent ? (100 * q.n) / q.d : q.n / q.d;
    const c: Candidate = { value: v, percent: wantPercent, numerator: q.n, denominator: q.d, token: q.token, start: q.start, score: 0, reasons: ['ratio'] };
    score(q.start, q.end, false, '', c);
    // A percent printed beside the ratio ("559/578, ovvero 97%", "(87/99)") confirms it: keep the printed one.
    const twin = candidates.find((o) => o.percent && Math.abs(o.value - (100 * q.n) / q.d) <= 1 && Math.abs(o.start - q.start) < 60);
    if (twin) {
      twin.score += twin.reasons.includes('in-parentheses') ? 3 : 1.5;
      twin.numerator = q.n;
      twin.denominator = q.d;
      twin.reasons.push('matches-ratio');
      continue;
    }
    candidates.push(c);
  }
  // Numbers written as words ("realizzate due azioni") count as figures too ("sei" and "uno/una" are too ambiguous).
  const WORDS = /\b(due|tre|quattro|cinque|sette|otto|nove|dieci|two|three|four|five|seven|eight|nine|ten)\b(?=\s+[a-z])/g;
  let w: RegExpExecArray | null;
  while ((w = WORDS.exec(clean))) {
    const value = NUMBER_WORDS[w[1] ?? ''] ?? 0;
    const c: Candidate = { value, percent: false, numerator: null, denominator: null, token: text.slice(w.index, w.index + w[0].length), start: w.index, score: 0, reasons: ['written-in-words'] };
    score(w.index, w.index + w[0].length, false, '', c);
    candidates.push(c);
  }
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = candidates[0] ?? null;
  if (!best) return { best: null, candidates, confident: false };
  const rival = candidates.find((c) => c !== best && !same(c.value, best.value));
  const margin = rival ? best.score - rival.score : Infinity;
  // A clear lead, or a modest score far ahead of every figure the text disqualifies (other years, averages).
  const confident = !best.disqualified && ((best.score >= MIN_SCORE && margin >= MIN_MARGIN) || (best.score >= 1 && margin >= 4));
  return { best, candidates, confident };
}

const COMPARED_TO = /(?:rispetto (?:al|all'|a)|vs\.?|confronto con il|su)\s*(?:19|20)\d\d/g;
/** A figure that is a target or a threshold, not a result: "nuovo target pari a 3", "sopra il 90%", "(>= 25%)". */
const TARGET_CUE = /(?:>=|<=|>|<|=\s*a|\b(?:target|soglia|attes[oi]|previst[oaie]|sopra (?:il|al|l')|oltre (?:il|al|l')|superiore (?:a|al)|almeno (?:il|al)?|minimo (?:il|di)?)\b[^.;:\d]{0,22})\s*\(?\s*$/;
const DIFFERENCE_CUE = /(?:differenza|variazione|scostamento|incremento|diff\.?)\s*:?\s*$/;
/** Words too common in indicator names to tell one figure from another. */
const STOP = new Set(['numero', 'anno', 'anni', 'totale', 'della', 'delle', 'dello', 'degli', 'nell', 'nella', 'nelle', 'sulla', 'sulle', 'con', 'per', 'dati', 'dato', 'attivita', 'camera', 'cciaa', 'ente', 'percentuale', 'tasso', 'indice', 'rapporto', 'media', 'medio', 'valore', 'anno', 'entro', 'dicembre', 'relativ', 'rispetto', 'organizzati', 'realizzati', 'realizzate']);
const stem = (w: string): string => w.slice(0, 6);

const NUMBER_WORDS: Record<string, number> = {
  due: 2, tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8, nove: 9, dieci: 10,
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 + 0.005 * Math.max(Math.abs(a), Math.abs(b));
