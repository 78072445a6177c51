import { z } from 'zod';
import { explain } from '../i18n/explain';
import { formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { defineRule } from './rule';

const computedText = (p: { computed: number; formula?: string | undefined; raw?: number | undefined }, lang: Lang): string =>
  (p.formula ? explain(p.computed, p.formula, lang, p.raw) : null) ?? formatPercent(p.computed, lang);

export const statedMismatch = defineRule({
  code: 'stated-mismatch',
  group: 'scoring',
  severity: 'warning',
  title: { it: 'Raggiungimento dichiarato diverso', en: 'Stated achievement differs' },
  params: z.object({ stated: z.number(), computed: z.number(), formula: z.string().optional(), rule: z.string().optional(), raw: z.number().optional() }),
  summary: {
    it: 'La percentuale di raggiungimento dichiarata nel foglio differisce da quella calcolata oltre la tolleranza.',
    en: 'The achievement stated in the sheet differs from the computed one beyond the tolerance.',
  },
  messages: {
    it: (p) => `raggiungimento dichiarato ${formatPercent(p.stated, 'it')} diverso da quello calcolato ${computedText(p, 'it')}.`,
    en: (p) => `stated achievement ${formatPercent(p.stated, 'en')} differs from the computed ${computedText(p, 'en')}.`,
  },
  example: { stated: 70, computed: 57.142857, formula: '0.12 / 0.21', rule: 'ratio' },
  exampleCell: 'F14',
  tolerance: { default: 1, min: 0, max: 100, unit: 'points' },
});
