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
  'decimal-without-percent', 'unit-time', 'unit-euro', 'labelled-year', 'total-line', 'per-part', 'time-limit',
  'counts-indicator-noun', 'items-listed', 'other-period', 'extreme-not-average', 'average-like-indicator', 'all-of-them',
  'level-not-change', 'named-otherwise',
] as const;
export type NarrativeReason = (typeof NARRATIVE_REASONS)[number];
/** True when a result read from a narrative (its `reason`: codes joined by '; ') states the change itself ("variazione +26,4%"). */
export const statesDifference = (reason: string | null): boolean => (reason ?? '').split('; ').includes('difference');

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
const IS_CUE = /(?<![A-Za-z\u00c0-\u017f])è\s*(?:n\.\s*)?$/;
/** A value labelled with the reference year right before it: "Dato 2023: 2,40", "2023 = 15", "anno 2023: 7". */
const YEAR_LABEL = (year: number): RegExp => new RegExp(`(?:^|[\\s(;,.])(?:dato|valore|risultato|consuntivo|anno|year|actual)?\\s*${year}\\s*[:=]\\s*(?:n\\.\\s*)?$`);
/** A line that totals the list above it: "Totale: 17", "Totale complessivo 51". */
const TOTAL_LINE = /(?:^|\n)\s*(?:totale|in totale|totale complessivo|complessivamente|total)\s*(?:[:=]|pari a)?\s*(?:n\.\s*)?$/;
/** A figure for each part ("per ciascun territorio", "uno per ogni sede"): not the whole. */
const PER_EACH = /\b(?:per ciascun[oa]?|per ogni|ciascun[oa]|ognuno|each|per each)\b/;
/** "tutti/tutte" with a participle: all of a whole, 100% against a percent target ("sono stati tutti attivati", "tutte pubblicate"). */
const ALL_OF = /(?<!\bnon )\btutt[ie]\s+(?:(?:gia|sempre|regolarmente|correttamente)\s+)?[a-z]+(?:at|it|ut|ss|st|ols|ers)[ie]\b|\b(?:sono|furono) stat[ie] tutt[ie]\b|(?<!\bnon )\b(?:all|every one) (?:of them )?(?:were|was|have been) [a-z]+ed\b/g;
const TOTAL_CUE = /(?:totale|in tutto|complessiv\w*|total)\s*(?:di|pari a|:)?\s*$/;
const YEAR_CUE = (year: number): RegExp =>
  new RegExp(`(?:dato ${year}|${year}\\s*:|per il ${year}|nel ${year}|anno ${year}|al 31 dicembre(?: ${year})?|al 31/12(?:/${year})?|al 31\\.12|a fine anno|entro fine anno|nel corso del ${year})`);
const OTHER_YEAR = (year: number): RegExp => new RegExp(`\\b(?!${year}\\b)(?:19|20)\\d\\d\\b|anno precedente|anno n-1|triennio|anni scorsi|prepandemia`);
/** An average of other bodies ("media nazionale", "la media del cluster"); "in media" (on average) is no benchmark. */
const BENCHMARK = /(?:media nazionale|dato medio|medio nazionale|nazionale|cluster|(?<!\bin )media|benchmark|regionale|(?<!\bon )average|national)/;
/** An indicator that is itself per head or an average: "ciascuno" describes it, not a part. */
const PER_HEAD = /pro capite|per (?:dipendente|addetto|unita|persona|capita|head|employee)|\bmedi[oa]\b|average|ciascun/;
const SECONDARY = /(?:se si considera(?:no)?|considerando anche|oltre|inoltre|anche|nb|complessivamente|fuori territorio|in differita|locale|precedente|invece|scaricata)/;
const REFERENCE_NUMBER = /(?:determina|delibera|decreto|legge|art\.?|prot\.?|n\. prot|codice|sessione|release|versione)\s*(?:n\.?\s*)?$/;

