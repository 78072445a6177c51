import type { Lang } from '../i18n/lang';
import { formatNumber } from '../i18n/format';
import { ROLES, type Role } from '../layout/roles';
import type { Unit } from '../target/target.types';

/** Column roles as users read them in each language. */
export const ROLE_LABELS: Record<Lang, Record<Role, string>> = {
  it: {
    objective: 'Obiettivo', code: 'Codice', indicator: 'Indicatore', algorithm: 'Algoritmo', target: 'Target', result: 'Risultato',
    stated: '% raggiungimento', weight: 'Peso', numerator: 'Numeratore', denominator: 'Denominatore', unit: 'Unità di misura',
    notes: 'Note', baseline: 'Valore anno precedente',
  },
  en: {
    objective: 'Objective', code: 'Code', indicator: 'Indicator', algorithm: 'Formula', target: 'Target', result: 'Result',
    stated: '% achievement', weight: 'Weight', numerator: 'Numerator', denominator: 'Denominator', unit: 'Unit',
    notes: 'Notes', baseline: "Previous year's value",
  },
};
export { ROLES };

export const UNITS = ['percent', 'days', 'hours', 'minutes', 'euro', 'count', 'date'] as const satisfies readonly Unit[];
export const UNIT_LABELS: Record<Lang, Record<Unit, string>> = {
  it: { percent: 'percentuale', days: 'giorni', hours: 'ore', minutes: 'minuti', euro: 'euro', count: 'numero', date: 'data' },
  en: { percent: 'percentage', days: 'days', hours: 'hours', minutes: 'minutes', euro: 'euro', count: 'count', date: 'date' },
};

/** A number in the language's notation. */
export const num = (x: number, lang: Lang, decimals = 2): string => formatNumber(x, lang, decimals);
/** Sheet text quoted as found. */
export const q = (s: string): string => `'${s}'`;
