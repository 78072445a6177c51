import { daysBetween } from '../date/parseDate';
import { issue } from '../issues';
import type { Issue } from '../issues';
import { statesDifference } from '../result/narrative';
import type { ResultValue } from '../result/result.types';
import type { Target } from '../target/target.types';
import type { ScoringPolicy } from './policy';

/** The raw outcome of the attainment test and partial credit, before cap, floor, threshold and bands. */
export interface Attainment {
  met: boolean;
  /** Achievement in percent before cap/floor; null when not evaluable. */
  raw: number | null;
  rule: string | null;
  /** Locale-neutral formula ("0.12 / 0.21"), rendered per language by `explain`. */
  formula: string | null;
  issues: Issue[];
}

const na = (...issues: Issue[]): Attainment => ({ met: false, raw: null, rule: null, formula: null, issues });
const met = (rule: string, formula: string | null = null): Attainment => ({ met: true, raw: 100, rule, formula, issues: [] });
const fmt = (x: number): string => String(Math.round(x * 1e6) / 1e6);

/**
 * Test attainment first, then give partial credit per the policy (docs/scoring.md §2). `baseline` is B, the
 * previous year's value, where the rule needs one.
 */
export function attain(t: Target, r: ResultValue, policy: ScoringPolicy, baseline: number | null, cell?: string): Attainment {
  switch (t.kind) {
    case 'deadline':
      return deadline(t, r, policy, cell);
    case 'yes-no':
      // a deliverable ("Rilascio del nuovo portale") recorded with the date it was delivered is delivered
      if (r.yes === null && t.deliverable !== undefined && r.date !== null) return met('yes-no');
      if (r.yes === null) return na(issue('kind-mismatch', 'warning', { cell, expected: 'yes/no', received: r.token ?? '', params: { text: r.token || undefined, want: 'yes-no' } }));
      return r.yes === t.expected ? met('yes-no') : { met: false, raw: 0, rule: 'yes-no', formula: null, issues: [] };
    case 'unknown':
      return na();
    default:
      break;
  }
  const A = r.value;
  const T = t.value;
  if (A === null) {
    if (r.date !== null) return na(issue('kind-mismatch', 'warning', { cell, expected: 'a number', received: r.date, params: { date: r.date, want: 'number' } }));
    return na();
  }
  if (T === null) return na();
  switch (t.kind) {
    case 'at-least':
    case 'above': {
      if (t.kind === 'at-least' ? A >= T : A > T) {
        // Over-achievement counts only where the policy's cap leaves room above 100.
        if (policy.cap > 100 && T > 0 && A > T) return { met: true, raw: (100 * A) / T, rule: 'ratio', formula: `${fmt(A)} / ${fmt(T)}`, issues: [] };
        return met('attained', `${fmt(A)} ${t.kind === 'at-least' ? '>=' : '>'} ${fmt(T)}`);
      }
      if (T > 0 && A >= 0) return { met: false, raw: (100 * A) / T, rule: 'ratio', formula: `${fmt(A)} / ${fmt(T)}`, issues: [] };
      return progress(A, T, baseline, cell);
    }
    case 'at-most':
    case 'below': {
      if (t.kind === 'at-most' ? A <= T : A < T) {
        if (policy.cap > 100 && T > 0 && A >= 0 && A < T) {
          if (policy.decreasing === 'inverse' && A > 0) return { met: true, raw: (100 * T) / A, rule: 'inverse', formula: `${fmt(T)} / ${fmt(A)}`, issues: [] };
          return { met: true, raw: (100 * (2 * T - A)) / T, rule: 'mirror', formula: `(2 × ${fmt(T)} − ${fmt(A)}) / ${fmt(T)}`, issues: [] };
        }
        return met('attained', `${fmt(A)} ${t.kind === 'at-most' ? '<=' : '<'} ${fmt(T)}`);
      }
      if (T === 0) return { met: false, raw: 0, rule: 'zero-target', formula: `${fmt(A)} > 0`, issues: [] };
      if (T > 0 && A > 0) {
        if (policy.decreasing === 'inverse') return { met: false, raw: (100 * T) / A, rule: 'inverse', formula: `${fmt(T)} / ${fmt(A)}`, issues: [] };
        return { met: false, raw: (100 * (2 * T - A)) / T, rule: 'mirror', formula: `(2 × ${fmt(T)} − ${fmt(A)}) / ${fmt(T)}`, issues: [] };
      }
      return progress(A, T, baseline, cell);
    }
    case 'equal': {
      if (Math.abs(A - T) <= 1e-9 * Math.max(1, Math.abs(T))) return met('attained', `${fmt(A)} = ${fmt(T)}`);
      if (T === 0) return { met: false, raw: 0, rule: 'equal', formula: `${fmt(A)} ≠ 0`, issues: [] };
      return { met: false, raw: 100 * (1 - Math.abs(A - T) / Math.abs(T)), rule: 'equal', formula: `1 − |${fmt(A)} − ${fmt(T)}| / ${fmt(Math.abs(T))}`, issues: [] };
    }
    case 'range': {
      const H = t.high ?? T;
      if (A >= T && A <= H) return met('attained', `${fmt(T)} <= ${fmt(A)} <= ${fmt(H)}`);
      if (A < T) return T > 0 && A >= 0 ? { met: false, raw: (100 * A) / T, rule: 'ratio', formula: `${fmt(A)} / ${fmt(T)}`, issues: [] } : progress(A, T, baseline, cell);
      return H > 0 ? { met: false, raw: (100 * (2 * H - A)) / H, rule: 'mirror', formula: `(2 × ${fmt(H)} − ${fmt(A)}) / ${fmt(H)}`, issues: [] } : na(issue('ratio-meaningless', 'warning', { cell }));
    }
    case 'delta': {
      // A is the change itself when the result states a difference; otherwise A − B (or a base stated in the cell).
      if (baseline === null && t.change?.baseValue !== undefined && t.change.baseValue !== null) baseline = t.change.baseValue;
      // a result that states the change itself ("Differenza: 3,90%", "variazione +26,4%") is the change
      if (statesDifference(r.reason)) baseline = null;
      if (t.change?.measure === 'relative' && baseline !== null) {
        // "incremento del 15%": (A − B) / |B| in percent against T
        if (baseline === 0) return na(issue('ratio-meaningless', 'warning', { cell }));
        const rel = (100 * (A - baseline)) / Math.abs(baseline);
        const f = `100 × (${fmt(A)} − ${fmt(baseline)}) / ${fmt(Math.abs(baseline))}`;
        if (T > 0 ? rel >= T : rel <= T) return met('attained', `${f} ${T > 0 ? '>=' : '<='} ${fmt(T)}`);
        if (T === 0) return na(issue('ratio-meaningless', 'warning', { cell }));
        return { met: false, raw: (100 * rel) / T, rule: 'delta-relative', formula: `(${f}) / ${fmt(T)}`, issues: [] };
      }
      const change = baseline === null ? A : A - baseline;
      const formula = baseline === null ? `${fmt(A)} / ${fmt(T)}` : `(${fmt(A)} − ${fmt(baseline)}) / ${fmt(T)}`;
      if (T > 0 ? change >= T : change <= T) return policy.cap > 100 && T !== 0 && change !== T ? { met: true, raw: (100 * change) / T, rule: baseline === null ? 'delta-stated' : 'delta', formula, issues: [] } : met('attained', formula);
      if (T === 0) return na(issue('ratio-meaningless', 'warning', { cell }));
      return { met: false, raw: (100 * change) / T, rule: baseline === null ? 'delta-stated' : 'delta', formula, issues: [] };
    }
    default:
      return na();
  }
}

