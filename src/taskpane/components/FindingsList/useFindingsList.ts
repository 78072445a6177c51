import { useMemo, useState } from 'react';
import type { IssueCode, Severity } from '../../../core/issues';
import { downloadFile } from '../../format/downloadFile';
import { OPEN_UP_TO, groupFindings, ruleCounts, severityCounts, type SeverityGroup } from '../../pipeline/findingGroups';
import { findingsToCsv } from '../../pipeline/findings';
import type { FindingsListProps } from './FindingsList.types';

export interface FindingsListState {
  severity: Severity | null;
  setSeverity(severity: Severity | null): void;
  severities: Array<{ severity: Severity; count: number }>;
  code: IssueCode | null;
  setCode(code: IssueCode | null): void;
  rules: Array<{ code: IssueCode; count: number }>;
  groups: SeverityGroup[];
  /** True when a rule group shows its findings. */
  isOpen(key: string, size: number): boolean;
  toggle(key: string, size: number): void;
  exportCsv(): void;
  exportJson(): void;
}

/**
 * The severity and rule filters, the findings grouped by severity then rule (small groups open, large ones
 * folded until opened), and exports of what the filters show.
 */
export function useFindingsList({ findings, lang, strings, exportName }: FindingsListProps): FindingsListState {
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [code, setCode] = useState<IssueCode | null>(null);
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const all = useMemo(() => findings ?? [], [findings]);
  const rules = useMemo(() => ruleCounts(all), [all]);
  const severities = useMemo(() => severityCounts(all), [all]);
  const activeCode = code !== null && rules.some((r) => r.code === code) ? code : null;
  const activeSeverity = severity !== null && severities.some((s) => s.severity === severity) ? severity : null;
  const groups = useMemo(() => groupFindings(all, { severity: activeSeverity, code: activeCode }), [all, activeSeverity, activeCode]);
  const shown = groups.flatMap((g) => g.rules.flatMap((r) => r.rows));
  const base = `${exportName}-${strings.tabs.findings.toLowerCase()}`;
  const isOpen = (key: string, size: number): boolean => (size <= OPEN_UP_TO) !== toggled.has(key);
  return {
    severity: activeSeverity,
    setSeverity,
    severities,
    code: activeCode,
    setCode,
    rules,
    groups,
    isOpen,
    toggle: (key) =>
      setToggled((t) => {
        const next = new Set(t);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    exportCsv: () =>
      downloadFile(
        `${base}.csv`,
        'text/csv;charset=utf-8',
        '\ufeff' + findingsToCsv(shown, lang, { header: strings.csvHeader, severity: strings.severity, ruleNames: strings.ruleNames, statuses: strings.review.statuses }),
      ),
    exportJson: () =>
      downloadFile(
        `${base}.json`,
        'application/json',
        JSON.stringify(
          shown.map(({ key: _key, ...f }) => ({ ...f, rule: strings.ruleNames[f.code] })),
          null,
          2,
        ),
      ),
  };
}
