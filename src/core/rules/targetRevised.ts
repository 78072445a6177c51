import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { defineRule } from './rule';
import { num, q } from './words';

/** How a revision was recognised: codes the parser sets, else the sheet's own words ("ridefinito in"). */
const VIA: Record<Lang, Record<string, string>> = {
  it: { 'later line': 'riga successiva', 'second value': 'secondo valore', baseline: 'valore di riferimento' },
  en: { 'later line': 'a later line', 'second value': 'a second value', baseline: 'reference value' },
};
const to = (v: string | number, lang: Lang): string => (typeof v === 'number' ? num(v, lang, 4) : v);
const via = (v: string | undefined, lang: Lang): string => (v ? ` (${VIA[lang][v] ?? q(v)})` : '');

export const targetRevised = defineRule({
  code: 'target-revised',
  group: 'targets',
  severity: 'info',
  title: { it: 'Target rivisto', en: 'Revised target' },
  /** `to` is the sheet's token, or a number (the baseline's value), shown in the language's notation. */
  params: z.object({ from: z.string().min(1), to: z.union([z.string().min(1), z.number()]), via: z.string().min(1).optional() }),
  summary: { it: "Il target è stato rivisto nel corso dell'anno: si usa l'ultimo valore.", en: 'The target was revised during the year: the last value is used.' },
  messages: {
    it: (p) => `target rivisto${via(p.via, 'it')}: ${p.from} → ${to(p.to, 'it')}; si usa l'ultimo valore.`,
    en: (p) => `target revised${via(p.via, 'en')}: ${p.from} → ${to(p.to, 'en')}; the last value is used.`,
  },
  example: { from: '>= 20%', to: '>= 25%', via: 'later line' },
  exampleCell: 'D14',
});
