import type { Issue, IssueCode } from '../issues';
import type { ScoringPolicy } from '../scoring/policy';
import { ruleOf } from './registry';

/** True unless the policy turns the rule off (`rules: { 'number-as-text': { enabled: false } }`). */
export const ruleEnabled = (policy: ScoringPolicy, code: IssueCode): boolean => policy.rules?.[code]?.enabled !== false;

/**
 * The tolerance a rule runs with: the policy's (`rules[code].tolerance`), else for `stated-mismatch` the older
 * `statedTolerance` option, else the rule's default.
 */
export function ruleTolerance(policy: ScoringPolicy, code: IssueCode): number {
  const own = policy.rules?.[code]?.tolerance;
  if (own !== undefined) return own;
  if (code === 'stated-mismatch') return policy.statedTolerance;
  return ruleOf(code)?.tolerance?.default ?? 0;
}

/**
 * Findings as the policy wants them: those of rules turned off are dropped, severities overridden. Pure: returns
 * new findings, never changes the given ones.
 */
export function configureFindings(findings: readonly Issue[], policy: ScoringPolicy): Issue[] {
  const rules = policy.rules;
  if (!rules || Object.keys(rules).length === 0) return [...findings];
  const out: Issue[] = [];
  for (const f of findings) {
    const r = rules[f.code];
    if (r?.enabled === false) continue;
    out.push(r?.severity !== undefined && r.severity !== f.severity ? { ...f, severity: r.severity } : f);
  }
  return out;
}
