import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const malformedInput = defineRule({
  code: 'malformed-input',
  group: 'host',
  severity: 'error',
  title: { it: 'Riga non valida', en: 'Malformed line' },
  params: z.object({
    /** The offending input, as given. */
    text: z.string().min(1),
    /** Which input: 'role', 'year', a mapping field. */
    field: z.string().optional(),
    role: z.string().optional(),
    other: z.string().optional(),
    column: z.string().optional(),
  }),
  summary: { it: 'Un dato di ingresso (mappatura, opzione, riga) non valido.', en: 'An invalid input (mapping, option, line).' },
  messages: {
    it: (p) => `dato non valido: ${q(p.text)}.`,
    en: (p) => `invalid input: ${q(p.text)}.`,
  },
  example: { text: 'colonna=ZZZZ' },
});
