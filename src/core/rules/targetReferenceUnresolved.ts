import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const targetReferenceUnresolved = defineRule({
  code: 'target-reference-unresolved',
  group: 'targets',
  severity: 'error',
  title: { it: 'Target non valutabile dal foglio', en: 'Target not measurable from the sheet' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'Il target rimanda a un valore (anno precedente, media) che il foglio non contiene.', en: 'The target refers to a value (previous year, average) the sheet does not hold.' },
  messages: {
    it: (p) => `il target ${q(p.text)} non è valutabile dal foglio; indicare il valore di riferimento.`,
    en: (p) => `the target ${q(p.text)} cannot be evaluated from the sheet; enter the reference value.`,
  },
  example: { text: '>= valore 2022' },
  exampleCell: 'D14',
});
