import { RULE_LIST, type IssueCode } from '../../core/rules/registry';
import type { Lang } from '../../core/i18n/lang';

/**
 * The name of each check as the findings list and its filter show it, per language, from the catalogue's titles: a
 * person filters by "Risultato mancante", never by the code `missing-result`.
 */
export const RULE_NAMES: Record<Lang, Record<IssueCode, string>> = {
  it: Object.fromEntries(RULE_LIST.map((r) => [r.code, r.title.it])) as Record<IssueCode, string>,
  en: Object.fromEntries(RULE_LIST.map((r) => [r.code, r.title.en])) as Record<IssueCode, string>,
};
