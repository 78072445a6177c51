import { parseDatePrefix } from '../date/parseDate';
import type { NumberLocale } from '../number/locale';
import type { TargetChange, TargetKind, TargetRevision, Unit } from './target.types';
import { foldKeepLength, readValue } from './readValue';
import type { ValueToken } from './readValue';
import { readSentence } from './sentence';
import {
  COMPARATORS, NO_WORDS, REFERENCE_ANY, WITHDRAWN, YES_WORDS, ZERO_WORDS,
} from './vocabulary';

/** One target expression read from a line (or a revision phrase): the building block of `parseTarget`. */
export interface Expression {
  kind: TargetKind;
  /** Explicit comparator written in the cell (false for a bare value). */
  explicit: boolean;
  value: number | null;
  high: number | null;
  unit: Unit | null;
  date: string | null;
  yearFilled: boolean;
  expected: boolean | null;
  reference: string | null;
  token: string;
  notes: string[];
  revisions: TargetRevision[];
  ambiguous: ValueToken['ambiguous'];
  /** A date of the right shape that does not exist ("31/02/2023"). */
  invalidDate: string | null;
  withdrawn: boolean;
  /** What the value counts ("iniziative di formazione"). */
  noun?: string | null;
  change?: TargetChange | null;
  ratio?: { numerator: number; denominator: number } | null;
  deliverable?: string | null;
  parts?: Expression[] | null;
  /** Text after the value that may change its meaning, and why ("su", "di cui", "number"). */
  partly?: { text: string; reason: string } | null;
  /** The text after the value, as written (before notes are trimmed). */
  rest?: string;
}

export interface ExpressionContext {
  year: number;
  locale: NumberLocale;
}

export const base = (): Expression => ({
  kind: 'unknown', explicit: false, value: null, high: null, unit: null, date: null, yearFilled: false,
  expected: null, reference: null, token: '', notes: [], revisions: [], ambiguous: null, invalidDate: null, withdrawn: false,
});

/** Read a comparator phrase at the front of the text. */
export function readComparator(text: string): { kind: TargetKind; rest: string; token: string } | null {
  const lead = text.length - text.replace(/^\s+/, '').length;
  const folded = foldKeepLength(text.slice(lead));
  for (const [phrase, kind] of COMPARATORS) {
    if (folded.startsWith(phrase)) {
      const after = folded.charAt(phrase.length);
      if (/[a-z]/.test(phrase.slice(-1)) && /[a-z0-9]/.test(after)) continue; // "min" inside "minuti"
      // an article or preposition after the phrase belongs to it ("non superiore ai 30 giorni", "pari o superiore al 90%")
      const tail = text.slice(lead + phrase.length);
      const article = /^\s*(?:ad|al|allo|alla|ai|agli|alle|all'|a|di|del|dello|della|dei|degli|delle|dell'|il|lo|la|i|gli|le|l'|to|the)(?:\s+|(?<=')|(?=\d))/i.exec(tail);
      const used = /[a-z]$/.test(phrase) && article ? article[0].length : 0;
      return { kind, rest: tail.slice(used), token: text.slice(lead, lead + phrase.length + used).trim() };
    }
  }
  return null;
}

const DEADLINE_LEAD = /^\s*(?:entro(?: e non oltre)?|non oltre|by|before|within|scadenza|deadline|termine)?\s*(?:il|la data del|del|al|the|:)?\s*/i;

/** Read "entro il 31/12/2023", "entro 31/7", "31/12/2023", "by 31 July 2024". */
export function readDeadline(text: string, ctx: ExpressionContext, e: Expression): Expression | null {
  const lead = DEADLINE_LEAD.exec(text);
  const afterLead = text.slice(lead ? lead[0].length : 0);
  const hasWord = lead !== null && /[a-z]/i.test(lead[0]);
  const d = parseDatePrefix(afterLead, ctx.year);
  if (!d) return null;
  const fullShape = (t: string): boolean => /\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|^\d{4}-/.test(t);
  // A bare "31 luglio" or "31/7" needs a deadline word; "31/12/2023" does not.
  if (d.ok && !hasWord && !fullShape(d.value.token)) return null;
  if (!d.ok) return hasWord || fullShape(d.invalid) ? { ...e, kind: 'deadline', token: text.trim(), invalidDate: d.invalid } : null;
  return {
    ...e, kind: 'deadline', explicit: true, date: d.value.date, unit: 'date', yearFilled: d.value.yearFilled,
    token: text.slice(0, text.length - d.value.rest.length).trim(), notes: noteOf(d.value.rest, e.notes),
  };
}

