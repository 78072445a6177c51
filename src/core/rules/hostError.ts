import { z } from 'zod';
import { defineRule } from './rule';

export const hostError = defineRule({
  code: 'host-error',
  group: 'host',
  severity: 'error',
  title: { it: 'Operazione rifiutata da Excel', en: 'Refused by Excel' },
  params: z.object({ code: z.string().min(1), detail: z.string().min(1).optional() }),
  summary: { it: "Excel (o il file) ha rifiutato un'operazione: il foglio non è stato modificato.", en: 'Excel (or the file) refused an operation: the sheet was not changed.' },
  messages: {
    it: (p) => `Excel ha rifiutato l'operazione (${p.code})${p.detail ? `: ${p.detail}` : ''}. Il foglio non è stato modificato.`,
    en: (p) => `Excel refused the operation (${p.code})${p.detail ? `: ${p.detail}` : ''}. The sheet was not changed.`,
  },
  example: { code: 'InvalidOperationInCellEditMode' },
});
