import { excelSerialToIso } from '../date/parseDate';
import { issue } from '../issues';
import type { Issue } from '../issues';
import type { NumberLocale } from '../number/locale';
import { isDateFormat, isPercentFormat } from '../number/formats';
import { normalizeText } from './normalize';
import { parseExpression } from './parseExpression';
import type { Expression } from './parseExpression';
import { foldKeepLength } from './readValue';
import { selectYear, splitLines } from './selectYear';
import type { TargetLine } from './selectYear';
import type { Target, TargetRevision } from './target.types';
import { LOWER_IS_BETTER, POSSIBLE_REVISION, REFERENCE_PREVIOUS, REVISION, WITHDRAWN } from './vocabulary';

/** "n.a.", "non applicabile", "-": no target on purpose. */
const NOT_APPLICABLE = /^(?:n\.?\s?a\.?|n\/a|na|non applicabile|not applicable|n\.?\s?d\.?|nd|-+|\/|tbd|da definire)$/;

export interface TargetOptions {
  /** The reference year: picks the year's line and fills deadlines written without a year. */
  year: number;
  /** Number notation of the sheet. @default 'it' */
  locale?: NumberLocale;
  /** The indicator's algorithm (formula in words): tells the direction of a bare value. */
  algorithm?: string | null;
  /** A1 address, for findings. */
  cell?: string;
  /** Excel number format of the cell, when the target is a number ("0%" makes 0.9 read as 90%). */
  numberFormat?: string;
  /** Previous year's value, to resolve "≥ anno precedente". */
  baseline?: number | null;
}

export interface ParsedTarget {
  readonly target: Readonly<Target>;
  readonly issues: readonly Issue[];
}

const empty = (): Target => ({
  kind: 'unknown', value: null, high: null, unit: null, date: null, expected: null, reference: null, notes: [],
  directionInferred: false, provenance: null, revisions: [],
});

/**
 * Read what a target cell means for the reference year: comparator, value, unit or deadline, after revisions,
 * with provenance. Never throws: unreadable text gives kind `unknown` and a finding.
 *
 * @example
 * parseTarget('2022>= 0,18\n2023>= 0,21 (140)\n2024>=0,23', { year: 2023 }).target
 * //=> { kind: 'at-least', value: 0.21, notes: ['140'], provenance: { line: 1, token: '0,21', … }, … }
 */
export function parseTarget(input: string | number | boolean | null | undefined, opts: TargetOptions): ParsedTarget {
  // Sheets repeat the same target cells (">=90%", "100%"): remember recent readings. The result is frozen.
  // The cell address only labels findings, so it is not part of the key.
  const key = `${typeof input}\u0001${String(input)}\u0001${opts.year}\u0001${opts.locale ?? 'it'}\u0001${opts.algorithm ?? ''}\u0001${opts.numberFormat ?? ''}\u0001${opts.baseline ?? ''}`;
  let out = MEMO.get(key);
  if (!out) {
    const { cell: _cell, ...rest } = opts;
    out = freeze(read(input, rest));
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(key, out);
  }
  const cell = opts.cell;
  return cell === undefined || out.issues.length === 0 ? out : { target: out.target, issues: out.issues.map((i) => ({ ...i, cell })) };
}

const MEMO = new Map<string, ParsedTarget>();
const MEMO_LIMIT = 5_000;

function freeze(p: ParsedTarget): ParsedTarget {
  Object.freeze(p.target.notes);
  Object.freeze(p.target.revisions);
  if (p.target.provenance) Object.freeze(p.target.provenance);
  Object.freeze(p.target);
  p.issues.forEach((i) => Object.freeze(i));
  Object.freeze(p.issues);
  return Object.freeze(p);
}

