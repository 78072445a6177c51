import { excelSerialToIso, parseDatePrefix } from '../date/parseDate';
import { issue } from '../issues';
import type { Issue } from '../issues';
import { isDateFormat, isPercentFormat } from '../number/formats';
import type { NumberLocale } from '../number/locale';
import { parseNumber } from '../number/parseNumber';
import { normalizeText } from '../target/normalize';
import { foldKeepLength, readValue } from '../target/readValue';
import type { Target, Unit } from '../target/target.types';
import { NO_WORDS, YES_WORDS, ZERO_WORDS } from '../target/vocabulary';
import { readDates } from './dates';
import { readNarrative } from './narrative';
import type { ResultValue } from './result.types';
import { statedInText } from './statedInText';

export interface ResultOptions {
  /** The parsed target: its unit and kind tell how to read the result. */
  target: Target;
  year: number;
  /** @default 'it' */
  locale?: NumberLocale;
  cell?: string;
  /** Excel number format of the cell ("0.00%" makes 0.2856 read as 28.56%). */
  numberFormat?: string;
  /** The indicator's name and algorithm: words that tell which figure of a narrative is the result. */
  context?: string;
}

export interface ParsedResult {
  result: ResultValue;
  issues: Issue[];
}

const none = (): ResultValue => ({
  value: null, unit: null, numerator: null, denominator: null, date: null, yes: null, source: 'none', token: null, reason: null, statedInText: null,
});

/** Longer cells are narratives: the short forms (a value, a ratio, a date) are not tried on them. */
const SHORT_CELL = 80;
const NOT_AVAILABLE = /^(?:n\.?\s?d\.?|n\/d|nd|n\.?\s?a\.?|n\/a|na|non disponibile|non rilevat[oa]|dato non disponibile|-|\?|tbd|da rilevare)$/;
const RATIO_CELL = /^(?:num(?:eratore)?\.?\s*:?\s*)?(-?[\d.,]+)\s*(?:\/|su|of|out of|:)\s*(?:den(?:ominatore)?\.?\s*:?\s*)?([\d.,]+)$/;
const NUM_DEN = /^num(?:eratore)?\.?\s*:?\s*([\d.,]+)\s*[-–,;]?\s*den(?:ominatore)?\.?\s*:?\s*([\d.,]+)$/;
const ZERO_NARRATIVE = /\b(?:nessun[oa]?|zero|non (?:ne )?(?:sono|e) stat[oiae]|non si (?:sono|e) (?:registrat|verificat)[a-z]*|non (?:ci )?sono stat[ie] (?:casi|eventi|segnalazioni)|non (?:risultano|risulta)|assenza di)\b/;

/**
 * Read the measured value of a result cell: a number (percent-formatted numbers become percent numbers), a
 * percentage, a ratio ("4.481/64.095", "87 su 99", "Num 18.307 – Den 64.095"), a date, "zero", yes/no, or a
 * narrative from which the value is extracted only when it is unambiguous. Never throws.
 *
 * @example
 * parseResult('Al 31 dicembre n. 167 assessment. Percentuale raggiungimento = 100%.', { target, year: 2023 }).result
 * //=> { value: 167, source: 'narrative', statedInText: 100, … }
 */
