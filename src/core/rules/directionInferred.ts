import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const directionInferred = defineRule({
  code: 'direction-inferred',
  group: 'targets',
  severity: 'info',
  title: { it: 'Verso del target dedotto', en: 'Target direction inferred' },
  params: z.object({ text: z.string().min(1), reason: z.enum(['unit', 'algorithm']) }),
  summary: { it: 'Un target senza comparatore letto come "≤" (un tempo, o un algoritmo dove meno è meglio).', en: 'A target without comparator read as "≤" (a time, or a formula where lower is better).' },
  messages: {
    it: (p) => `il target ${q(p.text)} non ha comparatore: letto come "≤" (${p.reason === 'unit' ? 'un tempo: meno è meglio' : "dall'algoritmo: meno è meglio"}).`,
    en: (p) => `the target ${q(p.text)} has no comparator: read as "≤" (${p.reason === 'unit' ? 'a time: lower is better' : 'from the algorithm: lower is better'}).`,
  },
  example: { text: '5 gg', reason: 'unit' },
  exampleCell: 'D14',
});
