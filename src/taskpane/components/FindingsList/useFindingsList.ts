import { useMemo, useState } from 'react';
import type { IssueCode, Severity } from '../../../core/issues';
import { downloadFile } from '../../format/downloadFile';
import { SEVERITY_ORDER, findingsToCsv, type FindingRow } from '../../pipeline/findings';
import type { FindingsListProps } from './FindingsList.types';

export interface FindingsListState {
  codes: IssueCode[];
  code: IssueCode | null;
  setCode(code: IssueCode | null): void;
  groups: Array<{ severity: Severity; rows: FindingRow[] }>;
  exportCsv(): void;
  exportJson(): void;
}

/** The code filter, the findings grouped by severity, and exports of what is shown. */
export function useFindingsList({ findings, lang, strings, exportName }: FindingsListProps): FindingsListState {
  const [code, setCode] = useState<IssueCode | null>(null);
  const all = findings ?? [];
  const codes = useMemo(() => [...new Set(all.map((f) => f.code))].sort(), [all]);
  const shown = code && codes.includes(code) ? all.filter((f) => f.code === code) : all;
  const groups = SEVERITY_ORDER.map((severity) => ({ severity, rows: shown.filter((f) => f.severity === severity) })).filter(
    (g) => g.rows.length > 0,
  );
  return {
    codes,
    code: code && codes.includes(code) ? code : null,
    setCode,
    groups,
    exportCsv: () =>
      downloadFile(
        `${exportName}-${strings.tabs.findings.toLowerCase()}.csv`,
        'text/csv;charset=utf-8',
        '\ufeff' + findingsToCsv(shown, lang, strings.csvHeader),
      ),
    exportJson: () =>
      downloadFile(
        `${exportName}-${strings.tabs.findings.toLowerCase()}.json`,
        'application/json',
        JSON.stringify(
          shown.map(({ key: _key, ...f }) => f),
          null,
          2,
        ),
      ),
  };
}
