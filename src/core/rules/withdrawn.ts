import { z } from 'zod';
import { defineRule } from './rule';

export const withdrawn = defineRule({
  code: 'withdrawn',
  group: 'targets',
  severity: 'info',
  title: { it: 'Indicatore soppresso', en: 'Withdrawn indicator' },
  params: z.object({}),
  summary: { it: 'Indicatore cassato o soppresso: escluso dal calcolo e dalla copertura.', en: 'Withdrawn indicator: left out of the computation and the coverage.' },
  messages: {
    it: () => 'indicatore cassato o soppresso: escluso dal calcolo.',
    en: () => 'indicator withdrawn: left out of the computation.',
  },
  example: {},
  exampleCell: 'D14',
});
