import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const invalidDate = defineRule({
  code: 'invalid-date',
  group: 'numbers',
  severity: 'error',
  title: { it: 'Data inesistente', en: 'Date that does not exist' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'Una data che non esiste nel calendario (31/02/2023).', en: 'A date that does not exist in the calendar (31/02/2023).' },
  messages: {
    it: (p) => `la data ${q(p.text)} non esiste; attesa una data reale (gg/mm/aaaa).`,
    en: (p) => `the date ${q(p.text)} does not exist; expected a real date (dd/mm/yyyy).`,
  },
  example: { text: '31/02/2023' },
  exampleCell: 'D9',
});
