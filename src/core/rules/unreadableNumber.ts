import { z } from 'zod';
import type { Issue } from '../issues';
import type { GridCell } from '../layout/grid.types';
import type { Role } from '../layout/roles';
import type { NumberLocale } from '../number/locale';
import { cellNumber } from '../number/cellNumber';
import { issue } from './finding';
import { defineRule } from './rule';
import { q, ROLE_LABELS, ROLES } from './words';

export const unreadableNumber = defineRule({
  code: 'unreadable-number',
  group: 'numbers',
  severity: 'warning',
  title: { it: 'Numero illeggibile', en: 'Unreadable number' },
  /** `role`: the column that should hold a plain number (numerator, denominator, previous year's value). */
  params: z.object({ text: z.string().min(1), role: z.enum(ROLES).optional() }),
  summary: { it: 'Un valore che doveva essere un numero e non lo è.', en: 'A value that should be a number and is not.' },
  messages: {
    it: (p) => `${q(p.text)}${p.role ? ` nella colonna "${ROLE_LABELS.it[p.role]}"` : ''} non è un numero leggibile; atteso un numero.`,
    en: (p) => `${q(p.text)}${p.role ? ` in the "${ROLE_LABELS.en[p.role]}" column` : ''} is not a readable number; expected a number.`,
  },
  example: { text: 'circa trenta', role: 'denominator' },
  exampleCell: 'E7',
});

/** Words that say a value is not there ("n.d.", "-"): an absent value, not an unreadable one. */
const ABSENT = /^(?:n\.?\s?d\.?|n\/d|n\.?\s?a\.?|n\/a|-+|–|—|\/|\?|non disponibile|non rilevat[oa])$/i;

/**
 * The finding for a cell of a column that holds plain numbers (numerator, denominator, the previous year's value)
 * when it holds text that reads as no number ("circa trenta", "12 e mezzo"); none for an empty cell, a number, a
 * "not available" word or an Excel error (formula-error says that).
 * @example unreadableNumberAt({ value: 'circa trenta', text: 'circa trenta', format: 'General' }, 'G7', 'baseline', 'it')?.params
 * //=> { text: 'circa trenta', role: 'baseline' }
 */
export function unreadableNumberAt(cell: GridCell | undefined, address: string, role: Role, locale: NumberLocale): Issue | null {
  if (!cell || typeof cell.value !== 'string') return null;
  const text = cell.value.trim();
  if (text === '' || text.startsWith('#') || ABSENT.test(text) || cellNumber(text, locale, cell.format) !== null) return null;
  return issue('unreadable-number', 'warning', { cell: address, received: text, expected: 'a number', params: { text, role } });
}
