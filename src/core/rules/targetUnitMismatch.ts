import { z } from 'zod';
import { defineRule } from './rule';
import { UNIT_LABELS, UNITS } from './words';

export const targetUnitMismatch = defineRule({
  code: 'target-unit-mismatch',
  group: 'targets',
  severity: 'warning',
  title: { it: 'Unità diversa dal target', en: 'Unit differs from the target' },
  params: z.object({ resultUnit: z.enum(UNITS), targetUnit: z.enum(UNITS) }),
  summary: { it: "L'unità del risultato è diversa da quella del target.", en: "The result's unit differs from the target's." },
  messages: {
    it: (p) => `unità del risultato (${UNIT_LABELS.it[p.resultUnit]}) diversa da quella del target (${UNIT_LABELS.it[p.targetUnit]}).`,
    en: (p) => `the result's unit (${UNIT_LABELS.en[p.resultUnit]}) differs from the target's (${UNIT_LABELS.en[p.targetUnit]}).`,
  },
  example: { resultUnit: 'days', targetUnit: 'percent' },
  exampleCell: 'E14',
});