export function noteOf(rest: string, notes: string[]): string[] {
  const r = rest.replace(/^[\s,;.:-]+|[\s,;.]+$/g, '');
  return r ? [...notes, r] : notes;
}

const RANGE = /^\s*(?:compres[oa] tra|tra|fra|between|dal|da|from)\s+(?:il\s+|l'|lo\s+)?/i;
const RANGE_JOIN = /^\s*(?:e(?:\s+il|\s+l')?|and|al|a|to|-|÷)\s*/i;
/** A label before the target ("Target:", "Valore atteso:"). */
const LABEL = /^\s*(?:target|valore atteso|valore obiettivo|obiettivo|risultato atteso|goal|expected)\s*[:=]\s*/i;
/** "Mantenimento (del livello 2022)": at least the previous value. */
const KEEP_LEVEL = /^(?:mantenimento|mantenere|conferma|maintain|keep)\b/;
const DELTA_WORDS = /^\s*(?:incremento|aumento|crescita|miglioramento|increase|growth|improvement)\s*(?:dell'|del|dello|della|dei|degli|delle|di|of|by|pari al|pari a)?\s*/i;
const DECREASE_WORDS = /^\s*(?:riduzione|diminuzione|calo|decremento|contrazione|abbattimento|decrease|reduction)\s*(?:dell'|del|dello|della|dei|degli|delle|di|of|by|pari al|pari a)?\s*/i;

/**
 * Parse one target expression (no year prefix, no parentheses): comparators in symbols or words, bare values,
 * units, "zero", yes/no, deadlines, deltas ("+10%"), ranges ("tra 80% e 90%"), second values that revise the
 * first ("15% 20%"), references ("dato medio nazionale"). Returns null when nothing target-like starts the text.
 */
export function parseExpression(text: string, ctx: ExpressionContext): Expression | null {
  return readSentence(text, ctx, readExpression);
}

/** The narrow reader: a target at the front of the text (no sentence forms). */
export function readFront(text: string, ctx: ExpressionContext): Expression | null {
  return readExpression(text, ctx) ?? deadlineInside(text, ctx);
}

/** "Realizzazione entro il 30/06/2023", "SI entro il 30/06": a deadline after some words; the words become a note. */
export function deadlineInside(text: string, ctx: ExpressionContext): Expression | null {
  const at = foldKeepLength(text).search(/\b(?:entro|non oltre|by|before|scadenza|termine)\b/);
  if (at <= 0) return null;
  const d = readDeadline(text.slice(at), ctx, base());
  if (!d || d.date === null) return null;
  return { ...d, notes: [text.slice(0, at).trim(), ...d.notes] };
}

function readExpression(text: string, ctx: ExpressionContext): Expression | null {
  const e = base();
  const trimmed = text.replace(LABEL, '').trim().replace(/(?<![\s(]n)[.;,]$/i, '');
  if (!trimmed) return null;
  const folded = foldKeepLength(trimmed);

  if (ZERO_WORDS.test(folded)) return { ...e, kind: 'at-most', value: 0, token: trimmed };
  const zeroLead = /^(zero|nessun[oa]?)\s+([^\d]*)$/.exec(folded);
  if (zeroLead) return { ...e, kind: 'at-most', value: 0, token: trimmed.slice(0, (zeroLead[1] ?? '').length), notes: noteOf(trimmed.slice((zeroLead[1] ?? '').length), []) };
  if (KEEP_LEVEL.test(folded)) return { ...e, kind: 'at-least', reference: trimmed, token: trimmed };
  if (YES_WORDS.test(folded)) return { ...e, kind: 'yes-no', expected: true, token: trimmed };
  if (NO_WORDS.test(folded)) return { ...e, kind: 'yes-no', expected: false, token: trimmed };

  const deadline = readDeadline(trimmed, ctx, e);
  if (deadline) return deadline;

  // ranges: "tra 80% e 90%", "80% - 90%"
  const rl = RANGE.exec(trimmed);
  if (rl) {
    const lo = readValue(trimmed.slice(rl[0].length), ctx.locale);
    const join = lo && RANGE_JOIN.exec(lo.rest);
    const hi = lo && join ? readValue(lo.rest.slice(join[0].length), ctx.locale) : null;
    if (lo && hi) return range(e, lo.value, hi.value, trimmed, hi.rest);
  }

  // deltas: "+10%", "incremento del 10%", "riduzione del 5%"
  const dw = DELTA_WORDS.exec(trimmed) ?? DECREASE_WORDS.exec(trimmed);
  if (dw || /^\+/.test(trimmed)) {
    const v = readValue(dw ? trimmed.slice(dw[0].length) : trimmed, ctx.locale);
    if (v) {
      const sign = dw && DECREASE_WORDS.test(trimmed) ? -1 : 1;
      const pts = /punt|p\.\s?p|pp$|point/i.test(v.value.token);
      const measure: TargetChange['measure'] = pts ? 'points' : v.value.unit === 'percent' ? (dw ? 'relative' : null) : 'absolute';
      return {
        ...e, kind: 'delta', explicit: true, value: sign * Math.abs(v.value.value), unit: v.value.unit, token: trimmed.slice(0, trimmed.length - v.rest.length).trim(),
        notes: noteOf(v.rest, []), ambiguous: v.value.ambiguous, rest: v.rest, change: { measure, base: null, baseValue: null, baseText: null },
      };
    }
  }

  const cmp = readComparator(trimmed);
  let rest = cmp ? cmp.rest : trimmed;
  const kind: TargetKind = cmp ? cmp.kind : 'at-least';

  if (cmp && (kind === 'at-most' || kind === 'below')) {
    const dl = readDeadline(`entro ${rest}`, ctx, e);
    if (dl && (dl.date !== null || dl.invalidDate !== null) && /^\s*(?:il\s+)?\d/.test(rest)) return { ...dl, token: trimmed };
  }
  const first = readValue(rest, ctx.locale);
  if (!first) {
    const f = foldKeepLength(rest.trim());
    if (cmp && ZERO_WORDS.test(f.split(/\s/)[0] ?? '')) return { ...e, kind, explicit: true, value: 0, token: trimmed };
    if (cmp && REFERENCE_ANY.test(f)) return { ...e, kind, explicit: true, reference: rest.trim(), token: trimmed };
    if (!cmp && WITHDRAWN.test(folded)) return { ...e, withdrawn: true, token: trimmed };
    return null;
  }
  // a bare "2023" is a year, not a target
  if (!cmp && first.value.unit === null && /^(?:19|20)\d\d$/.test(first.value.token) && first.rest.trim() === '') return null;

  /** The comparator as written, joined to the value token ("superiore all'80%", ">= 15%"). */
  const prefix = cmp ? cmp.token + (cmp.token.endsWith("'") ? '' : ' ') : '';
  let current = first.value;
  const revisions: TargetRevision[] = [];
  rest = first.rest;
  // A second value right after the first replaces it ("15% 20%", "3.900 4000", "6% 8"); "→", "->" and "/" too.
  for (;;) {
    if ((/^\s+-\s+\d/.test(rest) || /^-\d/.test(rest)) && current.value >= 0 && revisions.length === 0) {
      const hi = readValue(rest.replace(/^\s*-\s*/, ''), ctx.locale);
      if (hi && hi.value.value > current.value) {
        const r = range(e, current, hi.value, trimmed, hi.rest);
        return cmp ? { ...r, kind, value: current.value, high: null, revisions: [], notes: noteOf(hi.rest, []) } : r;
      }
    }
    const sep = /^\s*(?:->|→|=>|\/)?\s*/.exec(rest);
    const after = rest.slice(sep ? sep[0].length : 0);
    if (!/^[-+]?\s?\d/.test(after) || (sep?.[0] ?? '') === '') break;
    const next = readValue(after, ctx.locale);
    if (!next) break;
    const unit = next.value.unit ?? current.unit;
    revisions.push({ from: prefix + current.token, to: next.value.token, via: 'second value' });
    current = { ...next.value, unit };
    rest = next.rest;
  }
  // "80 - 90%" written as a range after a bare value
  return {
    ...e, kind, explicit: cmp !== null, value: current.value, unit: current.unit, token: prefix + current.token,
    notes: noteOf(rest, []), revisions, ambiguous: first.value.ambiguous ?? current.ambiguous, rest,
  };
}

function range(e: Expression, lo: ValueToken, hi: ValueToken, token: string, rest: string): Expression {
  const unit = hi.unit ?? lo.unit;
  const [a, b] = lo.value <= hi.value ? [lo.value, hi.value] : [hi.value, lo.value];
  return { ...e, kind: 'range', explicit: true, value: a, high: b, unit, token: token.slice(0, token.length - rest.length).trim(), notes: noteOf(rest, []) };
}
