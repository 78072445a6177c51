import type { IssueCode, Severity } from '../../core/issues';
import { SEVERITY_ORDER, type FindingRow } from './findings';

/** The findings of one rule within one severity: "Risultato mancante — 26 celle". */
export interface RuleGroup {
  /** Stable key for React and for the expanded state ("error:missing-result"). */
  key: string;
  severity: Severity;
  code: IssueCode;
  rows: FindingRow[];
}

/** One severity's findings, its rules ordered by how many findings they have, then by code. */
export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

export interface FindingFilter {
  severity: Severity | null;
  code: IssueCode | null;
}

/** A rule group with at most this many findings is open when the list first shows; larger ones are folded. */
export const OPEN_UP_TO = 3;

/**
 * Group findings by severity (errors first), then by rule, after the filter; empty groups are left out.
 * @example groupFindings(rows, { severity: null, code: null })[0].rules[0] //=> { key: 'error:missing-result', … }
 */
export function groupFindings(rows: readonly FindingRow[], filter: FindingFilter): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    if (filter.severity !== null && filter.severity !== severity) continue;
    const byCode = new Map<IssueCode, FindingRow[]>();
    for (const r of rows) {
      if (r.severity !== severity || (filter.code !== null && r.code !== filter.code)) continue;
      const list = byCode.get(r.code) ?? [];
      list.push(r);
      byCode.set(r.code, list);
    }
    const rules = [...byCode.entries()]
      .map(([code, list]) => ({ key: `${severity}:${code}`, severity, code, rows: list }))
      .sort((a, b) => b.rows.length - a.rows.length || a.code.localeCompare(b.code));
    const count = rules.reduce((n, g) => n + g.rows.length, 0);
    if (count > 0) out.push({ severity, count, rules });
  }
  return out;
}

/** Rules present in the findings with how many each has, for the rule filter, most frequent first. */
export function ruleCounts(rows: readonly FindingRow[]): Array<{ code: IssueCode; count: number }> {
  const counts = new Map<IssueCode, number>();
  for (const r of rows) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return [...counts.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** Severities present in the findings with their counts, errors first. */
export function severityCounts(rows: readonly FindingRow[]): Array<{ severity: Severity; count: number }> {
  return SEVERITY_ORDER.map((severity) => ({ severity, count: rows.filter((r) => r.severity === severity).length })).filter((s) => s.count > 0);
}
