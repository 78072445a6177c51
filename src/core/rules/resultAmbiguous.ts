import { z } from 'zod';
import { defineRule } from './rule';
import { num } from './words';

export const resultAmbiguous = defineRule({
  code: 'result-ambiguous',
  group: 'results',
  severity: 'warning',
  title: { it: 'Risultato ambiguo', en: 'Ambiguous result' },
  params: z.discriminatedUnion('kind', [
    /** Several figures in a narrative, none clearly the result. */
    z.object({ kind: z.literal('several'), candidates: z.string().min(1) }),
    /** A plain fraction (0,87) against a percent target (≥ 90%): read as a percentage. */
    z.object({ kind: z.literal('fraction'), value: z.number() }),
  ]),
  summary: { it: 'Il risultato si presta a più letture: più valori nel testo, o una frazione letta come percentuale.', en: 'The result can be read in more than one way: several figures in the text, or a fraction read as a percentage.' },
  messages: {
    it: (p) => p.kind === 'fraction'
      ? `il risultato ${num(p.value, 'it', 4)} sembra una frazione: letto come ${num(p.value * 100, 'it', 2)}%.`
      : `il testo del risultato contiene più valori (${p.candidates}): non è chiaro quale sia il risultato; indicarlo in forma numerica.`,
    en: (p) => p.kind === 'fraction'
      ? `the result ${num(p.value, 'en', 4)} looks like a fraction: read as ${num(p.value * 100, 'en', 2)}%.`
      : `the result text holds several values (${p.candidates}): it is not clear which is the result; enter it as a number.`,
  },
  example: { kind: 'several', candidates: '167; 12; 45%' },
  exampleCell: 'E14',
});