/** Ratios in the text: "4.481/64.095", "87 su 99", "24 imprese femminili su 104", "Num 18.307 – Den 64.095", "8.949 … a fronte di 9.108". */
function ratios(text: string, folded: string, locale: NumberLocale): Array<{ n: number; d: number; start: number; end: number; token: string }> {
  const out: Array<{ n: number; d: number; start: number; end: number; token: string }> = [];
  const res = [
    // numerals are bounded ({0,24}): an unbounded run would be retried from every digit of a long one (quadratic)
    /(\d[\d.,]{0,24})\s*\/\s*(\d[\d.,]{0,24})(?!\s*\/|\d)/g,
    /(\d[\d.,]{0,24})\s+(?:[a-z'’"“”]+\s+){0,4}\(?\s*(?:su|of|out of|a fronte di)\s+(?:[a-z'’]+\s+){0,2}(\d[\d.,]{0,24})/g,
    /num(?:eratore)?\.?\s*:?\s*(\d[\d.,]{0,24})\s*[-–,;]?\s*den(?:ominatore)?\.?\s*:?\s*(\d[\d.,]{0,24})/g,
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

/** Unclosed "(" between `from` and `to` of `s`: "(" counts up, ")" down. */
function parenDepth(s: string, from: number, to: number): number {
  let open = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) open--;
  }
  return open;
}

/** Index of the last ASCII digit of `s` in [from, to), or -1. */
function lastDigitIn(s: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/** `s` up to the first match of `stop` (all of it when none): what `s.split(stop)[0]` gives, without the array. */
function upTo(s: string, stop: RegExp): string {
  const at = s.search(stop);
  return at < 0 ? s : s.slice(0, at);
}
/** Where the clause after a figure ends (for "per ciascuno" after it). */
const CLAUSE_END = /[.;,\n(]/;
/** Where the words naming a figure after it end. */
const LABEL_END = /[.;,\n–\d-]/;
/** Characters that end the words naming a figure before it: a digit, . ; : newline ( ) , – */
const isLabelStop = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 46 || c === 59 || c === 58 || c === 10 || c === 40 || c === 41 || c === 44 || c === 0x2013;

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
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo] ?? 0;
}

interface YearCues { yearCue: RegExp; otherYear: RegExp; yearLabel: RegExp; yearSpan: RegExp; otherYearAfter: RegExp }
const cueCache = new Map<number, YearCues>();
/** The cues that name the reference year, compiled once per year. */
function cuesFor(year: number): YearCues {
  let c = cueCache.get(year);
  if (!c) {
    c = {
      yearCue: YEAR_CUE(year), otherYear: OTHER_YEAR(year), yearLabel: YEAR_LABEL(year),
      // "campagna 2024/2025", "a.a. 2023/24": a span holding the reference year is not another year
      yearSpan: new RegExp(`\\b(?:${year - 1}\\s*[/-]\\s*(?:${year}|${String(year).slice(2)})|${year}\\s*[/-]\\s*(?:${year + 1}|${String(year + 1).slice(2)}))\\b`, 'g'),
      otherYearAfter: new RegExp(`^\\s*%?\\s*(?:del|nel|in|of|for)\\s+(?:(?:l'anno|anno|year)\\s+)?(?!${year}\\b)(?:19|20)\\d\\d\\b`),
    };
    if (cueCache.size >= 64) cueCache.clear();
    cueCache.set(year, c);
  }
  return c;
}

/**
 * Read the measured value out of a result narrative ("Al 31 dicembre n. 167 assessment.") by scoring every
 * numeral on its unit, the words before it and where it stands. `masked` spans (the stated achievement) are
 * ignored. Says whether the best reading is clearly ahead; the caller abstains otherwise. `foldedText` is
 * `foldKeepLength(text)` when the caller has it already.
 */
