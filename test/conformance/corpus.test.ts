import * as fs from 'fs';
import * as path from 'path';
import { parseTarget } from '../../src/core/target/parseTarget';
import type { ParsedTarget } from '../../src/core/target/parseTarget';

/**
 * Other institutions' target cells (test/fixtures/corpus, see its README), kept apart from the seed: each with its
 * human reading. A reading is right when every field the human wrote agrees; "unread" when the engine says unknown;
 * wrong otherwise. A wrong reading is worse than an unread one: none is allowed.
 */
interface Reading {
  kind: string;
  value?: number;
  high?: number;
  unit?: string;
  date?: string;
  expected?: boolean;
  measure?: string;
  base?: string;
  baseValue?: number;
  ratio?: [number, number];
  parts?: Array<{ kind: string; value: number }>;
  /** The cell holds text after the value that changes its meaning: a `target-partly-read` finding is expected. */
  partly?: boolean;
}
export interface CorpusRow { id: string; origin: string; text: string; year?: number; reading: Reading }

export const CORPUS_PATH = path.join(__dirname, '..', 'fixtures', 'corpus', 'targets.jsonl');
export const corpusRows = (): CorpusRow[] => fs.readFileSync(CORPUS_PATH, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusRow);

const near = (a: number | null | undefined, b: number): boolean => a !== null && a !== undefined && Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));

/** Which fields of the human reading the engine disagrees with (empty: right). */
export function disagreements(p: ParsedTarget, h: Reading): string[] {
  const t = p.target;
  const out: string[] = [];
  const partly = p.issues.some((i) => i.code === 'target-partly-read');
  if (h.kind === 'unknown') return t.kind === 'unknown' || partly ? [] : ['kind'];
  if (t.kind !== h.kind) out.push('kind');
  if (h.value !== undefined && !near(t.value, h.value)) out.push('value');
  if (h.high !== undefined && !near(t.high, h.high)) out.push('high');
  if (h.unit !== undefined && t.unit !== h.unit) out.push('unit');
  if (h.date !== undefined && t.date !== h.date) out.push('date');
  if (h.expected !== undefined && t.expected !== h.expected) out.push('expected');
  if (h.measure !== undefined && t.change?.measure !== h.measure) out.push('measure');
  if (h.base !== undefined && t.change?.base !== h.base) out.push('base');
  if (h.baseValue !== undefined && !near(t.change?.baseValue, h.baseValue)) out.push('baseValue');
  if (h.ratio && (t.ratio?.numerator !== h.ratio[0] || t.ratio?.denominator !== h.ratio[1])) out.push('ratio');
  if (h.parts && (t.parts?.length !== h.parts.length || h.parts.some((q, i) => t.parts?.[i]?.kind !== q.kind || !near(t.parts?.[i]?.value, q.value)))) out.push('parts');
  if (!h.parts && t.parts) out.push('parts');
  if ((h.partly ?? false) !== partly) out.push('partly');
  return out;
}

const rows = corpusRows();
const outcome = rows.map((r) => {
  const p = parseTarget(r.text, { year: r.year ?? 2024 });
  const diff = disagreements(p, r.reading);
  const verdict = diff.length === 0 ? 'right' : p.target.kind === 'unknown' ? 'unread' : 'wrong';
  return { id: r.id, verdict, diff, got: p.target };
});

describe('corpus of other institutions\' target cells', () => {
  test('covers ministries, INPS/INAIL, universities, regions, ASL and comuni', () => {
    const origins = new Set(rows.map((r) => r.origin));
    for (const o of ['ministero', 'INPS', 'INAIL', 'università', 'regione', 'ASL', 'comune']) expect(origins).toContain(o);
  });
  test('no reading is wrong (an unread cell is better than a wrong one)', () => {
    expect(outcome.filter((o) => o.verdict === 'wrong').map((o) => `${o.id}: ${o.diff.join(', ')}`)).toEqual([]);
  });
  test('reads at least 90% of the cells', () => {
    const right = outcome.filter((o) => o.verdict === 'right').length;
    process.stdout.write(`corpus: ${right} right, ${outcome.filter((o) => o.verdict === 'unread').length} unread, ${outcome.filter((o) => o.verdict === 'wrong').length} wrong of ${rows.length}\n`);
    expect(right / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});
