import { z } from 'zod';
import { defineRule } from './rule';
import { num, q } from './words';

export const ambiguousNumber = defineRule({
  code: 'ambiguous-number',
  group: 'numbers',
  severity: 'warning',
  title: { it: 'Numero ambiguo', en: 'Ambiguous number' },
  params: z.object({ text: z.string().min(1), read: z.number().optional() }),
  summary: {
    it: 'Un numero scritto in modo ambiguo (1.234: mille o uno virgola due?): si dice come è stato letto.',
    en: 'A number written ambiguously (1.234: a thousand or one point two?): says how it was read.',
  },
  messages: {
    it: (p) => `il numero ${q(p.text)} è ambiguo in notazione italiana${p.read === undefined ? '' : `; letto come ${num(p.read, 'it', 4)}`}. Usare la virgola per i decimali (0,18).`,
    en: (p) => `the number ${q(p.text)} is ambiguous in this sheet's notation${p.read === undefined ? '' : `; read as ${num(p.read, 'en', 4)}`}.`,
  },
  example: { text: '1.234', read: 1234 },
  exampleCell: 'E7',
});