export function parseResult(input: string | number | boolean | null | undefined, opts: ResultOptions): ParsedResult {
  const cell = opts.cell;
  const locale = opts.locale ?? 'it';
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { result: none(), issues: [issue('missing-result', 'error', { cell, expected: 'a result' })] };
  }
  if (typeof input === 'boolean') return { result: { ...none(), yes: input, source: 'yes-no', token: String(input) }, issues: [] };
  if (typeof input === 'number') return fromNumber(input, opts);

  const text = normalizeText(input).trim();
  const folded = foldKeepLength(text);
  const last = folded.charCodeAt(folded.length - 1);
  const simple = (last === 46 || last === 59 ? folded.slice(0, -1) : folded).trim(); // one final "." or ";" off
  const issues: Issue[] = [];
  const r = none();
  if (NOT_AVAILABLE.test(simple)) return { result: { ...r, token: text }, issues: [issue('result-not-available', 'warning', { cell, received: text, params: { text } })] };
  if (ZERO_WORDS.test(simple)) return { result: { ...r, value: 0, source: 'zero-word', token: text, unit: opts.target.unit }, issues };
  if (YES_WORDS.test(simple)) return { result: { ...r, yes: true, source: 'yes-no', token: text }, issues };
  if (NO_WORDS.test(simple)) return { result: { ...r, yes: false, source: 'yes-no', token: text }, issues };

  // A short cell: a value, maybe with a ratio in parentheses ("87% (87/99)", "6,99 (4.481/64.095)").
  const isShort = simple.length <= SHORT_CELL && !simple.includes('\n');
  const main = isShort ? simple.replace(/\s*\(([^()]*)\)\s*$/, '') : '';
  const inParens = isShort ? (/\(([^()]*)\)\s*$/.exec(simple)?.[1] ?? null) : null;
  const short = isShort ? readShort(main, opts, locale) : null;
  if (short) {
    const { ambiguous, ...reading } = short;
    const mismatch = unitMismatch(reading, opts.target);
    if (mismatch) {
      // "45 giorni" against "≥ 80%": not comparable; never read as 45% (hours and minutes convert instead)
      issues.push(issue('target-unit-mismatch', 'warning', { cell, received: main, expected: opts.target.unit ?? undefined, params: mismatch }));
      return { result: { ...r, unit: reading.unit, token: text }, issues };
    }
    const out: ResultValue = { ...r, ...convertTime(reading, opts.target), token: text };
    if (inParens) {
      const ratio = readRatio(inParens.trim(), locale);
      if (ratio) checkRatio(out, ratio, opts, issues);
    }
    if (ambiguous) issues.push(issue('ambiguous-number', 'warning', { cell, received: main, expected: String(short.value), params: { text: main, read: short.value ?? undefined } }));
    return { result: scale(out, opts, issues), issues };
  }

  // A narrative.
  const stated = statedInText(text, locale);
  r.statedInText = stated ? stated.value : null;
  const masked: Array<[number, number]> = stated ? [[stated.start, stated.end]] : [];
  const t = opts.target;
  if (t.kind === 'deadline') {
    const d = readDates(text, opts.year, masked, folded);
    if (d.best && d.confident) {
      issues.push(issue('result-from-narrative', 'info', { cell, received: d.best.token, params: { text: d.best.token, reasons: d.best.reasons } }));
      return { result: { ...r, date: d.best.date, source: 'narrative', token: d.best.token, reason: d.best.reasons.join('; '), unit: 'date' }, issues };
    }
    issues.push(d.best
      ? issue('result-ambiguous', 'warning', { cell, received: clip(text), expected: 'a date', params: { kind: 'several', candidates: d.candidates.map((c) => c.token).join('; ') } })
      : issue('unrecognized-result', 'warning', { cell, received: clip(text), expected: 'a date', params: { text: clip(text), want: 'date' } }));
    return { result: r, issues };
  }
  if (t.kind === 'at-most' && t.value === 0 && ZERO_NARRATIVE.test(folded)) {
    issues.push(issue('result-from-narrative', 'info', { cell, received: clip(text), params: { text: clip(text), reasons: ['none-found'] } }));
    return { result: { ...r, value: 0, source: 'narrative', token: clip(text), reason: 'none-found', unit: t.unit }, issues };
  }
  if (t.kind === 'yes-no') {
    const no = /\b(?:non (?:(?:e|sono|stat[oaie]|ancora|gia|mai)\s+){0,3}(?:raggiunt|realizzat|completat|attivat|fatt|pubblicat|adottat|approvat|rilasciat|avviat|sottoscritt|trasmess|inviat|consegnat|emanat|mess[oa] in|entrat[oa] in)|not (?:yet )?(?:done|achieved|completed|released|published|adopted|approved|launched|delivered))/.test(folded);
    const yes = /\b(?:raggiunt|realizzat|completat|attivat|fatto|pubblicat|adottat|approvat|rilasciat|avviat|sottoscritt|trasmess|inviat|consegnat|emanat|mess[oa] in (?:linea|esercizio|produzione|opera)|entrat[oa] in (?:esercizio|vigore)|done|achieved|completed|released|published|adopted|approved|launched|delivered)/.test(folded);
    if (no || yes) return { result: { ...r, yes: !no, source: 'narrative', token: clip(text), reason: no ? 'negated' : 'affirmed' }, issues };
    // a deliverable recorded with its date ("in linea dal 15/05/2024")
    if (t.deliverable !== undefined) {
      const d = readDates(text, opts.year, masked, folded);
      if (d.best && d.confident) {
        issues.push(issue('result-from-narrative', 'info', { cell, received: d.best.token, params: { text: d.best.token, reasons: d.best.reasons } }));
        return { result: { ...r, date: d.best.date, source: 'narrative', token: d.best.token, reason: d.best.reasons.join('; '), unit: 'date' }, issues };
      }
    }
  }
  const reading = readNarrative(text, t, opts.year, locale, masked, opts.context ?? '', folded);
  const best = reading.best;
  if (best && reading.confident) {
    const reason = best.reasons.join('; ');
    issues.push(issue('result-from-narrative', 'info', { cell, received: best.token, params: { text: best.token, reasons: best.reasons } }));
    const out: ResultValue = {
      ...r, value: best.value, unit: best.percent ? 'percent' : t.unit, numerator: best.numerator, denominator: best.denominator,
      source: 'narrative', token: best.token, reason,
    };
    return { result: out, issues };
  }
  const cands = reading.candidates.slice(0, 4).map((c) => c.token.trim()).join('; ');
  issues.push(best
    ? issue('result-ambiguous', 'warning', { cell, received: clip(text), expected: 'one measured value', params: { kind: 'several', candidates: cands } })
    : issue('unrecognized-result', 'warning', { cell, received: clip(text), expected: 'a number, a ratio or a date', params: { text: clip(text) } }));
  return { result: r, issues };
}

