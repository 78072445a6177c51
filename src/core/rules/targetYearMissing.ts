import { z } from 'zod';
import { defineRule } from './rule';

export const targetYearMissing = defineRule({
  code: 'target-year-missing',
  group: 'targets',
  severity: 'error',
  title: { it: 'Target dell’anno assente', en: 'No target for the year' },
  params: z.object({ year: z.number().int(), years: z.string().min(1) }),
  summary: { it: "Una cella con target di più anni non ha quello dell'anno di riferimento.", en: 'A multi-year target cell has no target for the reference year.' },
  messages: {
    it: (p) => `target ${p.year} non trovato: la cella contiene solo ${p.years}.`,
    en: (p) => `no ${p.year} target: the cell only holds ${p.years}.`,
  },
  example: { year: 2023, years: '2022, 2024' },
  exampleCell: 'D14',
});
