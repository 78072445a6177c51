import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const unrecognizedResult = defineRule({
  code: 'unrecognized-result',
  group: 'results',
  severity: 'warning',
  title: { it: 'Risultato non riconosciuto', en: 'Unrecognised result' },
  params: z.object({ text: z.string().min(1), want: z.enum(['date', 'value']).default('value') }),
  summary: { it: 'Nel risultato non si trova un valore misurato (o una data, per una scadenza).', en: 'No measured value (or date, for a deadline) is found in the result.' },
  messages: {
    it: (p) => (p.want === 'date'
      ? `nel risultato ${q(p.text)} non si trova una data; indicarla (gg/mm/aaaa).`
      : `nel risultato ${q(p.text)} non si trova un valore misurato; indicarlo in forma numerica.`),
    en: (p) => (p.want === 'date'
      ? `no date found in the result ${q(p.text)}; enter it (dd/mm/yyyy).`
      : `no measured value found in the result ${q(p.text)}; enter it as a number.`),
  },
  example: { text: 'attività svolta regolarmente' },
  exampleCell: 'E14',
});
