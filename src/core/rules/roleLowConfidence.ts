import { z } from 'zod';
import { defineRule } from './rule';
import { ROLE_LABELS, ROLES, num } from './words';

export const roleLowConfidence = defineRule({
  code: 'role-low-confidence',
  group: 'layout',
  severity: 'warning',
  title: { it: 'Colonna incerta', en: 'Uncertain column' },
  params: z.object({ role: z.enum(ROLES), column: z.string().min(1), confidence: z.number().min(0).max(1) }),
  summary: { it: 'Una colonna riconosciuta con poca sicurezza: da verificare.', en: 'A column recognised with low confidence: to be checked.' },
  messages: {
    it: (p) => `colonna "${ROLE_LABELS.it[p.role]}" (${p.column}) riconosciuta con poca sicurezza (${num(p.confidence * 100, 'it', 0)}%): verificarla.`,
    en: (p) => `the "${ROLE_LABELS.en[p.role]}" column (${p.column}) was recognised with low confidence (${num(p.confidence * 100, 'en', 0)}%): check it.`,
  },
  example: { role: 'target', column: 'D', confidence: 0.45 },
  exampleCell: 'D3',
});
