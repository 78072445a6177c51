/**
 * Findings ("issues") are data, never exceptions: every unreadable or inconsistent value in a sheet becomes
 * an `Issue` with a stable kebab-case `code`. Each code is a rule of the catalogue (`rules/registry.ts`) with a
 * zod schema of its params; messages are rendered from the params per language (`i18n/render.ts`).
 */
import type { z } from 'zod';
import type { IssueCode, Rules } from './rules/registry';
import type { Severity } from './rules/rule';

export type { Severity } from './rules/rule';
export type { IssueCode } from './rules/registry';
export { ISSUE_CODES } from './rules/registry';

/** The params a finding of code `C` carries, as its producer sets them (the rule's schema input). */
export type ParamsOf<C extends IssueCode> = z.input<Rules[C]['params']>;

/** One finding: its rule, where, and the params its message reads. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** A1 address of the cell, when known ("D14"). */
  cell?: string;
  /** What the engine expected, in a canonical form (">= 0.21"): data for exports, never read by messages. */
  expected?: string;
  /** The text or value actually found: data for exports, never read by messages. */
  received?: string;
  /** What the message reads, as the rule's schema describes it (validated again when rendered). */
  params?: Readonly<Record<string, unknown>>;
}

/** The outcome of a parse: a value with its (non-fatal) issues, or only issues. */
export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T, issues: Issue[] = []): Result<T> => ({ ok: true, value, issues });
export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });

export { issue } from './rules/finding';
export type { IssueFields } from './rules/finding';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** True when `s` is at or above `threshold` (error > warning > info). */
export const atLeastSeverity = (s: Severity, threshold: Severity): boolean => SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
