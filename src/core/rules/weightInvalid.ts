import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const weightInvalid = defineRule({
  code: 'weight-invalid',
  group: 'layout',
  severity: 'warning',
  title: { it: 'Peso non valido', en: 'Invalid weight' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'Un peso che non è un numero maggiore o uguale a zero.', en: 'A weight that is not a number greater than or equal to zero.' },
  messages: {
    it: (p) => `peso ${q(p.text)} non valido: atteso un numero ≥ 0.`,
    en: (p) => `weight ${q(p.text)} is not valid: expected a number ≥ 0.`,
  },
  example: { text: 'alto' },
  exampleCell: 'G14',
});
