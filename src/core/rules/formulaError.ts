import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import type { GridCell } from '../layout/grid.types';
import type { Role } from '../layout/roles';
import { defineRule } from './rule';
import { ROLE_LABELS, ROLES } from './words';

/** Excel's error values, as Office.js and ExcelJS hand them over (text such as "#DIV/0!", or `{ error: '#N/A' }`), and as an Italian Excel displays them. */
export const EXCEL_ERRORS = [
  '#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!',
  '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#EXTERNAL!',
  // as an Italian Excel shows them (the displayed text, and values typed over from one)
  '#N/D', '#VALORE!', '#RIF!', '#NOME?', '#NULLO!', '#ESPANSIONE!', '#CAMPO!', '#BLOCCATO!', '#CONNETTI!', '#OCCUPATO!', '#SCONOSCIUTO!',
] as const;
const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERRORS);

export const formulaError = defineRule({
  code: 'formula-error',
  group: 'checks',
  severity: 'error',
  title: { it: 'Errore di formula', en: 'Formula error' },
  params: z.object({ error: z.string().regex(/^#/), role: z.enum(ROLES) }),
  summary: {
    it: 'Una cella di ingresso (target, risultato, peso…) contiene un errore di Excel (#DIV/0!, #N/D, #VALORE!…).',
    en: 'An input cell (target, result, weight…) holds an Excel error (#DIV/0!, #N/A, #VALUE!…).',
  },
  messages: {
    it: (p) => `la cella "${ROLE_LABELS.it[p.role]}" contiene l'errore di Excel ${p.error}: correggere la formula.`,
    en: (p) => `the "${ROLE_LABELS.en[p.role]}" cell holds the Excel error ${p.error}: fix the formula.`,
  },
  example: { error: '#DIV/0!', role: 'result' },
  exampleCell: 'E14',
});

/** The Excel error a cell holds ("#DIV/0!"), from its value or its displayed text; null for any other cell. */
export function excelError(cell: GridCell | undefined): string | null {
  if (!cell) return null;
  const v: unknown = cell.value;
  if (typeof v === 'object' && v !== null && 'error' in v) return String((v as { error: unknown }).error);
  const s = (typeof v === 'string' ? v : v === null ? cell.text : '').trim().toUpperCase();
  return ERROR_SET.has(s) ? s : null;
}

/** Input roles whose cells feed a computation. */
export const INPUT_ROLES: readonly Role[] = ['target', 'result', 'stated', 'weight', 'numerator', 'denominator', 'baseline'];

/** One finding per input cell of a row that holds an Excel error. */
export function checkFormulaErrors(cells: Partial<Record<Role, { address: string; cell: GridCell }>>): Issue[] {
  const out: Issue[] = [];
  for (const role of INPUT_ROLES) {
    const c = cells[role];
    const error = excelError(c?.cell);
    if (c && error) out.push(issue('formula-error', 'error', { cell: c.address, received: error, params: { error, role } }));
  }
  return out;
}
