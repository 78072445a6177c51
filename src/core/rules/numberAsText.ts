import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import type { GridCell } from '../layout/grid.types';
import type { Role } from '../layout/roles';
import { defineRule } from './rule';
import { q, ROLE_LABELS, ROLES } from './words';

export const numberAsText = defineRule({
  code: 'number-as-text',
  group: 'checks',
  severity: 'info',
  title: { it: 'Numero scritto come testo', en: 'Number stored as text' },
  params: z.object({ text: z.string().min(1), role: z.enum(ROLES) }),
  summary: {
    it: 'Un target o un risultato che è un numero salvato come testo ("0,85"): Excel non lo somma né lo usa nelle formule.',
    en: 'A target or result that is a number stored as text ("0,85"): Excel neither sums it nor uses it in formulas.',
  },
  messages: {
    it: (p) => `la cella "${ROLE_LABELS.it[p.role]}" contiene il numero ${q(p.text)} salvato come testo: convertirlo in numero.`,
    en: (p) => `the "${ROLE_LABELS.en[p.role]}" cell holds the number ${q(p.text)} stored as text: convert it to a number.`,
  },
  example: { text: '0,85', role: 'result' },
  exampleCell: 'E14',
});

/** A plain number written as text: digits with separators and a sign; a trailing percent sign where `percent`. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:[.,' ]\d{3})+|\d+)(?:[.,]\d+)?$/;
const PLAIN_PERCENT = /^[+-]?(?:\d{1,3}(?:[.,' ]\d{3})+|\d+)(?:[.,]\d+)?\s*%$/;
/** Targets are often text by design ("≥ 90%"): only a bare number there is a number stored as text. */
const CHECKED: ReadonlyArray<[Role, boolean]> = [['target', false], ['result', true], ['stated', true]];

/** True when a cell's value is text holding nothing but a number ("0,85", "1.234"; "85%" when `percent`). */
export function isNumberAsText(cell: GridCell | undefined, percent = true): boolean {
  if (!cell || typeof cell.value !== 'string') return false;
  const s = cell.value.trim();
  return PLAIN_NUMBER.test(s) || (percent && PLAIN_PERCENT.test(s));
}

/** One finding per target, result or stated cell of a row that holds a number stored as text. */
export function checkNumbersAsText(cells: Partial<Record<Role, { address: string; cell: GridCell }>>): Issue[] {
  const out: Issue[] = [];
  for (const [role, percent] of CHECKED) {
    const c = cells[role];
    if (c && isNumberAsText(c.cell, percent)) out.push(issue('number-as-text', 'info', { cell: c.address, received: String(c.cell.value), params: { text: String(c.cell.value).trim(), role } }));
  }
  return out;
}
