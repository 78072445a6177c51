import type { TargetKind, Unit } from './target.types';

/** Comparator phrases (folded: lower case, no accents), longest first so "maggiore o uguale a" beats "maggiore". */
const COMPARATOR_LIST: Array<[string, TargetKind]> = [
  ['>=', 'at-least'], ['<=', 'at-most'], ['==', 'equal'], ['>', 'above'], ['<', 'below'], ['=', 'equal'],
  // bare phrases: the article or preposition after them ("ai", "all'", "del") is taken by the reader
  ['non superiore', 'at-most'], ['non inferiore', 'at-least'], ['superiore', 'above'], ['inferiore', 'below'],
  ['maggiore o uguale', 'at-least'], ['minore o uguale', 'at-most'], ['superiore o uguale', 'at-least'], ['inferiore o uguale', 'at-most'],
  ['maggiore', 'above'], ['minore', 'below'], ['uguale', 'equal'],
  ['pari o superiore', 'at-least'], ['uguale o superiore', 'at-least'], ['pari o maggiore', 'at-least'], ['uguale o maggiore', 'at-least'],
  ['pari o inferiore', 'at-most'], ['uguale o inferiore', 'at-most'], ['pari o minore', 'at-most'], ['uguale o minore', 'at-most'],
  ['non meno', 'at-least'], ['non piu', 'at-most'], ['equal to or greater than', 'at-least'], ['equal to or less than', 'at-most'],
  ['greater than or equal to', 'at-least'], ['less than or equal to', 'at-most'],
  ['maggiore o uguale al', 'at-least'], ['maggiore o uguale a', 'at-least'], ['maggiore o pari a', 'at-least'],
  ['superiore o uguale al', 'at-least'], ['superiore o uguale a', 'at-least'],
  ['non inferiore al', 'at-least'], ['non inferiore a', 'at-least'], ['non meno di', 'at-least'],
  ['almeno pari al', 'at-least'], ['almeno pari a', 'at-least'], ['almeno il', 'at-least'], ['almeno', 'at-least'],
  ['minimo', 'at-least'], ['min.', 'at-least'], ['min', 'at-least'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'], ['minimum', 'at-least'],
  ['maggiore del', 'above'], ['maggiore di', 'above'], ['superiore al', 'above'], ['superiore a', 'above'],
  ['piu del', 'above'], ['piu di', 'above'], ['oltre il', 'above'], ['oltre', 'above'],
  ['more than', 'above'], ['greater than', 'above'], ['higher than', 'above'], ['above', 'above'], ['over', 'above'],
  ['minore o uguale al', 'at-most'], ['minore o uguale a', 'at-most'], ['inferiore o uguale al', 'at-most'],
  ['inferiore o uguale a', 'at-most'], ['non superiore al', 'at-most'], ['non superiore a', 'at-most'],
  ['non oltre il', 'at-most'], ['non oltre', 'at-most'], ['al massimo', 'at-most'], ['massimo', 'at-most'],
  ['max.', 'at-most'], ['max', 'at-most'], ['fino al', 'at-most'], ['fino a', 'at-most'], ['entro i', 'at-most'], ['entro', 'at-most'],
  ['at most', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'], ['up to', 'at-most'],
  ['maximum', 'at-most'], ['within', 'at-most'],
  ['al di sotto del', 'below'], ['al di sotto dei', 'below'], ['al di sotto di', 'below'], ['sotto il', 'below'], ['sotto al', 'below'], ['sotto del', 'below'], ['sotto i', 'below'], ['sotto', 'below'],
  ['al di sopra del', 'above'], ['al di sopra dei', 'above'], ['al di sopra di', 'above'], ['sopra il', 'above'], ['sopra al', 'above'], ['sopra del', 'above'], ['sopra i', 'above'], ['sopra', 'above'],
  ['minore del', 'below'], ['minore di', 'below'], ['inferiore al', 'below'], ['inferiore a', 'below'],
  ['meno del', 'below'], ['meno di', 'below'], ['less than', 'below'], ['lower than', 'below'], ['below', 'below'], ['under', 'below'],
  ['pari al', 'equal'], ['pari a', 'equal'], ['uguale al', 'equal'], ['uguale a', 'equal'], ['equal to', 'equal'], ['exactly', 'equal'],
];
export const COMPARATORS = COMPARATOR_LIST.sort((a, b) => b[0].length - a[0].length);

/** Canonical symbol of a comparator kind, for messages and provenance. */
export const KIND_SYMBOL: Partial<Record<TargetKind, string>> = {
  'at-least': '>=', above: '>', 'at-most': '<=', below: '<', equal: '=',
};

/** Units written after (or before) a value. */
export const UNIT_WORDS: Array<[RegExp, Unit]> = [
  [/^(?:%|per ?cento|percento|percent\b)/, 'percent'],
  [/^(?:punti percentuali|punti|p\.\s?p\.|pp\b|percentage points?\b|points?\b)/, 'percent'],
  [/^(?:gg\.?\s?lavorativi|giorni lavorativi|gg\.?|giorni|giorno|gg\b|working days|days?\b|dd\b)/, 'days'],
  [/^(?:ore|ora|hours?\b|h\b)/, 'hours'],
  [/^(?:minuti|minuto|min\.?(?![a-z])|minutes?\b)/, 'minutes'],
  [/^(?:€|euro\b|eur\b)/, 'euro'],
  [/^(?:n\.|nr\.?|num\.|numero\b)/, 'count'],
];

/** Words for "zero" targets and results. */
export const ZERO_WORDS = /^(?:zero|nessun[oa]?|nessun caso|none|nil|nulla)$/;
/** Yes / no words and their meaning. */
export const YES_WORDS = /^(?:si|yes|on|true|vero|fatto|realizzat[oa]|completat[oa]|attivat[oa]|ok|x)$/;
export const NO_WORDS = /^(?:no|off|false|falso|non realizzat[oa]|non fatto)$/;

/** A withdrawn target or indicator ("cassato in sede di monitoraggio", "soppresso"). */
export const WITHDRAWN = /\b(?:cassat[oa]|soppress[oa]|stralciat[oa]|annullat[oa]|eliminat[oa]|withdrawn|cancell?ed|removed|dropped)\b/;

/** Values the sheet cannot supply ("≤ dato medio nazionale"); `previous` ones resolve to a baseline when given. */
export const REFERENCE_PREVIOUS = /\b(?:mantenimento|mantenere|conferma|maintain|keep|anno precedente|anno n-1|dato (?:del )?(?:20\d\d|anno precedente)|valore (?:del )?(?:20\d\d|anno precedente)|previous year|last year|prior year|baseline|valore di partenza|valore iniziale)\b/;
export const REFERENCE_ANY = /\b(?:media|medio|mediana|dato medio|valore medio|benchmark|nazional[ei]|regional[ei]|cluster|sistema camerale|average|median|national|regional|anno precedente|anno n-1|previous year|last year|prior year|baseline|valore di partenza|valore iniziale|target|obiettivo)\b/;

/** A revision written in words: the keyword, then "in" / "a" / ":" / "pari a" / "to", then the new target. */
export const REVISION =
  /\b(ridefinit[oa]|modificat[oa]|rivist[oa]|aggiornat[oa]|rimodulat[oa]|riformulat[oa]|innalzat[oa]|ridott[oa]|abbassat[oa]|elevat[oa]|portat[oa]|sostituit[oa]|variat[oa]|nuovo target|nuovo valore|revised|changed|updated|raised|lowered|new target)\b([^0-9<>=+\-]*?)(?:\bin\b|\ba\b|\bal\b|\bcon\b|:|\bpari a\b|\bto\b|\bis\b|\bof\b)\s*(?=[<>=+\-\d€]|zero\b|entro\b|almeno\b|maggiore\b|minore\b|non\b|at\b)/;

/** A revision only considered, not made ("si valuterà se fattibile innalzamento a 70%"). */
export const POSSIBLE_REVISION = /\b(?:si valutera|valutare|eventuale|eventualmente|innalzamento|abbassamento|riduzione|revisione|potra|possibile|proposta|proposto|may be|might|possible|proposed)\b/;

/** The direction "lower is better" written in an algorithm or indicator name. */
export const LOWER_IS_BETTER =
  /\b(?:tempo medio|tempi medi|tempi di|tempo di|durata|ritardo|giorni medi|n\. giorni|numero (?:medio )?(?:di )?giorni|gg medi|attesa|reclami|errori|non conformita|contenziosi|data breach|violazioni|incidenti|infortuni|assenze|tasso di assenza|costo|costi|spesa|spese|oneri|arretrat[oi]|giacenz[ae]|scostamento|lead time|waiting|delay|complaints|errors|incidents|cost)\b/;