/** Units a value can be measured in that no plain number stands for: a count or no unit fits any target. */
const MEASURES: ReadonlySet<Unit> = new Set<Unit>(['percent', 'days', 'hours', 'minutes', 'euro']);
const MINUTES: Partial<Record<Unit, number>> = { hours: 60, minutes: 1 };

/**
 * The result's unit as written in the cell against the target's, when they measure different things ("45 giorni"
 * against "≥ 80%", "€ 12.000" against "≤ 30 giorni"): hours and minutes convert into each other; days do not
 * (working or calendar days?), nor does a percentage format, only a unit written in the cell.
 */
function unitMismatch(reading: Short, target: Target): { resultUnit: Unit; targetUnit: Unit } | null {
  const ru = reading.unit;
  const tu = target.unit;
  if (reading.value === null || reading.source === 'ratio' || ru === null || tu === null || ru === tu) return null;
  if (!MEASURES.has(ru) || !MEASURES.has(tu)) return null;
  if (MINUTES[ru] !== undefined && MINUTES[tu] !== undefined) return null;
  return { resultUnit: ru, targetUnit: tu };
}

/** A time in hours against a target in minutes (or the reverse), in the target's unit: "90 minuti" against "≤ 2 ore" is 1,5 hours. */
function convertTime(reading: Short, target: Target): Short {
  const from = reading.unit ? MINUTES[reading.unit] : undefined;
  const to = target.unit ? MINUTES[target.unit] : undefined;
  if (reading.value === null || from === undefined || to === undefined || from === to) return reading;
  return { ...reading, value: (reading.value * from) / to, unit: target.unit };
}

const clip = (s: string): string => (s.length > 80 ? s.slice(0, 77) + '…' : s);

interface Short {
  value: number | null;
  unit: ResultValue['unit'];
  numerator: number | null;
  denominator: number | null;
  date: string | null;
  source: ResultValue['source'];
  ambiguous?: boolean;
}

