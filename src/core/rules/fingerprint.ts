import type { Issue } from '../issues';
import type { SheetReport } from '../sheet/report.types';
import { foldKeepLength } from '../target/readValue';

/** Who a finding is about: an indicator by its code (else its name), or the sheet itself. */
export interface FindingSubject {
  sheet: string;
  indicator: { code: string | null; name: string | null } | null;
}

/** A finding with where it belongs and its stable fingerprint. */
export interface FingerprintedFinding {
  fingerprint: string;
  subject: FindingSubject;
  finding: Issue;
}

/** Params that tell two findings of one rule on one indicator apart and stay put when rows move. */
const SUBJECT_PARAMS = ['role', 'objective', 'name', 'header'] as const;

const norm = (s: string): string => foldKeepLength(s).replace(/[^a-z0-9%.\-]+/g, ' ').trim();

function identity(subject: FindingSubject): string {
  const i = subject.indicator;
  if (i?.code) return `code:${norm(i.code)}`;
  if (i?.name) return `name:${norm(i.name)}`;
  return 'sheet';
}

/**
 * Fingerprint findings so a review mark finds its finding again after a re-compute: the rule code, the sheet, the
 * indicator's identity (its code, else its name; never its row, so inserting a row keeps the marks) and the params
 * that name what the finding is about (a role, an objective). Two findings that would still collide are numbered
 * in the order they come.
 *
 * @example fingerprintFindings([{ subject: { sheet: 'Obiettivi', indicator: { code: 'A01.01-1', name: null } }, finding }])[0].fingerprint
 * //=> "stated-mismatch|Obiettivi|code:a01.01-1||1"
 */
export function fingerprintFindings(located: ReadonlyArray<{ subject: FindingSubject; finding: Issue }>): FingerprintedFinding[] {
  const seen = new Map<string, number>();
  return located.map(({ subject, finding }) => {
    const params = finding.params ?? {};
    const about = SUBJECT_PARAMS.map((k) => params[k]).filter((v) => typeof v === 'string' && v !== '').map((v) => norm(v as string)).join(',');
    const base = `${finding.code}|${subject.sheet}|${identity(subject)}|${about}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { fingerprint: `${base}|${n}`, subject, finding };
  });
}

/** Every finding of a sheet report (sheet-level ones first, then each indicator's), fingerprinted. */
export function reportFindings(report: SheetReport): FingerprintedFinding[] {
  return fingerprintFindings([
    ...report.issues.map((finding) => ({ subject: { sheet: report.sheet, indicator: null }, finding })),
    ...report.indicators.flatMap((i) => i.evaluation.findings.map((finding) => ({ subject: { sheet: report.sheet, indicator: { code: i.code, name: i.name } }, finding }))),
  ]);
}
