import { explain, renderIssue } from '../../../core/i18n/render';
import { formatIsoDate, formatNumber } from '../../../core/i18n/format';
import type { Lang } from '../../../core/i18n/lang';
import type { ScoringPolicy } from '../../../core/scoring/policy';
import type { IndicatorReport, SheetReport } from '../../../core/sheet/report.types';
import type { Target, Unit } from '../../../core/target/target.types';
import type { ResultValue } from '../../../core/result/result.types';
import { parseCell, sameSheet, stripSheet } from '../../../workbook/address';
import type { SheetSnapshot } from '../../../workbook/port';
import type { WritePlan } from '../../../workbook/writePlan.types';
import { formatPercent } from '../../format/formatPercent';
import type { PaneStrings } from '../../strings';
import { cellTextAt } from '../../../workbook/cellText';

/** A selection in the workbook: a sheet and an address on it ("G5", "B2:D4", "5:5"). */
export interface Selection {
  sheet: string;
  address: string;
}

/** Everything the explanation card shows, as text in the pane's language. */
export interface ExplanationView {
  row: number;
  title: string;
  /** The achievement cell Traguardo wrote ("G5"), or null when nothing was written on that row. */
  cell: string | null;
  achievement: string;
  targetWritten: string;
  targetRead: string;
  resultWritten: string;
  resultRead: string;
  rule: string;
  /** "57,1% = 0,12 / 0,21", as the explanation note writes it; "non valutabile" when there is none. */
  formula: string;
  policy: string;
  findings: string[];
}

/** The 1-based row of a selection's top-left cell ("G5" → 5, "B2:D4" → 2, "5:7" → 5); null for whole columns. */
export function selectedRow(address: string): number | null {
  const first = (stripSheet(address).split(/[,:]/)[0] ?? '').replace(/\$/g, '');
  const cell = parseCell(first);
  if (cell) return cell.row;
  return /^\d+$/.test(first) ? Number(first) : null;
}

/** The indicator whose row the selection starts on, on the report's sheet; null elsewhere. */
export function indicatorAt(report: SheetReport, sel: Selection): IndicatorReport | null {
  if (!sameSheet(report.sheet, sel.sheet)) return null;
  const row = selectedRow(sel.address);
  return row === null ? null : (report.indicators.find((i) => i.row === row) ?? null);
}

function withUnit(x: number, unit: Unit | null, lang: Lang, strings: PaneStrings): string {
  const n = formatNumber(x, lang, 4);
  const u = strings.explanation.units;
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'euro':
      return `${n} €`;
    case 'days':
      return `${n} ${u.days}`;
    case 'hours':
      return `${n} ${u.hours}`;
    case 'minutes':
      return `${n} ${u.minutes}`;
    default:
      return n;
  }
}

const SIGN: Partial<Record<Target['kind'], string>> = { 'at-least': '≥', above: '>', 'at-most': '≤', below: '<', equal: '=' };

/** A target as the engine read it: "≥ 27%", "entro il 31/12/2023", "sì", "10 – 20". */
export function targetText(t: Target, lang: Lang, strings: PaneStrings): string {
  const e = strings.explanation;
  if (t.parts && t.parts.length > 0) return t.parts.map((p) => targetText(p, lang, strings)).join(' + ');
  if (t.kind === 'deadline') return t.date ? e.by(formatIsoDate(t.date, lang)) : e.unreadable;
  if (t.kind === 'yes-no') return t.expected === null ? e.unreadable : t.expected ? e.yes : e.no;
  if (t.value === null) return e.unreadable;
  const v = withUnit(t.value, t.unit, lang, strings);
  if (t.kind === 'range') return t.high === null ? v : `${v} – ${withUnit(t.high, t.unit, lang, strings)}`;
  if (t.kind === 'delta') return `Δ ${t.value > 0 ? '+' : ''}${v}`;
  const sign = SIGN[t.kind];
  return sign ? `${sign} ${v}` : e.unreadable;
}

/** A result as the engine read it: "28,56%", "4.481 / 64.095 = 6,99%", "19/12/2023", "sì". */
export function resultText(r: ResultValue, lang: Lang, strings: PaneStrings): string {
  const e = strings.explanation;
  if (r.date) return formatIsoDate(r.date, lang);
  if (r.yes !== null) return r.yes ? e.yes : e.no;
  if (r.value === null) return e.unreadable;
  const v = withUnit(r.value, r.unit, lang, strings);
  return r.numerator !== null && r.denominator !== null ? `${formatNumber(r.numerator, lang, 4)} / ${formatNumber(r.denominator, lang, 4)} = ${v}` : v;
}

export interface ExplanationInput {
  report: SheetReport;
  plan: WritePlan | null;
  snapshot: SheetSnapshot | null;
  policy: Pick<ScoringPolicy, 'cap' | 'nearMiss'>;
  strings: PaneStrings;
  lang: Lang;
  decimals: number;
}

/** The explanation of one indicator: what was read, the rule, the formula, the policy's bounds and its findings. */
export function explanationOf(ind: IndicatorReport, input: ExplanationInput): ExplanationView {
  const { strings, lang, plan, snapshot } = input;
  const e = strings.explanation;
  const ev = ind.evaluation;
  const written = plan?.output.cells.some((c) => c.row === ind.row) ? `${plan.output.column}${ind.row}` : null;
  const targetWritten = cellTextAt(snapshot, ind.cells.target, lang) ?? ev.target.provenance?.lineText ?? e.empty;
  return {
    row: ind.row,
    title: [ind.code, ind.name].filter(Boolean).join(' – ') || e.row(ind.row),
    cell: written,
    achievement: ev.achievement === null ? e.notEvaluable : formatPercent(ev.achievement, lang, input.decimals),
    targetWritten: targetWritten.replace(/\s+/g, ' ').trim(),
    targetRead: targetText(ev.target, lang, strings),
    resultWritten: (cellTextAt(snapshot, ind.cells.result, lang) ?? e.empty).replace(/\s+/g, ' ').trim(),
    resultRead: resultText(ev.result, lang, strings),
    rule: ev.rule === null ? e.notEvaluable : (e.rules[ev.rule] ?? ev.rule),
    formula: explain(ev.achievement, ev.formula, lang, ev.computed) ?? e.notEvaluable,
    policy: e.policyText(formatPercent(input.policy.cap, lang, 0), formatPercent(input.policy.nearMiss, lang, 0)),
    findings: ev.findings.map((f) => renderIssue(f, lang)),
  };
}