function readShort(s: string, opts: ResultOptions, locale: NumberLocale): Short | null {
  const tv = readValue(s, locale);
  if (tv && tv.rest.trim() === '') {
    return { value: tv.value.value, unit: tv.value.unit === 'count' ? null : tv.value.unit, numerator: null, denominator: null, date: null, source: tv.value.unit === 'percent' ? 'percent' : 'number', ambiguous: tv.value.ambiguous !== null };
  }
  const ratio = readRatio(s, locale);
  if (ratio) {
    const t = opts.target;
    // "12 su 15" against a count ("≥ 10") is 12 done of 15: the count is the numerator.
    const count = t.unit !== 'percent' && t.value !== null && Math.abs(t.value) > 2;
    const value = count ? ratio.n : ratio.d === 0 ? null : t.unit === 'percent' ? (100 * ratio.n) / ratio.d : ratio.n / ratio.d;
    return { value, unit: opts.target.unit === 'percent' ? 'percent' : null, numerator: ratio.n, denominator: ratio.d, date: null, source: 'ratio' };
  }
  const d = parseDatePrefix(s, opts.year);
  if (d && d.ok && d.value.rest.trim() === '') return { value: null, unit: 'date', numerator: null, denominator: null, date: d.value.date, source: 'date' };
  return null;
}

function readRatio(s: string, locale: NumberLocale): { n: number; d: number } | null {
  const m = NUM_DEN.exec(s) ?? RATIO_CELL.exec(s);
  if (!m) return null;
  const n = parseNumber(m[1] ?? '', locale);
  const d = parseNumber(m[2] ?? '', locale);
  return n && d ? { n: n.value, d: d.value } : null;
}

/** A value printed with its ratio ("81% (80/99)") keeps the ratio's parts; whether they agree is the ratio-mismatch rule's call, made once by the evaluation. */
function checkRatio(out: ResultValue, ratio: { n: number; d: number }, opts: ResultOptions, issues: Issue[]): void {
  out.numerator = ratio.n;
  out.denominator = ratio.d;
  if (out.value === null) return;
  if (ratio.d === 0) issues.push(issue('division-by-zero', 'error', { cell: opts.cell, received: `${ratio.n}/${ratio.d}`, params: { numerator: ratio.n } }));
}

function fromNumber(n: number, opts: ResultOptions): ParsedResult {
  const fmt = opts.numberFormat ?? '';
  const issues: Issue[] = [];
  if (!Number.isFinite(n)) return { result: none(), issues: [issue('unrecognized-result', 'error', { cell: opts.cell, received: String(n), params: { text: String(n) } })] };
  if (isDateFormat(fmt) || opts.target.kind === 'deadline') {
    const date = isDateFormat(fmt) ? excelSerialToIso(n) : null;
    if (date) return { result: { ...none(), date, unit: 'date', source: 'date', token: String(n) }, issues };
  }
  const percent = isPercentFormat(fmt);
  const out: ResultValue = { ...none(), value: percent ? n * 100 : n, unit: percent ? 'percent' : null, source: percent ? 'percent' : 'number', token: String(n) };
  return { result: scale(out, opts, issues), issues };
}

/** Bring a plain number to the target's scale: 0.87 against ">= 90%" is 87%, with a warning that says so. */
function scale(out: ResultValue, opts: ResultOptions, issues: Issue[]): ResultValue {
  const t = opts.target;
  if (out.value === null || out.source === 'ratio') return out;
  // "non inferiore a 3 su 5": a count of the same whole (4) is 4 of 5
  if (t.ratio && out.unit !== 'percent' && out.value > 1 && out.value <= t.ratio.denominator && Number.isInteger(out.value)) {
    return { ...out, value: (100 * out.value) / t.ratio.denominator, unit: 'percent', numerator: out.value, denominator: t.ratio.denominator };
  }
  if (t.unit === 'percent' && out.unit !== 'percent' && !(t.kind === 'delta' && t.change?.measure === 'relative')) {
    if (Math.abs(out.value) <= 1 && out.value !== 0 && t.value !== null && Math.abs(t.value) >= 5) {
      issues.push(issue('result-ambiguous', 'warning', { cell: opts.cell, received: String(out.value), expected: `${out.value * 100}%`, params: { kind: 'fraction', value: out.value } }));
      return { ...out, value: out.value * 100, unit: 'percent' };
    }
    return { ...out, unit: 'percent' };
  }
  if (out.unit === null) return { ...out, unit: t.unit === 'date' ? null : t.unit };
  return out;
}
