import { useMemo, useRef, useState } from 'react';
import type { IssueCode, Severity } from '../../../core/issues';
import type { ReviewStatus } from '../../../core/rules/reviewMarks';
import { REVIEW_STATUSES } from '../../../core/rules/reviewMarks';
import type { AuditSheet } from '../../../workbook/auditSheet';
import { copyText } from '../../format/copyText';
import { downloadFile } from '../../format/downloadFile';
import { formatPercent } from '../../format/formatPercent';
import { OPEN_UP_TO, groupFindings, ruleCounts, severityCounts, type SeverityGroup } from '../../pipeline/findingGroups';
import { findingsToCsv, findingsToTsv, type FindingRow } from '../../pipeline/findings';
import type { FindingsListProps } from './FindingsList.types';

/** The status filter: a review status, or the findings new since the last review. */
export type StatusFilter = ReviewStatus | 'new';

/** What the review panel is open on: one finding, or every finding of a rule group. */
export interface ReviewTarget {
  title: string;
  rows: FindingRow[];
}

export interface FindingsListState {
  severity: Severity | null;
  setSeverity(severity: Severity | null): void;
  severities: Array<{ severity: Severity; count: number }>;
  code: IssueCode | null;
  setCode(code: IssueCode | null): void;
  rules: Array<{ code: IssueCode; count: number }>;
  status: StatusFilter | null;
  setStatus(status: StatusFilter | null): void;
  statuses: Array<{ status: StatusFilter; count: number }>;
  groups: SeverityGroup[];
  /** True when a rule group shows its findings. */
  isOpen(key: string, size: number): boolean;
  toggle(key: string, size: number): void;
  exportCsv(): void;
  exportJson(): void;
  copy(): Promise<void>;
  auditSheet(): Promise<void>;
  recordReview(): Promise<void>;
  /** The review panel's findings, or null when closed. */
  reviewing: ReviewTarget | null;
  review(target: ReviewTarget | null): void;
  saveReview(status: ReviewStatus, comment: string): Promise<void>;
  /** The last export's or review's outcome, read by screen readers ("12 rilievi copiati negli appunti."). */
  feedback: string;
  busy: boolean;
}

const byStatus = (rows: readonly FindingRow[], status: StatusFilter | null): FindingRow[] =>
  status === null ? [...rows] : rows.filter((r) => (status === 'new' ? r.isNew === true : (r.status ?? 'open') === status));

/**
 * The severity, rule and review-status filters, the findings grouped by severity then rule (small groups open, large
 * ones folded until opened), the auditor's review (a panel per finding or per group, the last review recorded), and
 * exports of what the filters show: CSV and JSON downloads, the clipboard, the audit sheet.
 */
export function useFindingsList(props: FindingsListProps): FindingsListState {
  const { findings, lang, strings, exportName } = props;
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [code, setCode] = useState<IssueCode | null>(null);
  const [status, setStatus] = useState<StatusFilter | null>(null);
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const [reviewing, setReviewing] = useState<ReviewTarget | null>(null);
  // The button that opened the review gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const review = (target: ReviewTarget | null): void => {
    if (target !== null) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    else {
      const back = opener.current;
      requestAnimationFrame(() => back?.isConnected && back.focus());
    }
    setReviewing(target);
  };
  const [feedback, setFeedback] = useState('');
  const [busy, setBusy] = useState(false);
  const all = useMemo(() => findings ?? [], [findings]);
  const statuses = useMemo(() => {
    const counts: Array<{ status: StatusFilter; count: number }> = REVIEW_STATUSES.map((s) => ({ status: s, count: all.filter((r) => (r.status ?? 'open') === s).length }));
    counts.push({ status: 'new', count: all.filter((r) => r.isNew === true).length });
    return counts.filter((c) => c.count > 0);
  }, [all]);
  const activeStatus = status !== null && statuses.some((s) => s.status === status) ? status : null;
  const filtered = useMemo(() => byStatus(all, activeStatus), [all, activeStatus]);
  const rules = useMemo(() => ruleCounts(filtered), [filtered]);
  const severities = useMemo(() => severityCounts(filtered), [filtered]);
  const activeCode = code !== null && rules.some((r) => r.code === code) ? code : null;
  const activeSeverity = severity !== null && severities.some((s) => s.severity === severity) ? severity : null;
  const groups = useMemo(() => groupFindings(filtered, { severity: activeSeverity, code: activeCode }), [filtered, activeSeverity, activeCode]);
  const shown = groups.flatMap((g) => g.rules.flatMap((r) => r.rows));
  const base = `${exportName}-${strings.tabs.findings.toLowerCase()}`;
  const isOpen = (key: string, size: number): boolean => (size <= OPEN_UP_TO) !== toggled.has(key);
  const labels = { header: strings.csvHeader, severity: strings.severity, ruleNames: strings.ruleNames, statuses: strings.review.statuses };
  const percent = (v: number | null | undefined): string => (v === null || v === undefined ? '' : formatPercent(v, lang, props.decimals ?? 1));
  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  return {
    severity: activeSeverity,
    setSeverity,
    severities,
    code: activeCode,
    setCode,
    rules,
    status: activeStatus,
    setStatus,
    statuses,
    groups,
    isOpen,
    toggle: (key) =>
      setToggled((t) => {
        const next = new Set(t);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    exportCsv: () => downloadFile(`${base}.csv`, 'text/csv;charset=utf-8', '\ufeff' + findingsToCsv(shown, lang, labels)),
    exportJson: () =>
      downloadFile(
        `${base}.json`,
        'application/json',
        JSON.stringify(
          shown.map(({ key: _key, isNew: _new, ...f }) => ({ ...f, rule: strings.ruleNames[f.code], status: f.status ?? 'open', comment: f.comment ?? '' })),
          null,
          2,
        ),
      ),
    copy: () =>
      run(async () => {
        const ok = await copyText(findingsToTsv(shown, labels, lang));
        setFeedback(ok ? strings.review.copied(shown.length) : strings.review.copyFailed);
      }),
    auditSheet: () =>
      run(async () => {
        if (!props.onAuditSheet) return;
        const sheet = props.sheet ?? '';
        const audit: AuditSheet = {
          name: strings.review.auditSheetName,
          title: sheet ? `${strings.review.auditSheetName} · ${sheet}` : strings.review.auditSheetName,
          header: strings.review.auditHeader,
          rows: shown.map((r) => ({
            sheet,
            address: r.address,
            values: [sheet, r.indicator ?? '', strings.ruleNames[r.code], strings.severity[r.severity], r.message, percent(r.achievement), r.stated ?? '', strings.review.statuses[r.status ?? 'open'], r.comment ?? ''],
          })),
        };
        const name = await props.onAuditSheet(audit);
        if (name !== null) setFeedback(strings.review.auditSheetDone(name));
      }),
    recordReview: () =>
      run(async () => {
        if (props.onRecordReview && (await props.onRecordReview())) setFeedback(strings.review.recorded);
      }),
    reviewing,
    review,
    saveReview: (next, comment) =>
      run(async () => {
        const prints = (reviewing?.rows ?? []).flatMap((r) => (r.fingerprint ? [r.fingerprint] : []));
        if (!props.onMark || prints.length === 0) return;
        if (await props.onMark(prints, next, comment)) {
          review(null);
          setFeedback(strings.review.saved);
        }
      }),
    feedback,
    busy,
  };
}