function read(input: string | number | boolean | null | undefined, opts: TargetOptions): ParsedTarget {
  const cell = opts.cell;
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { target: empty(), issues: [issue('missing-target', 'error', { cell, expected: 'a target' })] };
  }
  if (typeof input === 'boolean') {
    return { target: { ...empty(), kind: 'yes-no', expected: input, provenance: { line: 0, lineText: String(input), token: String(input) } }, issues: [] };
  }
  if (typeof input === 'number') return fromNumber(input, opts);
  return fromText(input, opts);
}

function fromNumber(n: number, opts: TargetOptions): ParsedTarget {
  if (!Number.isFinite(n)) return { target: empty(), issues: [issue('unrecognized-target', 'error', { cell: opts.cell, received: String(n), params: { text: String(n) } })] };
  const fmt = opts.numberFormat ?? '';
  const token = String(n);
  const provenance = { line: 0, lineText: token, token };
  if (isDateFormat(fmt)) {
    const date = excelSerialToIso(n);
    if (date) return { target: { ...empty(), kind: 'deadline', unit: 'date', date, provenance }, issues: [] };
  }
  const percent = isPercentFormat(fmt);
  const e: Expression = {
    kind: 'at-least', explicit: false, value: percent ? n * 100 : n, high: null, unit: percent ? 'percent' : null, date: null,
    yearFilled: false, expected: null, reference: null, token, notes: [], revisions: [], ambiguous: null, invalidDate: null, withdrawn: false,
  };
  return finish(e, { line: 0, lineText: token }, [], opts);
}

interface LineReading {
  expr: Expression;
  line: TargetLine;
}

function fromText(raw: string, opts: TargetOptions): ParsedTarget {
  const locale = opts.locale ?? 'it';
  const ctx = { year: opts.year, locale };
  // "Target 2024: ≥ 15; target 2025: ≥ 20": years joined by ";" on one line are lines of their own
  const text = normalizeText(raw).replace(/;\s*(?=(?:target\s+|anno\s+|obiettivo\s+|year\s+)?(?:19|20)\d\d\s*[:=])/gi, '\n');
  if (NOT_APPLICABLE.test(foldKeepLength(text.trim()))) {
    return { target: empty(), issues: [issue('missing-target', 'warning', { cell: opts.cell, received: raw, expected: 'a target' })] };
  }
  const lines = splitLines(text);
  const sel = selectYear(lines, opts.year);
  const issues: Issue[] = [];
  if (sel.labelledYears.length > 0 && sel.lines.length === 0) {
    return {
      target: empty(),
      issues: [issue('target-year-missing', 'error', { cell: opts.cell, expected: String(opts.year), received: raw, params: { year: opts.year, years: sel.labelledYears.join(', ') } })],
    };
  }
  const readings: LineReading[] = [];
  const notes: string[] = [];
  const revisions: TargetRevision[] = [];
  for (const line of sel.lines) {
    const r = readLine(line, ctx);
    if (r) readings.push(r);
    else notes.push(line.body);
  }
  // No line reads as a target: maybe it was withdrawn, maybe it is prose.
  if (readings.length === 0) {
    const folded = foldKeepLength(text);
    if (WITHDRAWN.test(folded)) {
      return { target: { ...empty(), notes: [text.replace(/\n/g, ' ')] }, issues: [issue('withdrawn', 'info', { cell: opts.cell, received: raw })] };
    }
    return { target: { ...empty(), notes }, issues: [issue('unrecognized-target', 'error', { cell: opts.cell, received: raw, expected: 'a comparator and a value (">= 0,21"), a deadline ("entro il 31/12/2023") or "zero"', params: { text: raw } })] };
  }
  // Several lines for the same year (or an unlabelled cell with one target per line): the last one wins.
  let chosen = readings[0] as LineReading;
  for (const r of readings.slice(1)) {
    revisions.push({ from: chosen.expr.token, to: r.expr.token, via: 'later line' });
    chosen = r;
  }
  if (readings.length > 1) {
    issues.push(issue('target-revised', 'warning', { cell: opts.cell, received: readings.map((r) => r.expr.token).join(' | '), expected: chosen.expr.token, params: { from: readings.map((r) => r.expr.token).join(' | '), to: chosen.expr.token, via: 'later line' } }));
  }
  // Unlabelled lines that name the year and revise it ("Per il 2023 modificato nel monitoraggio in >= 7,94%").
  for (const m of sel.mentions) {
    const rev = readRevision(m.text, ctx);
    if (rev) {
      revisions.push({ from: chosen.expr.token, to: rev.expr.token, via: rev.via });
      chosen = { expr: { ...rev.expr, revisions: [] }, line: m };
    } else notes.push(m.text);
  }
  for (const o of sel.others) notes.push(o.text);
  for (const note of notes) {
    if (POSSIBLE_REVISION.test(foldKeepLength(note)) && /\d/.test(note.replace(/\b(?:19|20)\d\d\b/g, ''))) {
      issues.push(issue('target-ambiguous-revision', 'warning', { cell: opts.cell, received: note, expected: chosen.expr.token, params: { note, used: chosen.expr.token } }));
    }
  }
  const expr: Expression = { ...chosen.expr, notes: [...chosen.expr.notes, ...notes], revisions: [...chosen.expr.revisions, ...revisions] };
  return finish(expr, { line: chosen.line.index, lineText: chosen.line.text }, issues, opts);
}

