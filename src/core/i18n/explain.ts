import { formatPercent, localizeFormula } from './format';
import type { Lang } from './lang';

/** How the policy changed a computed value, in each language. */
const ADJUSTED: Record<Lang, { capped: string; met: string; raised: string; policy: string }> = {
  it: { capped: 'ridotto al tetto', met: 'target raggiunto', raised: 'portato al minimo', policy: 'secondo la politica di calcolo' },
  en: { capped: 'capped', met: 'target met', raised: 'raised to the floor', policy: 'by the scoring policy' },
};

/** Why the achievement differs from what the formula computes. */
function adjustment(achievement: number, computed: number, lang: Lang): string {
  const words = ADJUSTED[lang];
  if (computed > achievement) return achievement >= 100 ? words.capped : words.policy;
  return achievement === 100 ? words.met : words.raised;
}

/**
 * The formula behind an achievement, in the language's notation: "57,1% = 0,12 / 0,21", "100% (97,72 ≥ 93)". When
 * the policy changed what the formula computes (`computed`: its value before the cap, the floor, a threshold or
 * bands), both are said: "120% (167 / 110 = 151,8%, ridotto al tetto)".
 */
export function explain(achievement: number | null, formula: string | null, lang: Lang, computed?: number): string | null {
  if (achievement === null || formula === null) return null;
  const text = localizeFormula(formula, lang).replace(/>=/g, '≥').replace(/<=/g, '≤');
  // A test ("97,72 ≥ 93") explains a percentage in brackets; a computation ("0,12 / 0,21") equals it.
  const bare = text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}/g, 'D');
  if (/[≥≤<>≠]/.test(bare) && !/[/×−]/.test(bare)) return `${formatPercent(achievement, lang)} (${text})`;
  if (computed !== undefined && Number.isFinite(computed) && Math.abs(computed - achievement) >= 0.05) {
    return `${formatPercent(achievement, lang)} (${text} = ${formatPercent(computed, lang)}, ${adjustment(achievement, computed, lang)})`;
  }
  return `${formatPercent(achievement, lang)} = ${text}`;
}
