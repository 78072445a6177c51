import { z } from 'zod';
import { defineRule } from './rule';
import { ROLE_LABELS, ROLES } from './words';

export const yearColumnMissing = defineRule({
  code: 'year-column-missing',
  group: 'layout',
  severity: 'warning',
  title: { it: 'Colonna dell’anno assente', en: 'No column for the year' },
  params: z.object({ role: z.enum(ROLES), year: z.number().int(), found: z.string().min(1).optional() }),
  summary: { it: "Le colonne di un ruolo sono solo per altri anni, non per quello di riferimento.", en: 'A role has columns for other years only, not for the reference year.' },
  messages: {
    it: (p) => `nessuna colonna "${ROLE_LABELS.it[p.role]}" per il ${p.year}${p.found ? `: trovate solo ${p.found}` : ''}.`,
    en: (p) => `no "${ROLE_LABELS.en[p.role]}" column for ${p.year}${p.found ? `: only ${p.found}` : ''}.`,
  },
  example: { role: 'result', year: 2023, found: 'Consuntivo 2022' },
  exampleCell: 'E3',
});
