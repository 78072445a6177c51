import { issue } from '../issues';
import type { Issue } from '../issues';
import type { NumberLocale } from '../number/locale';
import { cellNumber } from '../number/cellNumber';
import { statesDifference } from '../result/narrative';
import { parseResult } from '../result/parseResult';
import type { Band, Evaluation, Status } from '../sheet/report.types';
import { parseTarget } from '../target/parseTarget';
import { foldKeepLength } from '../target/readValue';
import { checkRatioMismatch } from '../rules/ratioMismatch';
import { configureFindings, ruleTolerance } from '../rules/configure';
import { applyPolicy, attain } from './achievement';
import type { ScoringPolicy } from './policy';
import { DEFAULT_POLICY } from './policy';

type CellInput = string | number | boolean | null | undefined;

/** One indicator as the engine reads it: the raw cells and what they need to be understood. */
export interface IndicatorInput {
  target: CellInput;
  result: CellInput;
  /** The reference year. */
  year: number;
  /** A stated achievement (a "% raggiungimento" cell): percent number, or text such as "57%". */
  stated?: CellInput;
  /** The previous year's value (B), for deltas and negative targets. */
  baseline?: CellInput;
  algorithm?: string | null;
  /** The indicator's name: with the algorithm, tells which figure of a narrative is the result. */
  indicator?: string | null;
  /** @default 'it' */
  locale?: NumberLocale;
  /** Numerator and denominator columns of the result, when the sheet has them. */
  ratio?: { numerator: number; denominator: number };
  /** A1 addresses, for findings. */
  cells?: { target?: string; result?: string; stated?: string };
  /** Excel number formats of the cells (percent formats turn 0.2856 into 28.56%). */
  formats?: { target?: string; result?: string; stated?: string; baseline?: string };
}

const DIFFERENCE = /\b(?:diff\.?|differenza|variazione|scostamento|incremento|aumento|delta|change|difference)\b/;

/**
 * Evaluate one indicator: parse the target for the year, read the result, test attainment, give partial credit
 * under the policy, compare with a stated achievement. Never throws on cell content.
 *
 * @example
 * evaluateIndicator({ target: '2023>= 0,21 (140)', result: 0.12, year: 2023 }).achievement //=> 57.142857…
 */
export function evaluateIndicator(input: IndicatorInput, policy: ScoringPolicy = DEFAULT_POLICY): Evaluation {
  const locale = input.locale ?? 'it';
  const cells = input.cells ?? {};
  const formats = input.formats ?? {};
  const baseline = cellNumber(input.baseline, locale, formats.baseline);
  const pt = parseTarget(input.target, {
    year: input.year, locale, algorithm: input.algorithm ?? null, baseline,
    ...(cells.target !== undefined ? { cell: cells.target } : {}),
    ...(formats.target !== undefined ? { numberFormat: formats.target } : {}),
  });
  const t = pt.target;
  if (t.parts && t.parts.length > 1) return evaluateParts(input, t, t.parts, pt.issues, policy, locale);
  const pr = parseResult(input.result, {
    target: t, year: input.year, locale, context: `${input.indicator ?? ''} ${input.algorithm ?? ''}`,
    ...(cells.result !== undefined ? { cell: cells.result } : {}),
    ...(formats.result !== undefined ? { numberFormat: formats.result } : {}),
  });
  let r = pr.result;
  let resultIssues = pr.issues;
  if (input.ratio) {
    const { numerator: n, denominator: d } = input.ratio;
    if (d === 0) {
      resultIssues = [...resultIssues, issue('division-by-zero', 'error', { cell: cells.result, received: `${n}/${d}`, params: { numerator: n } })];
    } else if (r.value === null && r.date === null && r.yes === null) {
      const q = t.unit === 'percent' ? (100 * n) / d : n / d;
      r = { ...r, value: q, numerator: n, denominator: d, unit: t.unit, source: 'ratio', token: `${n}/${d}` };
      resultIssues = resultIssues.filter((i) => i.code !== 'missing-result' && i.code !== 'result-ambiguous' && i.code !== 'unrecognized-result');
    } else if (r.value !== null) {
      const value = r.value;
      r = { ...r, numerator: n, denominator: d };
      resultIssues = [...resultIssues, ...checkRatioMismatch(value, n, d, cells.result, ruleTolerance(policy, 'ratio-mismatch'))];
    }
  } else if (r.value !== null && r.numerator !== null && r.denominator !== null && (r.source === 'number' || r.source === 'percent')) {
    // A value printed with its ratio ("81% (80/99)"): the one ratio check, with the policy's tolerance.
    resultIssues = [...resultIssues, ...checkRatioMismatch(r.value, r.numerator, r.denominator, cells.result, ruleTolerance(policy, 'ratio-mismatch'))];
  }
  const findings: Issue[] = [...pt.issues, ...resultIssues];

  // a change needs the base, unless the result states the change itself (a narrative figure after "differenza",
  // "variazione"; a number under an algorithm that is a difference)
  const statesChange = (): boolean => (r.source === 'narrative' ? statesDifference(r.reason)
    : DIFFERENCE.test(foldKeepLength(input.algorithm ?? '') + ' ' + foldKeepLength(String(input.result ?? ''))));
  if (t.kind === 'delta' && baseline === null && (t.change?.baseValue ?? null) === null && !statesChange()) {
    findings.push(issue('baseline-missing', 'warning', { cell: cells.result, expected: 'the previous year\'s value (baseline)', params: { rule: '(A − B) / T' } }));
    return done(t, r, null, 'not-evaluable', null, null, findings, input, policy, locale);
  }

  const a = attain(t, r, policy, baseline, cells.result);
  findings.push(...a.issues);
  if (a.raw !== null && !Number.isFinite(a.raw)) {
    findings.push(issue('ratio-meaningless', 'warning', { cell: cells.result, received: String(r.value), expected: String(t.value) }));
    return done(t, r, null, 'not-evaluable', a.rule, a.formula, findings, input, policy, locale);
  }
  if (a.raw === null) return done(t, r, null, 'not-evaluable', a.rule, a.formula, findings, input, policy, locale);
  // A met target scores at least 100; above 100 only where the policy's cap leaves room (over-achievement).
  const achievement = a.met ? Math.min(policy.cap, Math.max(policy.floor, 100, a.raw)) : applyPolicy(a.raw, policy);
  if (!a.met && policy.threshold !== null && a.raw >= policy.floor && Math.min(policy.cap, a.raw) < policy.threshold) {
    findings.push(issue('below-threshold', 'info', { cell: cells.result, received: String(a.raw), expected: String(policy.threshold), params: { threshold: policy.threshold } }));
  }
  return done(t, r, achievement, a.met ? 'met' : 'shortfall', a.rule, a.formula, findings, input, policy, locale, a.raw);
}

