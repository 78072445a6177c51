import { formatPercent } from '../../core/i18n/format';
import type { Lang } from '../../core/i18n/lang';
import type { Issue, IssueCode, Severity } from '../../core/issues';
import type { SheetReport } from '../../core/sheet/report.types';
import type { ReviewStatus } from '../../core/rules/reviewMarks';
import { placeFindings } from '../../session/findings';
import type { StoredReviews } from '../../workbook/reviews';

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
  /** Stable identity of the finding across re-computes (rule, sheet, indicator), for the auditor's marks. */
  fingerprint?: string;
  /** The auditor's review of the finding (absent: open). */
  status?: ReviewStatus;
  comment?: string;
  /** Not among the findings of the sheet's last review. */
  isNew?: boolean;
  /** The indicator's computed achievement (percent number), for the audit exports; null when not evaluable. */
  achievement?: number | null;
  /** The indicator's stated achievement as its cell shows it, for the audit exports. */
  stated?: string | null;
}

/** A finding of the last review that the current compute no longer finds. */
export interface ResolvedFinding {
  fingerprint: string;
  code: IssueCode;
  cell: string | null;
  indicator: string | null;
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
export function collectFindings(report: SheetReport, lang: Lang, render: (issue: Issue, lang: Lang) => string, textAt?: (address: string) => string | null): FindingRow[] {
  const rows: FindingRow[] = placeFindings(report).map(({ issue, cell, indicator: ind, fingerprint }, i) => ({
    fingerprint,
    key: `${i}`,
    severity: issue.severity,
    address: cell === '' ? null : cell,
    row: rowOf(cell) ?? ind?.row ?? null,
    code: issue.code,
    indicator: ind ? (ind.name ?? ind.code) : null,
    message: withoutCell(render(issue, lang), issue.cell),
    ...(ind ? { achievement: ind.evaluation.achievement, stated: ind.cells.stated && textAt ? textAt(ind.cells.stated) : null } : {}),
  }));
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return rows.sort((a, b) => rank(a.severity) - rank(b.severity) || (a.row ?? 0) - (b.row ?? 0) || Number(a.key) - Number(b.key));
}

/**
 * The rows with the auditor's marks (status, comment) and, when the sheet has a last review, whether each finding is
 * new since. Pure.
 */
export function withReview(rows: readonly FindingRow[], reviews: StoredReviews | null, sheet: string): FindingRow[] {
  const marks = new Map((reviews?.marks ?? []).map((m) => [m.fingerprint, m]));
  const baseline = reviews?.baselines[sheet];
  const before = baseline ? new Set(baseline.findings.map((f) => f.fingerprint)) : null;
  return rows.map((r) => {
    const m = r.fingerprint ? marks.get(r.fingerprint) : undefined;
    return {
      ...r,
      status: m?.status ?? 'open',
      comment: m?.comment ?? '',
      isNew: before !== null && r.fingerprint !== undefined && !before.has(r.fingerprint),
    };
  });
}

/** The findings of the sheet's last review that the current findings no longer hold. Pure. */
export function resolvedSince(rows: readonly FindingRow[], reviews: StoredReviews | null, sheet: string): ResolvedFinding[] {
  const baseline = reviews?.baselines[sheet];
  if (!baseline) return [];
  const now = new Set(rows.map((r) => r.fingerprint));
  return baseline.findings
    .filter((f) => !now.has(f.fingerprint))
    .map((f) => ({ fingerprint: f.fingerprint, code: f.fingerprint.split('|')[0] as IssueCode, cell: f.cell, indicator: f.indicator }));
}

/** The indicator's computed achievement as the pane writes it ("57,1%"), "" for a sheet's finding or none. */
const computedText = (r: FindingRow, lang: Lang): string => (r.achievement === undefined || r.achievement === null ? '' : formatPercent(r.achievement, lang, 1));

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
  header: Record<'severity' | 'cell' | 'rule' | 'code' | 'indicator' | 'message' | 'computed' | 'stated' | 'status' | 'comment', string>;
  severity: Record<Severity, string>;
  ruleNames: Record<IssueCode, string>;
  statuses: Record<ReviewStatus, string>;
}

/**
 * Findings as CSV (header row first), every word in the pane's language; `;` separates fields in Italian, `,` in
 * English, as Excel expects in each locale.
 */
export function findingsToCsv(rows: FindingRow[], lang: Lang, labels: CsvLabels): string {
  const sep = lang === 'it' ? ';' : ',';
  const h = labels.header;
  const lines = [[h.severity, h.cell, h.rule, h.code, h.indicator, h.message, h.computed, h.stated, h.status, h.comment].map(csvField).join(sep)];
  for (const r of rows) {
    lines.push([labels.severity[r.severity], r.address, labels.ruleNames[r.code], r.code, r.indicator, r.message, computedText(r, lang), r.stated ?? '', labels.statuses[r.status ?? 'open'], r.comment ?? ''].map(csvField).join(sep));
  }
  return lines.join('\r\n') + '\r\n';
}

/** A tab-separated field for the clipboard: tabs and line breaks become spaces, formula-like text is neutralised. */
export function tsvField(v: string | null): string {
  const flat = (v ?? '').replace(/[\t\r\n]+/g, ' ');
  return /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
}

/** Findings as tab-separated text (header row first) to paste into a spreadsheet, every word in the pane's language. */
export function findingsToTsv(rows: FindingRow[], labels: CsvLabels, lang: Lang): string {
  const h = labels.header;
  const lines = [[h.severity, h.cell, h.rule, h.indicator, h.message, h.computed, h.stated, h.status, h.comment].map(tsvField).join('\t')];
  for (const r of rows) {
    lines.push([labels.severity[r.severity], r.address, labels.ruleNames[r.code], r.indicator, r.message, computedText(r, lang), r.stated ?? '', labels.statuses[r.status ?? 'open'], r.comment ?? ''].map(tsvField).join('\t'));
  }
  return lines.join('\r\n') + '\r\n';
}
