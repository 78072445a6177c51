import { z } from 'zod';
import { defineRule } from './rule';
import { num } from './words';

export const belowThreshold = defineRule({
  code: 'below-threshold',
  group: 'scoring',
  severity: 'info',
  title: { it: 'Sotto la soglia minima', en: 'Below the minimum threshold' },
  params: z.object({ threshold: z.number() }),
  summary: { it: 'Raggiungimento sotto la soglia minima della politica: azzerato.', en: "Achievement below the policy's minimum threshold: set to 0." },
  messages: {
    it: (p) => `sotto la soglia minima del ${num(p.threshold, 'it')}%: raggiungimento azzerato.`,
    en: (p) => `below the minimum threshold of ${num(p.threshold, 'en')}%: achievement set to 0.`,
  },
  example: { threshold: 50 },
  exampleCell: 'E14',
});
