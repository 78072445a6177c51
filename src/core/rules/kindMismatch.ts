import { z } from 'zod';
import { formatIsoDate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { defineRule } from './rule';
import { q } from './words';

const shown = (p: { text?: string | undefined; date?: string | undefined }, lang: Lang): string =>
  p.date ? ` ${formatIsoDate(p.date, lang)}` : p.text ? ` ${q(p.text)}` : '';

export const kindMismatch = defineRule({
  code: 'kind-mismatch',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Risultato di tipo diverso', en: 'Result of another kind' },
  /** `date`: a result read as a date (ISO), shown in the language's form instead of `text`. */
  params: z.object({ text: z.string().min(1).optional(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), want: z.enum(['yes-no', 'number']) }),
  summary: { it: 'Il risultato non è del tipo che il target chiede (un sì/no, un numero).', en: 'The result is not of the kind the target asks for (a yes/no, a number).' },
  messages: {
    it: (p) => `il risultato${shown(p, 'it')} non è del tipo atteso dal target (${p.want === 'yes-no' ? 'sì/no' : 'un numero'}).`,
    en: (p) => `the result${shown(p, 'en')} is not what the target expects (${p.want === 'yes-no' ? 'yes/no' : 'a number'}).`,
  },
  example: { date: '2023-12-31', want: 'number' },
  exampleCell: 'E14',
});
