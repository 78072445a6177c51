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
  params: z.object({ name: z.string().min(1), firstRow: z.number().int().min(1) }),
  summary: {
    it: 'Lo stesso indicatore (stesso codice, o stesso nome senza codice) compare due volte nello stesso obiettivo.',
    en: 'The same indicator (same code, or same name without a code) appears twice in the same objective.',
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

/** One finding per row whose indicator (code, else name) already appeared above under the same objective. */
export function checkDuplicateIndicators(rows: readonly IdentifiedRow[]): Issue[] {
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  for (const r of rows) {
    if (r.withdrawn) continue;
    const id = r.code ? `code:${key(r.code)}` : r.name ? `name:${key(r.name)}` : null;
    if (id === null || id.endsWith(':')) continue;
    const k = `${r.objective === null ? '' : key(r.objective)}|${id}`;
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, r.row);
      continue;
    }
    const name = (r.code ?? r.name) as string;
    out.push(issue('duplicate-indicator', 'warning', { cell: r.cell ?? undefined, received: name, params: { name, firstRow: first } }));
  }
  return out;
}