export function readNarrative(
  text: string, target: Target, year: number, locale: NumberLocale, masked: Array<[number, number]>, context = '', foldedText?: string,
): NarrativeReading {
  const { topic, nouns, perHead, average } = contextWords(context);
  let folded = foldedText ?? foldKeepLength(text);
  for (const [a, b] of masked) folded = folded.slice(0, a) + ' '.repeat(b - a) + folded.slice(b);
  let clean = maskNoise(folded);
  clean = clean.replace(/(^|[\n:;]\s*)(\d{1,2})([.)]\s+)/g, (m, lead: string, d: string, tail: string, at: number) => {
    const next = text.charAt(at + m.length);
    return next !== '' && next === next.toUpperCase() && next !== next.toLowerCase() ? lead + ' '.repeat(d.length) + tail : m;
  });
  // a relative change ("incremento del 15%") is measured on levels in the indicator's own unit
  const wantPercent = target.unit === 'percent' && !(target.kind === 'delta' && target.change?.measure === 'relative');
  const wantDays = target.unit === 'days';
  const T = target.value;
  const { yearCue, otherYear, yearLabel, yearSpan, otherYearAfter } = cuesFor(year);
  const lists = listItems(folded);
  const labels = new Map<Candidate, { has: boolean; hit: boolean }>();
  const starts = sentenceStarts(clean);
  const firstSentenceEnd = starts.length > 1 ? (starts[1] as number) - 1 : clean.length;

  const candidates: Candidate[] = [];
  let lastCue = { at: -1, cue: 0 };
  let lastLabel: { at: number; words: string[] } = { at: -1, words: [] };
  const score = (start: number, end: number, isPercent: boolean, unitAfter: string, c: Candidate): void => {
    // the sentence holding the figure, at most its last 300 characters before it (keeps long cells linear)
    const sStart = Math.max(sentenceStart(starts, start), start - 300);
    const before = folded.slice(sStart, start);
    const near = before.slice(-28);
    const r = c.reasons;
    const add = (d: number, why: NarrativeReason): void => {
      c.score += d;
      r.push(why);
      if (d <= -3) c.disqualified = true;
    };
    const inParens = parenDepth(folded, sStart, start) > 0;
    // the last digit of the sentence before the figure (in the masked text)
    const lastDigit = lastDigitIn(clean, sStart, start);
    const lastNum = lastDigit < 0 ? null : { index: lastDigit - sStart };
    const sinceLastNumber = lastNum ? before.slice(lastNum.index + 1) : before;
    // against a change target, a stated change ("variazione +26,4%") is read in percent even when levels are counts
    const statedChange = target.kind === 'delta' && DIFFERENCE_CUE.test(sinceLastNumber);
    if (wantPercent || (statedChange && isPercent)) {
      if (isPercent || c.denominator !== null) add(3, isPercent ? 'percent-like-target' : 'ratio-for-percent');
      else if (Number.isInteger(c.value)) add(-6, 'count-for-percent');
      else add(textHasPercent ? -2 : -0.5, textHasPercent ? 'not-percent' : 'decimal-without-percent');
    }
    else if (isPercent) add(T !== null ? -3 : -1.5, 'percent-for-non-percent');
    else add(1, 'same-kind');
    if (wantDays) add(/^(gg|giorn|day)/.test(unitAfter) ? 2 : -1, 'unit-days');
    else if (target.unit === 'hours' || target.unit === 'minutes') add(/^(ore|hour|minut)/.test(unitAfter) ? 2 : -1, 'unit-time');
    else if (target.unit === 'euro') add(/^(€|euro)/.test(unitAfter) || /(?:€|\beuro)\s*$/.test(folded.slice(Math.max(0, start - 8), start)) ? 2 : -1, 'unit-euro');
    let cue = 0;
    if (VALUE_CUE.test(near) || IS_CUE.test(text.slice(Math.max(0, start - 6), start))) cue = 1.5;
    else if (PUNCT_CUE.test(near)) cue = 0.75;
    // "Realizzati 12 incontri e 15 webinar": the verb governs both figures.
    if (lastNum && cue === 0 && COORDINATED.test(sinceLastNumber) && lastCue.at === sStart + lastNum.index) cue = lastCue.cue;
    if (cue === 1.5) add(1.5, 'after-verb');
    else if (cue > 0) add(cue, 'after-colon');
    lastCue = { at: end - 1, cue };
    if (TOTAL_CUE.test(near)) add(1.5, 'total');
    if (/(?:\bsu|\bof|out of|a fronte di|rispetto a(?:i|gli|lle|l|llo|lla|ll')?|compared to|than)\s*(?:n\.\s*)?$/.test(near)) add(-2, 'whole-of-part');
    if (!inParens && yearCue.test(before)) add(2, 'stated-for-year');
    if (yearLabel.test(before.slice(-40))) add(2, 'labelled-year');
    if (TOTAL_LINE.test(folded.slice(Math.max(0, start - 40), start))) add(2, 'total-line');
    if (!perHead && (PER_EACH.test(sinceLastNumber.slice(-50)) || PER_EACH.test(upTo(clean.slice(end, end + 60), CLAUSE_END)))) add(-1, 'per-part');
    if (TIME_LIMIT.test(near) && /^(?:gg|giorn|day|ore|hour|minut)/.test(unitAfter) && !wantDays) add(-2, 'time-limit');
    let label = labelOf(start, end);
    // "3 nuovi accordi con atenei europei e 2 con atenei extraeuropei": the second figure counts the same noun
    if (lastNum && COORDINATED.test(sinceLastNumber) && ELIDED.test(clean.slice(end, end + 12)) && lastLabel.at === sStart + lastNum.index) label = lastLabel.words;
    lastLabel = { at: end - 1, words: label };
    const hit = label.some((w) => topic.has(stem(w)));
    labels.set(c, { has: label.length > 0, hit });
    if (nouns.size > 0 && label.some((w) => nouns.has(stem(w)))) add(1.5, 'counts-indicator-noun');
    const count = lists.find((l) => l.after >= end && l.after - end < 120 && /^[^\n.]*:\s*$/.test(clean.slice(end, l.after)));
    if (count && count.items === c.value && c.value >= 2) add(2, 'items-listed');
    if (otherYear.test(sinceLastNumber.slice(-60).replace(COMPARED_TO, ' ').replace(yearSpan, ' '))) add(-5, 'other-year');
    else if (OTHER_PERIOD_AFTER.test(clean.slice(end, end + 50)) || otherYearAfter.test(clean.slice(end, end + 30))) add(-4, 'other-period');
    if (average) {
      if (EXTREME.test(sinceLastNumber.slice(-40))) add(-2, 'extreme-not-average');
      else if (AVERAGE_WORDS.test(sinceLastNumber.slice(-40))) add(1, 'average-like-indicator');
    }
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
    if (statedChange) add(2, 'difference');
    if (topic.size > 0) {
      const own = eligible(afterCoordinator(sinceLastNumber.slice(-60)));
      const words = [...(own.length > 0 ? own : eligible(before)), ...eligible(upTo(clean.slice(end, end + 40), LABEL_END))];
      const hits = words.filter((w) => topic.has(stem(w))).length;
      if (hits > 0) add(Math.min(2, hits), 'named-like-indicator');
    }
  };

  /** The words that name a figure: right after it (up to the next figure or stop), else right before it. */
  const labelOf = (start: number, end: number): string[] => {
    let tail = clean.slice(end, end + 60).replace(/^\s*(?:%|gg\.?|giorni|ore|euro|€)?\s*/, '');
    // "35 gg (entrata)": a short qualifier in brackets names the figure; a remark with figures of its own does not
    if (tail.startsWith('(')) {
      const inner = tail.slice(1, Math.max(1, tail.indexOf(')')));
      tail = /\d/.test(inner) || inner.trim().split(/\s+/).length > 3 ? '' : inner;
    }
    const stop = tail.search(/[\d.;:\n(),]|\s[-–]\s/);
    const after = eligible(stop < 0 ? tail : tail.slice(0, stop)).slice(0, 3);
    if (after.length > 0) return after;
    const head = clean.slice(Math.max(0, start - 60), start);
    let cut = -1;
    for (let i = head.length - 1; i >= 0; i--) if (isLabelStop(head.charCodeAt(i))) { cut = i; break; }
    return eligible(afterCoordinator(head.slice(cut + 1))).slice(-4);
  };
  const tokens: NumberToken[] = numberTokens(clean, locale);
  const textHasPercent = tokens.some((t) => t.percent);
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
  // "sono stati tutti attivati", "tutte pubblicate": all of a whole is 100% against a percent target.
  if (wantPercent) {
    ALL_OF.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ALL_OF.exec(clean))) {
      const c: Candidate = { value: 100, percent: true, numerator: null, denominator: null, token: text.slice(a.index, a.index + a[0].length), start: a.index, score: 1, reasons: ['all-of-them'] };
      score(a.index, a.index + a[0].length, true, '', c);
      candidates.push(c);
    }
  }
  // Against a change target ("+10%"), a stated difference is the result: the levels it is computed from are not.
  if (target.kind === 'delta' && candidates.some((c) => c.reasons.includes('difference') && !c.disqualified)) {
    for (const c of candidates) if (!c.reasons.includes('difference')) {
      c.score -= 2;
      c.reasons.push('level-not-change');
    }
    labels.clear();
  }
  // A figure named after something else, when another figure is named after the indicator, counts less.
  if ([...labels.entries()].some(([c, l]) => l.hit && !c.disqualified)) {
    for (const [c, l] of labels) if (l.has && !l.hit) {
      c.score -= 1.5;
      c.reasons.push('named-otherwise');
    }
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

/** Words of a text that can name a figure (four letters or more, not too common). */
const eligible = (t: string): string[] => (t.match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w));
/** "entro 5 gg", "within 3 days": a limit a figure is measured against, not the figure. */
/** After a figure: the period it belongs to is another one ("70,1% della campagna precedente", "dell'anno scorso"). */
const OTHER_PERIOD_AFTER = /^\s*%?\s*(?:del|della|dello|dell'|nel|nella|nell'|of the|in the)\s*(?:[a-z']+\s+){0,2}(?:precedente|scors[oa]|passat[oa]|prior|previous|last)\b/;
/** The indicator measures an average; a figure labelled as an extreme is not it. */
const AVERAGE_WORDS = /\b(?:medio|media|medi|medie|average|mean)\b/;
const EXTREME = /\b(?:massim[oaie]|minim[oaie]|max|min|picco|peak|maximum|minimum|longest|shortest)\b[^\d]*$/;
/** Between two figures: a few words and "e" ("12 incontri e 15 webinar"). */
/** The words after the last "e" / "mentre" ("171 studenti e ne sono arrivati" → "ne sono arrivati"): a new clause. */
function afterCoordinator(t: string): string {
  const m = /^[^]*\s(?:e|ed|mentre|and|while|whereas)\s/.exec(t);
  return m ? t.slice(m[0].length) : t;
}
/** A figure whose own words start with a preposition: its noun is the previous figure's ("e 2 con …"). */
const ELIDED = /^\s*(?:con|di|da|in|a|per|su|tra|fra|presso|with|for|in|at|from)\s/;
const COORDINATED = /^[ %a-z'()]{0,60}\s(?:e|ed|and|nonche)\s+(?:n\.\s*)?$/;
const TIME_LIMIT = /(?:\bentro|\bwithin|in meno di|in non piu di|non oltre)\s*(?:i\s+)?$/;
interface ContextWords {
  topic: Set<string>;
  nouns: Set<string>;
  /** The indicator is itself per head or an average ("ciascuno" describes it, not a part). */
  perHead: boolean;
  /** The indicator measures an average. */
  average: boolean;
}
const CONTEXTS = new Map<string, ContextWords>();
/** The indicator's words (stems), what it counts and what kind of figure it is, once per distinct name and algorithm. */
function contextWords(context: string): ContextWords {
  let c = CONTEXTS.get(context);
  if (!c) {
    const f = foldKeepLength(context);
    c = { topic: new Set((f.match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map(stem)), nouns: countedNouns(context), perHead: PER_HEAD.test(f), average: AVERAGE_WORDS.test(f) };
    if (CONTEXTS.size >= 2000) CONTEXTS.clear();
    CONTEXTS.set(context, c);
  }
  return c;
}
/** What the indicator counts: the noun after "N." / "Numero (medio) di" in its name or algorithm ("N. quesiti risolti" → quesiti). */
function countedNouns(context: string): Set<string> {
  const out = new Set<string>();
  const re = /(?:^|[\s(/])(?:n\.|nr\.?|numero|num\.|number of)\s*(?:medio\s+|totale\s+|complessivo\s+)?(?:di\s+|dei\s+|degli\s+|delle\s+|of\s+)?([a-z]{4,})/g;
  let m: RegExpExecArray | null;
  const f = foldKeepLength(context);
  while ((m = re.exec(f))) if (!STOP.has(m[1] as string)) out.add(stem(m[1] as string));
  return out;
}
/** Numbered lists ("1. …", "2) …"): where each list starts and how many items it has. */
function listItems(folded: string): Array<{ after: number; items: number }> {
  const out: Array<{ after: number; items: number }> = [];
  const re = /(?:^|\n)[ \t]*(\d{1,2})[.)][ \t]/g;
  let m: RegExpExecArray | null;
  let cur: { after: number; items: number } | null = null;
  while ((m = re.exec(folded))) {
    const k = Number(m[1]);
    const at = m.index + (m[0].startsWith('\n') ? 1 : 0);
    if (k === 1) {
      cur = { after: at, items: 1 };
      out.push(cur);
    } else if (cur && k === cur.items + 1) cur.items = k;
  }
  return out;
}
const COMPARED_TO = /(?:rispetto (?:al|all'|a)|vs\.?|confronto con il|su)\s*(?:19|20)\d\d/g;
/** A figure that is a target or a threshold, not a result: "nuovo target pari a 3", "sopra il 90%", "(>= 25%)". */
const TARGET_CUE = /(?:>=|<=|>|<|=\s*a|\b(?:target|soglia|attes[oi]|previst[oaie]|programmat[oaie]|pianificat[oaie]|planned|scheduled|sopra (?:il|al|l')|oltre (?:il|al|l')|superiore (?:a|al)|almeno (?:il|al)?|minimo (?:il|di)?)\b[^.;:\d]{0,22})\s*\(?\s*$/;
const DIFFERENCE_CUE = /(?:differenza|variazione|scostamento|incremento|diff\.?)\s*:?\s*\+?\s*$/;
/** Words too common in indicator names to tell one figure from another. */
const STOP = new Set(['numero', 'anno', 'anni', 'totale', 'della', 'delle', 'dello', 'degli', 'nell', 'nella', 'nelle', 'sulla', 'sulle', 'con', 'per', 'dati', 'dato', 'attivita', 'camera', 'cciaa', 'ente', 'percentuale', 'tasso', 'indice', 'rapporto', 'media', 'medio', 'valore', 'anno', 'entro', 'dicembre', 'relativ', 'rispetto', 'organizzati', 'realizzati', 'realizzate',
  'pari', 'stato', 'stata', 'stati', 'state', 'sono', 'risulta', 'risultano', 'risultato', 'essere', 'circa', 'quindi', 'complessivo',
  'complessivi', 'mentre', 'anche', 'oltre', 'questo', 'questa', 'quello', 'quella', 'sulla', 'sugli', 'dall', 'dalla', 'alla', 'alle',
  'agli', 'negli', 'presso', 'tramite', 'ovvero', 'ossia', 'cioe', 'della', 'degli', 'were', 'with', 'that', 'this', 'have', 'from']);
const stem = (w: string): string => w.slice(0, 6);

const NUMBER_WORDS: Record<string, number> = {
  due: 2, tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8, nove: 9, dieci: 10,
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 + 0.005 * Math.max(Math.abs(a), Math.abs(b));
