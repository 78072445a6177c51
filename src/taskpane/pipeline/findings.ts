import type { Lang } from '../../core/i18n/lang';
import type { Issue, IssueCode, Severity } from '../../core/issues';
import type { SheetReport } from '../../core/sheet/report.types';
import { placeFindings } from '../../session/findings';

/** One finding as the pane lists it. */
export interface FindingRow {
  key: string;
  severity: Severity;
  /** A1 address of the cell to select, when known. */
  address: string | null;
  /** 1-based Excel row, for ordering. */
  row: number | null;
  code: IssueCode;
  indicator: string | null;
  message: string;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The rendered message without its leading "D14: ", since the list shows the cell on its own. */
const withoutCell = (message: string, cell: string | undefined): string =>
  cell && message.startsWith(`${cell}: `) ? message.slice(cell.length + 2) : message;

const rowOf = (address: string | null): number | null => {
  const m = /(\d+)$/.exec(address ?? '');
  return m ? Number(m[1]) : null;
};

/**
 * Every finding of a report (sheet-level first, then per indicator), at the cell the session places it on (the
 * cell its note goes to), rendered in a language and ordered by severity, then row.
 */
export function collectFindings(report: SheetReport, lang: Lang, render: (issue: Issue, lang: Lang) => string): FindingRow[] {
  const rows: FindingRow[] = placeFindings(report).map(({ issue, cell, indicator: ind }, i) => ({
    key: `${i}`,
    severity: issue.severity,
    address: cell === '' ? null : cell,
    row: rowOf(cell) ?? ind?.row ?? null,
    code: issue.code,
    indicator: ind ? (ind.name ?? ind.code) : null,
    message: withoutCell(render(issue, lang), issue.cell),
  }));
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return rows.sort((a, b) => rank(a.severity) - rank(b.severity) || (a.row ?? 0) - (b.row ?? 0) || Number(a.key) - Number(b.key));
}

/**
 * One CSV field: quoted when it holds a separator, a quote or a line break, and neutralised when a spreadsheet
 * would read it as a formula (a leading `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe).
 */
export function csvField(v: string | null): string {
  const raw = v ?? '';
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvLabels {
  header: Record<'severity' | 'cell' | 'rule' | 'code' | 'indicator' | 'message', string>;
  severity: Record<Severity, string>;
  ruleNames: Record<IssueCode, string>;
}

/**
 * Findings as CSV (header row first), every word in the pane's language; `;` separates fields in Italian, `,` in
 * English, as Excel expects in each locale.
 */
export function findingsToCsv(rows: FindingRow[], lang: Lang, labels: CsvLabels): string {
  const sep = lang === 'it' ? ';' : ',';
  const h = labels.header;
  const lines = [[h.severity, h.cell, h.rule, h.code, h.indicator, h.message].map(csvField).join(sep)];
  for (const r of rows) lines.push([labels.severity[r.severity], r.address, labels.ruleNames[r.code], r.code, r.indicator, r.message].map(csvField).join(sep));
  return lines.join('\r\n') + '\r\n';
}
