import { z } from 'zod';
import { defineRule } from './rule';

export const missingTarget = defineRule({
  code: 'missing-target',
  group: 'targets',
  severity: 'error',
  title: { it: 'Target mancante', en: 'Missing target' },
  params: z.object({}),
  summary: { it: "La cella del target è vuota o non indica un valore per l'anno.", en: 'The target cell is empty or gives no value for the year.' },
  messages: {
    it: () => 'target mancante: indicare il valore atteso.',
    en: () => 'no target: enter the expected value.',
  },
  example: {},
  exampleCell: 'D14',
});
