import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const deadlineWithoutDate = defineRule({
  code: 'deadline-without-date',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Scadenza senza data', en: 'Deadline without a date' },
  params: z.object({ text: z.string().min(1).optional() }),
  summary: { it: 'Il target è una scadenza ma il risultato non indica una data.', en: 'The target is a deadline but the result gives no date.' },
  messages: {
    it: (p) => `target a scadenza ma il risultato non indica una data${p.text ? ` (${q(p.text)})` : ''}.`,
    en: (p) => `the target is a deadline but the result gives no date${p.text ? ` (${q(p.text)})` : ''}.`,
  },
  example: { text: 'realizzato' },
  exampleCell: 'E14',
});
