import { z } from 'zod';
import { defineRule } from './rule';

export const missingResult = defineRule({
  code: 'missing-result',
  group: 'results',
  severity: 'error',
  title: { it: 'Risultato mancante', en: 'Missing result' },
  params: z.object({}),
  summary: { it: 'La cella del risultato è vuota.', en: 'The result cell is empty.' },
  messages: { it: () => 'risultato mancante.', en: () => 'no result.' },
  example: {},
  exampleCell: 'E14',
});
