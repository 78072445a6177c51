import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import { a1, cellAt, columnIndex, type Grid } from '../layout/grid.types';
import type { ColumnMapping } from '../layout/mapping';
import { defineRule } from './rule';
import { q } from './words';

export const resultYearMismatch = defineRule({
  code: 'result-year-mismatch',
  group: 'checks',
  severity: 'warning',
  title: { it: 'Risultato di un altro anno', en: 'Result for another year' },
  params: z.object({ header: z.string().min(1), found: z.number().int(), year: z.number().int() }),
  summary: {
    it: "L'intestazione della colonna dei risultati indica un anno diverso da quello di riferimento.",
    en: 'The result column header names another year than the reference year.',
  },
  messages: {
    it: (p) => `la colonna dei risultati ${q(p.header)} è del ${p.found}, ma l'anno di riferimento è il ${p.year}.`,
    en: (p) => `the result column ${q(p.header)} is for ${p.found}, but the reference year is ${p.year}.`,
  },
  example: { header: 'Risultato 2022', found: 2022, year: 2023 },
  exampleCell: 'E3',
});

const YEARS = /\b(?:19|20)\d{2}\b/g;

/**
 * The result column's header (its header row, else the cell above for two-row headers) names years and none is
 * the reference year: the column holds another year's results.
 */
export function checkResultYear(grid: Grid, mapping: ColumnMapping): Issue[] {
  const letters = mapping.columns.result;
  if (!letters) return [];
  const c = columnIndex(letters) - grid.origin.col;
  const headerRow = mapping.headerRow - 1 - grid.origin.row;
  for (const r of [headerRow, headerRow - 1]) {
    if (r < 0 || c < 0) continue;
    const cell = cellAt(grid, r, c);
    const header = (typeof cell.value === 'string' ? cell.value : cell.text).replace(/\s+/g, ' ').trim();
    const years = (header.match(YEARS) ?? []).map(Number);
    if (years.length === 0) continue;
    if (years.includes(mapping.year)) return [];
    const found = years[years.length - 1] as number;
    return [issue('result-year-mismatch', 'warning', { cell: a1(grid, r, c), expected: String(mapping.year), received: header, params: { header, found, year: mapping.year } })];
  }
  return [];
}