/** Read one line: revisions written in words, parentheses as notes, then the expression. */
function readLine(line: TargetLine, ctx: { year: number; locale: NumberLocale }): LineReading | null {
  const body = line.body;
  const rev = readRevision(body, ctx);
  const parens: string[] = [];
  let main = body.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    parens.push(inner.trim());
    return ' ';
  });
  if (rev && rev.outside) main = main.slice(0, rev.at);
  const expr = parseExpression(main, ctx);
  if (!expr) return rev ? { expr: { ...rev.expr, notes: [...rev.expr.notes, ...parens] }, line } : null;
  const withNotes: Expression = { ...expr, notes: [...expr.notes, ...parens] };
  if (rev) {
    return {
      expr: {
        ...rev.expr, explicit: rev.expr.explicit || withNotes.explicit,
        kind: rev.expr.explicit ? rev.expr.kind : withNotes.kind,
        unit: rev.expr.unit ?? withNotes.unit,
        notes: withNotes.notes,
        revisions: [...withNotes.revisions, { from: withNotes.token, to: rev.expr.token, via: rev.via }],
      },
      line,
    };
  }
  return { expr: withNotes, line };
}

/** Find "ridefinito in 27%", "modificato nel monitoraggio in >= 7,94%", "nuovo target pari a 3" in a text. */
function readRevision(text: string, ctx: { year: number; locale: NumberLocale }): { expr: Expression; via: string; at: number; outside: boolean } | null {
  const folded = foldKeepLength(text);
  const re = new RegExp(REVISION.source, 'g');
  let found: { expr: Expression; via: string; at: number; outside: boolean } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const start = m.index + m[0].length;
    const tail = text.slice(start).replace(/\)[^]*$/, '');
    const cut = tail.replace(/\s+(?:in sede di|nel|nella|a seguito|dopo|con|per|da parte|approvat|come)\b[^]*$/i, '');
    const expr = parseExpression(cut, ctx);
    if (expr && (expr.value !== null || expr.date !== null)) {
      const before = text.slice(0, m.index);
      const outside = (before.match(/\(/g)?.length ?? 0) <= (before.match(/\)/g)?.length ?? 0);
      found = { expr, via: (m[1] ?? '').toLowerCase() + ' in', at: m.index, outside };
    }
  }
  return found;
}

