import type { Issue } from '../issues';
import { formatPercent, localizeFormula } from './format';
import type { Lang } from './lang';
import { messagesEn } from './messages.en';
import { messagesIt } from './messages.it';

const MESSAGES = { it: messagesIt, en: messagesEn } as const;

/**
 * Render a finding as a sentence in the given language, with the cell first.
 *
 * @example
 * renderIssue({ code: 'target-year-missing', severity: 'error', cell: 'D14', params: { year: 2023, years: '2022, 2024' } }, 'it')
 * //=> "D14: target 2023 non trovato: la cella contiene solo 2022, 2024."
 */
export function renderIssue(issue: Issue, lang: Lang): string {
  let i = issue;
  if (issue.code === 'stated-mismatch' && issue.params) {
    const stated = Number(issue.params.stated);
    const computed = Number(issue.params.computed);
    i = {
      ...issue,
      params: {
        ...issue.params,
        statedText: formatPercent(stated, lang),
        computedText: explain(computed, String(issue.params.formula ?? '') || null, lang) ?? formatPercent(computed, lang),
      },
    };
  }
  return MESSAGES[lang][issue.code](i);
}

/** The formula behind an achievement, in the language's notation: "57,1% = 0,12 / 0,21", "100% (97,72 ≥ 93)". */
export function explain(achievement: number | null, formula: string | null, lang: Lang): string | null {
  if (achievement === null || formula === null) return null;
  const text = localizeFormula(formula, lang).replace(/>=/g, '≥').replace(/<=/g, '≤');
  // A test ("97,72 ≥ 93") explains a percentage in brackets; a computation ("0,12 / 0,21") equals it.
  const bare = text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}/g, 'D');
  return /[≥≤<>≠]/.test(bare) && !/[/×−]/.test(bare) ? `${formatPercent(achievement, lang)} (${text})` : `${formatPercent(achievement, lang)} = ${text}`;
}
