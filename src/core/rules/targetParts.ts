import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const targetParts = defineRule({
  code: 'target-parts',
  group: 'targets',
  severity: 'info',
  title: { it: 'Target in più parti', en: 'Target in several parts' },
  params: z.object({
    count: z.number().int().min(2),
    parts: z.string().min(1),
    /** How the achievement was made from the parts' (the policy's `parts`), or `unread` when the result gives no value for each. */
    outcome: z.enum(['min', 'mean', 'unread']),
  }),
  summary: {
    it: 'Un target di più parti ("almeno 3 webinar e 150 partecipanti"): vanno raggiunte tutte; raggiungimento come minimo o media delle parti.',
    en: 'A target of several parts ("at least 3 webinars and 150 participants"): all must be met; achievement is the lowest or the mean of the parts.',
  },
  messages: {
    it: (p) => `il target ha ${p.count} parti (${q(p.parts)}): vanno raggiunte tutte; ${p.outcome === 'unread' ? 'il risultato non dà un valore per ciascuna' : `raggiungimento calcolato come ${p.outcome === 'min' ? 'il minimo' : 'la media'} delle parti`}.`,
    en: (p) => `the target has ${p.count} parts (${q(p.parts)}): all must be met; ${p.outcome === 'unread' ? 'the result gives no value for each of them' : `achievement is the ${p.outcome === 'min' ? 'lowest' : 'mean'} of the parts`}.`,
  },
  example: { count: 2, parts: '>= 3 + >= 150', outcome: 'min' },
  exampleCell: 'E14',
});
