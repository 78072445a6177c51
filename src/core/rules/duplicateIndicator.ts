import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import { foldKeepLength } from '../target/readValue';
import { defineRule } from './rule';
import { q } from './words';

export const duplicateIndicator = defineRule({
  code: 'duplicate-indicator',
  group: 'checks',
  severity: 'warning',
  title: { it: 'Indicatore duplicato', en: 'Duplicate indicator' },
  params: z.object({ name: z.string().min(1), firstRow: z.number().int().min(1) }),
  summary: {
    it: "Lo stesso indicatore compare due volte: stesso codice strutturato (A01.01-1) nel foglio, o stesso numero o nome nell'obiettivo.",
    en: 'The same indicator appears twice: the same structured code (A01.01-1) in the sheet, or the same number or name in an objective.',
  },
  messages: {
    it: (p) => `indicatore ${q(p.name)} ripetuto: compare già alla riga ${p.firstRow}.`,
    en: (p) => `indicator ${q(p.name)} is repeated: it already appears on row ${p.firstRow}.`,
  },
  example: { name: 'Tempo medio di evasione delle pratiche', firstRow: 12 },
  exampleCell: 'C15',
});

export interface IdentifiedRow {
  row: number;
  objective: string | null;
  code: string | null;
  name: string | null;
  /** A1 address of the code cell (or the indicator cell when no code). */
  cell: string | null;
  /** Withdrawn indicators are replaced, not repeated: they are skipped. */
  withdrawn: boolean;
}

const key = (s: string): string => foldKeepLength(s).replace(/[^a-z0-9%]+/g, ' ').trim();

/** One finding per row whose indicator already appeared above: its structured code anywhere, its number or name under the same objective. */
export function checkDuplicateIndicators(rows: readonly IdentifiedRow[]): Issue[] {
  const seen = new Map<string, { row: number; cell: string | null }>();
  const out: Issue[] = [];
  for (const r of rows) {
    if (r.withdrawn) continue;
    const id = r.code ? `code:${key(r.code)}` : r.name ? `name:${key(r.name)}` : null;
    if (id === null || id.endsWith(':')) continue;
    // A structured code ("A01.01-1", "OB2.3") names one indicator in the whole sheet; a bare number ("1") only within its objective.
    const global = r.code !== null && /[a-z]/i.test(r.code) && /\d/.test(r.code);
    const k = `${global || r.objective === null ? '' : key(r.objective)}|${id}`;
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, { row: r.row, cell: r.cell });
      continue;
    }
    // One merged code or name cell spread over the rows of one indicator is not a repetition.
    if (r.cell !== null && r.cell === first.cell) continue;
    const name = (r.code ?? r.name) as string;
    out.push(issue('duplicate-indicator', 'warning', { cell: r.cell ?? undefined, received: name, params: { name, firstRow: first.row } }));
  }
  return out;
}
