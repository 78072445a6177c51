import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { DATE_REASONS, type DateReason } from '../result/dates';
import { NARRATIVE_REASONS, type NarrativeReason } from '../result/narrative';
import { defineRule } from './rule';
import { q } from './words';

type Reason = NarrativeReason | DateReason | 'none-found';
const REASONS = [...new Set<Reason>([...NARRATIVE_REASONS, ...DATE_REASONS, 'none-found'])] as [Reason, ...Reason[]];

/** Each reason a narrative reading gives, in each language. */
export const REASON_LABELS: Record<Lang, Record<Reason, string>> = {
  it: {
    'percent-like-target': 'una percentuale come il target', 'ratio-for-percent': 'un rapporto per un target in percentuale',
    'count-for-percent': 'un conteggio per un target in percentuale', 'not-percent': 'non è una percentuale',
    'percent-for-non-percent': 'una percentuale per un target che non lo è', 'same-kind': 'stesso tipo di numero del target',
    'unit-days': 'unità in giorni', 'after-verb': 'dopo un verbo che indica il valore', 'after-colon': 'dopo i due punti',
    total: 'un totale', 'whole-of-part': 'il totale di cui si conta una parte', 'stated-for-year': "riferito all'anno",
    'other-year': 'riferito a un altro anno', 'target-not-result': 'un target, non un risultato', benchmark: 'un valore di confronto',
    secondary: 'un dato secondario', 'document-number': 'il numero di un atto', 'in-parentheses': 'tra parentesi',
    'first-sentence': 'nella prima frase', 'far-from-scale': 'lontano dalla scala del target', 'glued-to-word': 'attaccato a una parola',
    difference: 'una differenza', 'named-like-indicator': "con le parole dell'indicatore", 'ambiguous-notation': 'notazione ambigua',
    ratio: 'un rapporto', 'matches-ratio': 'coerente con il rapporto indicato', 'written-in-words': 'scritto in lettere',
    'completion-verb': 'dopo un verbo di completamento', 'reference-date': 'una data di riferimento', 'none-found': 'nessun caso riscontrato',
    'decimal-without-percent': 'un decimale in un testo senza percentuali', 'unit-time': 'unità di tempo', 'unit-euro': 'unità in euro',
    'labelled-year': "con l'etichetta dell'anno", 'total-line': 'la riga del totale', 'per-part': 'un dato per ciascuna parte',
    'time-limit': 'un limite di tempo', 'counts-indicator-noun': "conta ciò che conta l'indicatore", 'items-listed': 'tanti quanti gli elementi elencati',
    'other-period': 'riferito a un altro periodo', 'extreme-not-average': 'un estremo, non la media', 'average-like-indicator': "la media, come l'indicatore",
    'all-of-them': 'tutti, cioè il 100%', 'level-not-change': 'un livello, non la variazione', 'named-otherwise': "riferito ad altro che all'indicatore",
  },
  en: {
    'percent-like-target': 'a percentage like the target', 'ratio-for-percent': 'a ratio for a percent target',
    'count-for-percent': 'a count for a percent target', 'not-percent': 'not a percentage',
    'percent-for-non-percent': 'a percentage for a non-percent target', 'same-kind': 'same kind of number as the target',
    'unit-days': 'unit in days', 'after-verb': 'after a verb stating the value', 'after-colon': 'after a colon',
    total: 'a total', 'whole-of-part': 'the whole a part is counted against', 'stated-for-year': 'stated for the year',
    'other-year': 'stated for another year', 'target-not-result': 'a target, not a result', benchmark: 'a benchmark',
    secondary: 'a secondary figure', 'document-number': 'a document number', 'in-parentheses': 'inside parentheses',
    'first-sentence': 'first sentence', 'far-from-scale': 'far from the target scale', 'glued-to-word': 'glued to a word',
    difference: 'a difference', 'named-like-indicator': 'named like the indicator', 'ambiguous-notation': 'ambiguous notation',
    ratio: 'a ratio', 'matches-ratio': 'matches the ratio given', 'written-in-words': 'written in words',
    'completion-verb': 'after a verb of completion', 'reference-date': 'a reference date', 'none-found': 'none found',
    'decimal-without-percent': 'a decimal in a text without percentages', 'unit-time': 'unit of time', 'unit-euro': 'unit in euro',
    'labelled-year': 'labelled with the year', 'total-line': 'the total line', 'per-part': 'a figure for each part',
    'time-limit': 'a time limit', 'counts-indicator-noun': 'counts what the indicator counts', 'items-listed': 'as many as the items listed',
    'other-period': 'stated for another period', 'extreme-not-average': 'an extreme, not the average', 'average-like-indicator': 'the average, as the indicator',
    'all-of-them': 'all of them', 'level-not-change': 'a level, not the change', 'named-otherwise': 'named after something else',
  },
};

const because = (reasons: readonly Reason[], lang: Lang): string => (reasons.length > 0 ? ` (${reasons.map((r) => REASON_LABELS[lang][r]).join('; ')})` : '');

export const resultFromNarrative = defineRule({
  code: 'result-from-narrative',
  group: 'results',
  severity: 'info',
  title: { it: 'Risultato letto dal testo', en: 'Result read from the text' },
  params: z.object({ text: z.string().min(1), reasons: z.array(z.enum(REASONS)).default([]) }),
  summary: { it: 'Il risultato è stato letto da un testo descrittivo: verificare che sia il valore giusto.', en: 'The result was read from a narrative: check it is the right figure.' },
  messages: {
    it: (p) => `risultato letto dal testo: ${q(p.text)}${because(p.reasons, 'it')}.`,
    en: (p) => `result read from the text: ${q(p.text)}${because(p.reasons, 'en')}.`,
  },
  example: { text: '167', reasons: ['same-kind', 'after-verb', 'first-sentence'] },
  exampleCell: 'E14',
});
