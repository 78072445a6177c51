import { z } from 'zod';
import { defineRule } from './rule';

export const baselineMissing = defineRule({
  code: 'baseline-missing',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Valore di partenza mancante', en: 'Missing baseline' },
  params: z.object({ rule: z.enum(['(A − B) / T', '(A − B) / (T − B)']) }),
  summary: { it: "Un target di variazione o con valori negativi richiede il valore dell'anno precedente.", en: "A change target, or one with negative values, needs the previous year's value." },
  messages: {
    it: (p) => `serve il valore dell'anno precedente (baseline) per calcolare ${p.rule}.`,
    en: (p) => `the previous year's value (baseline) is needed to compute ${p.rule}.`,
  },
  example: { rule: '(A − B) / T' },
  exampleCell: 'E14',
});