/**
 * A target of several parts ("almeno 3 webinar e 150 partecipanti"): each part is read from the result text by its
 * noun and tested; all must be met; the achievement is the lowest part's or the mean, by policy.
 */
function evaluateParts(
  input: IndicatorInput, t: Evaluation['target'], parts: readonly Evaluation['target'][], targetIssues: readonly Issue[], policy: ScoringPolicy, locale: NumberLocale,
): Evaluation {
  const cell = (input.cells ?? {}).result;
  const findings: Issue[] = [...targetIssues];
  const label = parts.map((p) => p.provenance?.token ?? String(p.value)).join(' + ');
  const scores: number[] = [];
  const tokens = new Set<string>();
  let first: Evaluation['result'] | null = null;
  let allMet = true;
  for (const part of parts) {
    if (typeof input.result !== 'string') break;
    const pr = parseResult(input.result, { target: part, year: input.year, locale, context: `N. ${part.noun ?? ''}` }); // the part's own noun: the indicator's name covers every part
    const r = pr.result;
    if ((r.value === null && r.date === null && r.yes === null) || (r.token !== null && tokens.has(r.token))) break;
    if (r.token !== null) tokens.add(r.token);
    const a = attain(part, r, policy, null, cell);
    if (a.raw === null) break;
    first ??= r;
    allMet &&= a.met;
    scores.push(a.met ? 100 : applyPolicy(a.raw, policy));
  }
  if (scores.length < parts.length || first === null) {
    findings.push(issue('target-parts', 'warning', { cell, received: label, expected: 'unread', params: { count: parts.length, parts: label, outcome: 'unread' } }));
    const none: Evaluation['result'] = { value: null, unit: null, numerator: null, denominator: null, date: null, yes: null, source: 'none', token: null, reason: null, statedInText: null };
    return done(t, none, null, 'not-evaluable', null, null, findings, input, policy, locale);
  }
  findings.push(issue('target-parts', 'info', { cell, received: label, expected: policy.parts, params: { count: parts.length, parts: label, outcome: policy.parts } }));
  const achievement = allMet ? Math.min(policy.cap, 100) : policy.parts === 'min' ? Math.min(...scores) : scores.reduce((a, b) => a + b, 0) / scores.length;
  const formula = `${policy.parts}(${scores.map((x) => String(Math.round(x * 100) / 100)).join('; ')})`;
  return done(t, first, achievement, allMet ? 'met' : 'shortfall', 'parts', formula, findings, input, policy, locale);
}

function done(
  target: Evaluation['target'], result: Evaluation['result'], achievement: number | null, status: Status, rule: string | null,
  formula: string | null, findings: Issue[], input: IndicatorInput, policy: ScoringPolicy, locale: NumberLocale, raw?: number,
): Evaluation {
  // What the formula computed, kept when the policy changed it (cap, floor, threshold, bands, a met target lifted to 100).
  const computed = raw !== undefined && achievement !== null && raw > 0 && Math.abs(raw - achievement) >= 0.05 ? raw : undefined;
  const band: Band = status === 'met' ? 'met' : status === 'not-evaluable' ? 'not-evaluable' : (achievement ?? 0) >= policy.nearMiss ? 'near-miss' : 'shortfall';
  const cells = input.cells ?? {};
  const tolerance = ruleTolerance(policy, 'stated-mismatch');
  // Stated versus computed (docs/scoring.md §5).
  const statedCell = input.stated;
  let stated: number | null = null;
  if (statedCell !== undefined && statedCell !== null && statedCell !== '') {
    stated = cellNumber(statedCell, locale, input.formats?.stated);
    if (stated === null) findings.push(issue('stated-unreadable', 'warning', { cell: cells.stated, received: String(statedCell), expected: 'a percentage', params: { text: String(statedCell) } }));
  } else if (result.statedInText !== null) {
    stated = result.statedInText;
  }
  // A stated 0.57 beside a computed 57.1 is a fraction written without its percent format.
  if (stated !== null && achievement !== null && stated > 0 && stated <= 1 && Math.abs(stated * 100 - achievement) <= tolerance) {
    stated *= 100;
  }
  if (stated !== null && achievement !== null && Math.abs(stated - achievement) > tolerance) {
    findings.push(issue('stated-mismatch', 'warning', {
      cell: cells.stated ?? cells.result, received: String(stated), expected: String(achievement),
      params: { stated, computed: achievement, formula: formula ?? undefined, rule: rule ?? undefined, ...(computed !== undefined ? { raw: computed } : {}) },
    }));
  }
  return { target, result, achievement, status, band, rule, formula, ...(computed !== undefined ? { computed } : {}), findings: configureFindings(findings, policy) };
}
