import { z } from 'zod';
import { defineRule } from './rule';
import { num } from './words';

export const divisionByZero = defineRule({
  code: 'division-by-zero',
  group: 'results',
  severity: 'error',
  title: { it: 'Denominatore zero', en: 'Zero denominator' },
  params: z.object({ numerator: z.number() }),
  summary: { it: 'Un rapporto con denominatore zero.', en: 'A ratio with a zero denominator.' },
  messages: {
    it: (p) => `rapporto ${num(p.numerator, 'it', 4)}/0 con denominatore zero.`,
    en: (p) => `ratio ${num(p.numerator, 'en', 4)}/0 has a zero denominator.`,
  },
  example: { numerator: 12 },
  exampleCell: 'E14',
});
