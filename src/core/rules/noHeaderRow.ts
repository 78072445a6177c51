import { z } from 'zod';
import { defineRule } from './rule';

export const noHeaderRow = defineRule({
  code: 'no-header-row',
  group: 'layout',
  severity: 'error',
  title: { it: 'Intestazione non trovata', en: 'Header row not found' },
  params: z.object({ sheet: z.string().optional() }),
  summary: { it: 'Nessuna riga di intestazione riconosciuta nel foglio.', en: 'No header row recognised in the sheet.' },
  messages: {
    it: () => 'riga di intestazione non trovata: indicare le colonne Indicatore, Target e Risultato.',
    en: () => 'no header row found: pick the Indicator, Target and Result columns.',
  },
  example: { sheet: 'Obiettivi 2023' },
});
