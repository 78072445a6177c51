/**
 * Findings ("issues") are data, never exceptions: every unreadable or inconsistent value in a sheet becomes
 * an `Issue` with a stable kebab-case `code`. Messages are rendered from the code per language (see `i18n/`).
 */
export type Severity = 'error' | 'warning' | 'info';

/** Every finding code the core can produce. Adding one here forces a message in every language. */
export const ISSUE_CODES = [
  // numbers and dates
  'ambiguous-number',
  'unreadable-number',
  'invalid-date',
  // targets
  'missing-target',
  'unrecognized-target',
  'target-year-missing',
  'target-reference-unresolved',
  'target-revised',
  'target-ambiguous-revision',
  'target-unit-mismatch',
  'target-partly-read',
  'target-parts',
  'direction-inferred',
  'withdrawn',
  // results
  'missing-result',
  'unrecognized-result',
  'result-ambiguous',
  'result-from-narrative',
  'result-not-available',
  'ratio-mismatch',
  'division-by-zero',
  // scoring
  'baseline-missing',
  'ratio-meaningless',
  'deadline-without-date',
  'kind-mismatch',
  'stated-mismatch',
  'stated-unreadable',
  'below-threshold',
  'malformed-input',
  // layout and sheets
  'no-header-row',
  'role-missing',
  'role-low-confidence',
  'year-column-missing',
  'weight-invalid',
  'meta-indicator',
  'host-error',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** One finding: what was expected and what was found, where. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** A1 address of the cell, when known ("D14"). */
  cell?: string;
  /** What the engine expected, in plain words or a canonical form (">= 0.21"). */
  expected?: string;
  /** The text or value actually found. */
  received?: string;
  /** Extra values a message needs (stated, computed, formula…). */
  params?: Record<string, string | number>;
}

/** The outcome of a parse: a value with its (non-fatal) issues, or only issues. */
export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T, issues: Issue[] = []): Result<T> => ({ ok: true, value, issues });
export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });

/** Build an issue, dropping undefined optional fields (keeps exactOptionalPropertyTypes happy). */
export function issue(
  code: IssueCode,
  severity: Severity,
  fields: { cell?: string | undefined; expected?: string | undefined; received?: string | undefined; params?: Record<string, string | number> | undefined } = {},
): Issue {
  const out: Issue = { code, severity };
  if (fields.cell !== undefined) out.cell = fields.cell;
  if (fields.expected !== undefined) out.expected = fields.expected;
  if (fields.received !== undefined) out.received = fields.received;
  if (fields.params !== undefined) out.params = fields.params;
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** True when `s` is at or above `threshold` (error > warning > info). */
export const atLeastSeverity = (s: Severity, threshold: Severity): boolean => SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
