import { z } from 'zod';
import { defineRule } from './rule';
import { q } from './words';

export const unrecognizedTarget = defineRule({
  code: 'unrecognized-target',
  group: 'targets',
  severity: 'error',
  title: { it: 'Target non riconosciuto', en: 'Unrecognised target' },
  params: z.object({ text: z.string().min(1) }),
  summary: { it: 'Il testo del target non contiene un comparatore e un valore, una scadenza o "zero".', en: 'The target text holds no comparator and value, deadline or "zero".' },
  messages: {
    it: (p) => `il target ${q(p.text)} non è riconosciuto; atteso un comparatore e un valore ("≥ 0,21"), una scadenza ("entro il 31/12/2023") o "zero".`,
    en: (p) => `the target ${q(p.text)} is not recognised; expected a comparator and a value (">= 0.21"), a deadline ("by 31/12/2023") or "zero".`,
  },
  example: { text: 'miglioramento' },
  exampleCell: 'D14',
});
