import type { IssueCode } from './registry';
import type { Issue, ParamsOf } from '../issues';
import type { Severity } from './rule';

/* The finding builder lives apart from issues.ts so that rule modules can build findings without loading the
 * registry that lists them (issues.ts re-exports it). Type-only imports above: no cycle at load time. */

/** An empty params object: a rule whose params are all optional accepts it. */
type NoParams = Record<never, never>;
type BaseFields = { cell?: string | undefined; expected?: string | undefined; received?: string | undefined };
/** The fields of a finding of code `C`: params are required when its rule's schema has a required param. */
export type IssueFields<C extends IssueCode> = BaseFields &
  (NoParams extends ParamsOf<C> ? { params?: ParamsOf<C> | undefined } : { params: ParamsOf<C> });

/**
 * Build a finding, dropping undefined optional fields. Its params are typed by the code's rule: a producer that
 * forgets a param its message reads (`role-missing` without `role`) does not compile.
 *
 * @example issue('role-missing', 'warning', { params: { role: 'result' } })
 */
export function issue<C extends IssueCode>(
  code: C,
  severity: Severity,
  ...[fields]: NoParams extends ParamsOf<C> ? [fields?: IssueFields<C>] : [fields: IssueFields<C>]
): Issue {
  const out: Issue = { code, severity };
  const f = (fields ?? {}) as BaseFields & { params?: Record<string, unknown> | undefined };
  if (f.cell !== undefined) out.cell = f.cell;
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.received !== undefined) out.received = f.received;
  if (f.params !== undefined) out.params = dropUndefined(f.params);
  return out;
}

const dropUndefined = (p: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));

