import { z } from 'zod';
import { defineRule } from './rule';

export const ratioMeaningless = defineRule({
  code: 'ratio-meaningless',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Rapporto senza significato', en: 'Meaningless ratio' },
  params: z.object({}),
  summary: { it: 'Con valori negativi o nulli il rapporto risultato/target non ha senso.', en: 'With negative or zero values the result/target ratio is meaningless.' },
  messages: {
    it: () => 'con valori negativi o nulli il rapporto non ha senso: non valutabile senza baseline.',
    en: () => 'with negative or zero values a ratio is meaningless: not evaluable without a baseline.',
  },
  example: {},
  exampleCell: 'E14',
});
