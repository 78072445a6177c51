import type { Lang } from '../core/i18n/lang';
import type { Issue, Severity } from '../core/issues';
import { ROLES } from '../core/layout/roles';
import type { SheetReport } from '../core/sheet/report.types';
import type { SheetOutcome } from './pipeline';
import { CLI_STRINGS } from './strings';

/** Every finding of the outcomes: sheet-level, per indicator, and of skipped sheets. */
export function allFindings(outcomes: SheetOutcome[]): Issue[] {
  return outcomes.flatMap((o) =>
    o.kind === 'skipped' ? o.issues : [...o.report.issues, ...o.report.indicators.flatMap((i) => i.evaluation.findings)],
  );
}

/** "57,1%" (it) / "57.1%" (en) from a percentage number; "—" for null. */
export function formatPercent(value: number | null, lang: Lang, decimals: number): string {
  if (value === null) return '—';
  const nf = new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${nf.format(value)}%`;
}

function table(rows: string[][], numericFrom: number): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i >= numericFrom ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function sheetLines(r: SheetReport, lang: Lang, decimals: number): string[] {
  const s = CLI_STRINGS[lang];
  const lines = [s.sheetTitle(r.sheet, r.mapping.headerRow, r.mapping.year)];
  const cols = ROLES.flatMap((role) => (r.mapping.columns[role] ? [`${role} ${r.mapping.columns[role]}`] : []));
  lines.push(`  ${s.columns}: ${cols.join(', ')}`);
  const total = r.counts.met + r.counts.shortfall + r.counts.notEvaluable;
  lines.push(`  ${s.counts(total, r.counts.met, r.counts.shortfall, r.counts.notEvaluable)}`);
  if (r.objectives.length > 0) {
    const rows = [
      [...s.objectiveHeader],
      ...r.objectives.map((o) => [
        clip(o.key, 40),
        formatPercent(o.achievement, lang, decimals),
        formatPercent(o.coverage, lang, 0),
        String(o.counts.met),
        String(o.counts.shortfall),
        String(o.counts.notEvaluable),
      ]),
    ];
    lines.push(...table(rows, 1).map((l) => `  ${l}`));
  }
  return lines;
}

/**
 * The readable summary printed by `traguardo score`: per sheet the mapping, counts, and per objective the
 * weighted achievement, coverage and counts (met, shortfall, not evaluable); then the findings by severity.
 * @example formatSummary(outcomes, 'en', 1) //=> 'Sheet "Monitoraggio 2023" (header on row 3, year 2023)\n  …'
 */
export function formatSummary(outcomes: SheetOutcome[], lang: Lang, decimals: number): string {
  const s = CLI_STRINGS[lang];
  const lines: string[] = [];
  for (const o of outcomes) {
    if (lines.length > 0) lines.push('');
    if (o.kind === 'skipped') lines.push(s.skipped(o.sheet));
    else lines.push(...sheetLines(o.report, lang, decimals));
  }
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of allFindings(outcomes)) bySeverity[f.severity]++;
  lines.push('', s.findings(bySeverity));
  return `${lines.join('\n')}\n`;
}
