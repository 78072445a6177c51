import { z } from 'zod';
import { defineRule } from './rule';
import { ROLE_LABELS, ROLES } from './words';

export const roleMissing = defineRule({
  code: 'role-missing',
  group: 'layout',
  severity: 'warning',
  title: { it: 'Colonna non trovata', en: 'Column not found' },
  params: z.object({ role: z.enum(ROLES), takenBy: z.enum(ROLES).optional() }),
  summary: { it: 'Una colonna necessaria (Target, Risultato…) non è stata trovata.', en: 'A needed column (Target, Result…) was not found.' },
  messages: {
    it: (p) => `colonna "${ROLE_LABELS.it[p.role]}" non trovata${p.takenBy ? ` (la sua colonna è ora "${ROLE_LABELS.it[p.takenBy]}")` : ''}: sceglierla nel riquadro.`,
    en: (p) => `no "${ROLE_LABELS.en[p.role]}" column found${p.takenBy ? ` (its column is now "${ROLE_LABELS.en[p.takenBy]}")` : ''}: pick it in the pane.`,
  },
  example: { role: 'result' },
});
