import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const unreadableNumber = defineRule({
  code: 'unreadable-number',
  group: 'numbers',
  severity: 'warning',
  title: { it: 'Numero illeggibile', en: 'Unreadable number' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'Un valore che doveva essere un numero e non lo è.', en: 'A value that should be a number and is not.' },
  messages: {
    it: (p) => `${q(p.text)} non è un numero leggibile; atteso un numero.`,
    en: (p) => `${q(p.text)} is not a readable number; expected a number.`,
  },
  example: { text: 'circa trenta' },
  exampleCell: 'E7',
});