/** T ≤ 0 or A < 0, where a ratio is meaningless: (A − B)/(T − B) with a baseline, else not evaluable. */
function progress(A: number, T: number, B: number | null, cell?: string): Attainment {
  if (B === null || B === T) {
    return na(B === null
      ? issue('baseline-missing', 'warning', { cell, received: fmt(A), expected: fmt(T), params: { rule: '(A − B) / (T − B)' } })
      : issue('ratio-meaningless', 'warning', { cell, received: fmt(A), expected: fmt(T) }));
  }
  return { met: false, raw: (100 * (A - B)) / (T - B), rule: 'baseline-progress', formula: `(${fmt(A)} − ${fmt(B)}) / (${fmt(T)} − ${fmt(B)})`, issues: [] };
}

function deadline(t: Target, r: ResultValue, policy: ScoringPolicy, cell?: string): Attainment {
  if (t.date === null) return na();
  if (r.date === null) {
    return na(issue('deadline-without-date', 'warning', { cell, expected: `a date on or before ${t.date}`, received: r.token ?? '', params: { text: r.token || undefined } }));
  }
  const late = daysBetween(t.date, r.date);
  if (late <= 0) return met('deadline', `${r.date} <= ${t.date}`);
  if (policy.deadline === 'linear') {
    return { met: false, raw: 100 - late * policy.decayPerDay, rule: 'deadline-linear', formula: `100 − ${late} × ${fmt(policy.decayPerDay)}`, issues: [] };
  }
  return { met: false, raw: 0, rule: 'deadline', formula: `${r.date} > ${t.date}`, issues: [] };
}

/** Cap, floor, minimum threshold and bands (docs/scoring.md §2), in that order. */
export function applyPolicy(raw: number, policy: ScoringPolicy): number {
  let a = Math.min(policy.cap, Math.max(policy.floor, raw));
  if (policy.threshold !== null && a < policy.threshold) a = 0;
  if (policy.bands) {
    let band = 0;
    for (const b of policy.bands) if (a >= b) band = b;
    a = band;
  }
  return a;
}
