import type { Issue } from '../issues';
import { ruleOf } from '../rules/registry';
import type { Lang } from './lang';

export { explain } from './explain';

/**
 * Render a finding as a sentence in the given language (capital first letter, numbers in the language's notation), with the cell first. The message reads the finding's
 * params as its rule's schema parses them; params that do not fit (a producer outside the typed builder) fall
 * back to the rule's one-line summary, never to an empty placeholder.
 *
 * @example
 * renderIssue({ code: 'target-year-missing', severity: 'error', cell: 'D14', params: { year: 2023, years: '2022, 2024' } }, 'it')
 * //=> "D14: Target 2023 non trovato: la cella contiene solo 2022, 2024."
 */
export function renderIssue(issue: Issue, lang: Lang): string {
  const at = issue.cell ? `${issue.cell}: ` : '';
  const rule = ruleOf(issue.code);
  if (!rule) return `${at}${issue.code}`;
  const parsed = rule.params.safeParse(issue.params ?? {});
  return at + sentence(parsed.success ? rule.messages[lang](parsed.data) : rule.summary[lang]);
}

/** A message as a sentence: its first letter capital ("risultato mancante." → "Risultato mancante."); quoted sheet text first stays as found. */
export const sentence = (s: string): string => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
