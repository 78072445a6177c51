import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const statedUnreadable = defineRule({
  code: 'stated-unreadable',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Raggiungimento dichiarato illeggibile', en: 'Unreadable stated achievement' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'La percentuale di raggiungimento dichiarata non è un numero leggibile.', en: 'The stated achievement is not a readable number.' },
  messages: {
    it: (p) => `la percentuale di raggiungimento dichiarata ${q(p.text)} non è leggibile.`,
    en: (p) => `the stated achievement ${q(p.text)} is not readable.`,
  },
  example: { text: 'circa il 90' },
  exampleCell: 'F14',
});
