import { formatPercent, localizeFormula } from './format';
import type { Lang } from './lang';

/** The formula behind an achievement, in the language's notation: "57,1% = 0,12 / 0,21", "100% (97,72 ≥ 93)". */
export function explain(achievement: number | null, formula: string | null, lang: Lang): string | null {
  if (achievement === null || formula === null) return null;
  const text = localizeFormula(formula, lang).replace(/>=/g, '≥').replace(/<=/g, '≤');
  // A test ("97,72 ≥ 93") explains a percentage in brackets; a computation ("0,12 / 0,21") equals it.
  const bare = text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}/g, 'D');
  return /[≥≤<>≠]/.test(bare) && !/[/×−]/.test(bare) ? `${formatPercent(achievement, lang)} (${text})` : `${formatPercent(achievement, lang)} = ${text}`;
}
