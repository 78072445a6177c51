import { z } from 'zod';
import { defineRule } from './rule';
import { num } from './words';

export const metaIndicator = defineRule({
  code: 'meta-indicator',
  group: 'scoring',
  severity: 'info',
  title: { it: 'Metaindicatore', en: 'Meta-indicator' },
  params: z.object({ ok: z.number().int().min(0), of: z.number().int().min(1), level: z.number() }),
  summary: {
    it: "Un metaindicatore calcolato dagli altri indicatori dell'obiettivo che raggiungono la soglia.",
    en: "A meta-indicator computed from the objective's other indicators that reach the level.",
  },
  messages: {
    it: (p) => `metaindicatore: ${p.ok} indicatori su ${p.of} raggiungono almeno il ${num(p.level, 'it')}%.`,
    en: (p) => `meta-indicator: ${p.ok} of ${p.of} indicators reach at least ${num(p.level, 'en')}%.`,
  },
  example: { ok: 4, of: 5, level: 90 },
  exampleCell: 'E20',
});
