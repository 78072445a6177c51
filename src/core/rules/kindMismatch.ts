import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const kindMismatch = defineRule({
  code: 'kind-mismatch',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Risultato di tipo diverso', en: 'Result of another kind' },
  params: z.object({ text: z.string().min(1).optional(), want: z.enum(['yes-no', 'number']) }),
  summary: { it: 'Il risultato non è del tipo che il target chiede (un sì/no, un numero).', en: 'The result is not of the kind the target asks for (a yes/no, a number).' },
  messages: {
    it: (p) => `il risultato${p.text ? ` ${q(p.text)}` : ''} non è del tipo atteso dal target (${p.want === 'yes-no' ? 'sì/no' : 'un numero'}).`,
    en: (p) => `the result${p.text ? ` ${q(p.text)}` : ''} is not what the target expects (${p.want === 'yes-no' ? 'yes/no' : 'a number'}).`,
  },
  example: { text: '31/12/2023', want: 'number' },
  exampleCell: 'E14',
});
