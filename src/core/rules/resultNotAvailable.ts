import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const resultNotAvailable = defineRule({
  code: 'result-not-available',
  group: 'results',
  severity: 'warning',
  title: { it: 'Risultato non disponibile', en: 'Result not available' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'Il risultato è dichiarato non disponibile (n.d., da rilevare).', en: 'The result is declared not available (n/a, to be measured).' },
  messages: {
    it: (p) => `risultato non disponibile (${q(p.text)}).`,
    en: (p) => `result not available (${q(p.text)}).`,
  },
  example: { text: 'n.d.' },
  exampleCell: 'E14',
});
