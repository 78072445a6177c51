import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import type { ResultValue } from '../result/result.types';
import type { Target } from '../target/target.types';
import { foldKeepLength } from '../target/readValue';
import { defineRule } from './rule';
import { num } from './words';

export const shareOver100 = defineRule({
  code: 'share-over-100',
  group: 'checks',
  severity: 'warning',
  title: { it: 'Quota oltre il 100%', en: 'Share above 100%' },
  params: z.object({ value: z.number() }),
  summary: {
    it: 'Un risultato in percentuale oltre il 100% per un indicatore che è una parte di un totale ("n. X / n. totale", "percentuale di …").',
    en: 'A percentage result above 100% for an indicator that is a part of a whole ("no. X / total no.", "share of …").',
  },
  messages: {
    it: (p) => `risultato ${num(p.value, 'it', 1)}% oltre il 100%, ma l'indicatore è una quota di un totale: verificare numeratore e denominatore.`,
    en: (p) => `result ${num(p.value, 'en', 1)}% above 100%, but the indicator is a share of a whole: check numerator and denominator.`,
  },
  example: { value: 112.5 },
  exampleCell: 'E14',
  tolerance: { default: 0.5, min: 0, max: 100, unit: 'points' },
});

/** Words of a part of a whole: "n. pratiche evase / n. totale pratiche", "percentuale di imprese", "quota di". */
const PART_OF_WHOLE = [
  /(?:^|[^a-z])(?:n\.|n°|nr\.?|numero)\s*(?:di\s+)?[a-z][^/]{0,80}\/\s*(?:n\.|n°|nr\.?|numero)\s*(?:di\s+|totale\s+)?[a-z]/,
  /\/\s*(?:n\.?\s*)?(?:totale|complessiv|tot\b)/,
  /\b(?:percentuale|quota|incidenza|share|percentage|proportion)\s+(?:di|dei|degli|delle|del|della|dell'|of)\b/,
  /\b(?:grado|tasso|livello|indice) di (?:copertura|adesione|partecipazione|utilizzo|completamento|evasione|realizzazione|risposta|riscossione|attuazione|digitalizzazione)\b/,
  /%\s*(?:di|dei|degli|delle|del|della|of)\b/,
  /(?:^|\s)%\s*[a-z]{4,}/,
  /\bsul (?:totale|complesso)\b|\bout of\b|\bon the total\b/,
];
/** A change, a comparison or an index can exceed 100%: "incremento", "variazione", "rispetto al 2022", "indice di struttura". */
const NOT_A_SHARE = /(?:\bindic[ei]\b(?! di (?:copertura|adesione|partecipazione|utilizzo|completamento|evasione|realizzazione|risposta|riscossione|attuazione|digitalizzazione))|increment|aument|crescit|variazion|scostament|differenz|rispetto|confronto|rapporto tra|growth|increase|change|versus|\bvs\b)/;

/** True when the indicator's name or algorithm describes a part of a whole. */
export function isShareOfWhole(text: string): boolean {
  const f = foldKeepLength(text);
  return !NOT_A_SHARE.test(f) && PART_OF_WHOLE.some((re) => re.test(f));
}

/**
 * A percentage result above 100% (beyond `tolerance` points) on a part-of-a-whole indicator; a plain result
 * against a fraction target (≥ 0,9) is read as a fraction of 1.
 */
export function checkShareOver100(result: ResultValue, describedAs: string, cell: string | undefined, tolerance: number, target: Target | null = null): Issue[] {
  if (result.value === null) return [];
  const fraction = result.unit === null && target !== null && target.unit === null && target.value !== null && target.value > 0 && target.value <= 1;
  const percent = result.unit === 'percent' ? result.value : fraction ? result.value * 100 : null;
  if (percent === null || percent <= 100 + tolerance) return [];
  if (!isShareOfWhole(describedAs)) return [];
  return [issue('share-over-100', 'warning', { cell, params: { value: percent } })];
}
