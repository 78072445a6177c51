import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const targetAmbiguousRevision = defineRule({
  code: 'target-ambiguous-revision',
  group: 'targets',
  severity: 'warning',
  title: { it: 'Revisione del target incerta', en: 'Uncertain target revision' },
  params: z.object({ note: z.string().min(1), used: z.string().min(1) }),
  summary: { it: 'La cella accenna a una revisione del target che non è stata applicata.', en: 'The cell hints at a target revision that was not applied.' },
  messages: {
    it: (p) => `la cella menziona una possibile revisione (${q(p.note)}) non applicata; target usato: ${p.used}.`,
    en: (p) => `the cell mentions a possible revision (${q(p.note)}) that was not applied; target used: ${p.used}.`,
  },
  example: { note: 'da rivedere a giugno', used: '>= 90%' },
  exampleCell: 'D14',
});