function finish(e: Expression, where: { line: number; lineText: string }, issues: Issue[], opts: TargetOptions): ParsedTarget {
  const cell = opts.cell;
  const target: Target = {
    kind: e.kind, value: e.value, high: e.high, unit: e.unit, date: e.date, expected: e.expected, reference: e.reference,
    notes: e.notes.filter((n) => n.length > 0), directionInferred: false,
    provenance: { line: where.line, lineText: where.lineText, token: e.token }, revisions: e.revisions,
  };
  extras(target, e);
  if (e.partly) {
    issues.push(issue('target-partly-read', 'warning', { cell, received: e.partly.text, expected: e.token, params: { read: e.token, rest: e.partly.text, reason: e.partly.reason } }));
  }
  if (e.withdrawn) return { target: { ...target, kind: 'unknown' }, issues: [...issues, issue('withdrawn', 'info', { cell, received: where.lineText })] };
  if (e.invalidDate) return { target: { ...target, kind: 'unknown' }, issues: [...issues, issue('invalid-date', 'error', { cell, received: e.invalidDate, expected: 'a real calendar date (dd/mm/yyyy)', params: { text: e.invalidDate } })] };
  if (e.ambiguous) issues.push(issue('ambiguous-number', 'warning', { cell, received: e.token, expected: String(e.value), params: { text: e.token, read: e.value ?? undefined } }));
  if (e.revisions.length > 0) {
    const last = e.revisions[e.revisions.length - 1] as TargetRevision;
    if (!issues.some((i) => i.code === 'target-revised')) {
      issues.push(issue('target-revised', 'info', { cell, received: e.revisions.map((r) => r.from).join(' → '), expected: last.to, params: { from: e.revisions.map((r) => r.from).join(' → '), to: last.to, via: last.via } }));
    }
  }
  if (e.reference !== null) {
    const previous = REFERENCE_PREVIOUS.test(foldKeepLength(e.reference));
    if (previous && opts.baseline !== undefined && opts.baseline !== null) {
      target.value = opts.baseline;
      issues.push(issue('target-revised', 'info', { cell, received: e.reference, expected: String(opts.baseline), params: { from: e.reference, to: opts.baseline, via: 'baseline' } }));
    } else {
      issues.push(issue('target-reference-unresolved', 'error', { cell, received: e.token, expected: 'a number the sheet holds', params: { text: e.token } }));
    }
  }
  if (!e.explicit && e.kind === 'at-least') {
    if (e.value === 0) target.kind = 'at-most';
    else if (e.unit === 'days' || e.unit === 'hours' || e.unit === 'minutes') {
      target.kind = 'at-most';
      target.directionInferred = true;
      issues.push(issue('direction-inferred', 'info', { cell, received: e.token, expected: '<=', params: { text: e.token, reason: 'unit' } }));
    } else if (e.unit !== 'percent' && opts.algorithm && LOWER_IS_BETTER.test(foldKeepLength(opts.algorithm))) {
      target.kind = 'at-most';
      target.directionInferred = true;
      issues.push(issue('direction-inferred', 'info', { cell, received: e.token, expected: '<=', params: { text: e.token, reason: 'algorithm' } }));
    }
  }
  return { target, issues };
}

/** Copy what the sentence reader found (noun, change, ratio, deliverable, parts) onto the target. */
function extras(target: Target, e: Expression): void {
  if (e.noun) target.noun = e.noun;
  if (e.change) target.change = { ...e.change };
  if (e.ratio) target.ratio = { ...e.ratio };
  if (e.deliverable) target.deliverable = e.deliverable;
  if (e.parts && e.parts.length > 1) {
    target.parts = e.parts.map((p) => {
      const t: Target = {
        kind: p.kind, value: p.value, high: p.high, unit: p.unit, date: p.date, expected: p.expected, reference: p.reference, notes: p.notes.filter((n) => n.length > 0),
        directionInferred: false, provenance: target.provenance ? { ...target.provenance, token: p.token } : null, revisions: [],
      };
      extras(t, { ...p, parts: null });
      if (!p.explicit && p.kind === 'at-least' && p.value === 0) t.kind = 'at-most';
      return Object.freeze(t);
    });
  }
}
