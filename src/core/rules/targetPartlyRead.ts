import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { defineRule } from './rule';
import { q } from './words';

/** What the leftover text holds: another number (`number`, set by the parser), else the sheet's own words ("di cui"). */
const what = (reason: string, lang: Lang): string => (reason === 'number' ? (lang === 'it' ? 'un altro numero' : 'another number') : q(reason));

export const targetPartlyRead = defineRule({
  code: 'target-partly-read',
  group: 'targets',
  severity: 'warning',
  title: { it: 'Target letto in parte', en: 'Target partly read' },
  params: z.object({ read: z.string().min(1), rest: z.string().min(1), reason: z.string().min(1) }),
  summary: {
    it: 'Dopo il valore del target resta un testo che può cambiarne il senso (un altro numero, "di cui", "per ciascun").',
    en: "Text left after the target's value may change its meaning (another number, \"of which\", \"for each\").",
  },
  messages: {
    it: (p) => `letto solo in parte: dopo ${q(p.read)} resta ${q(p.rest)}, che può cambiarne il senso (${what(p.reason, 'it')}); verificare il target.`,
    en: (p) => `read only in part: after ${q(p.read)} the text ${q(p.rest)} remains, which may change its meaning (${what(p.reason, 'en')}); check the target.`,
  },
  example: { read: '>= 80%', rest: 'di cui almeno 20 in presenza', reason: 'number' },
  exampleCell: 'D14',
});
