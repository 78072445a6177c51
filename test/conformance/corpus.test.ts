import * as fs from 'fs';
import * as path from 'path';
import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { parseTarget } from '../../src/core/target/parseTarget';
import type { ParsedTarget } from '../../src/core/target/parseTarget';

/**
 * Other institutions' target cells (test/fixtures/corpus, see its README), kept apart from the seed: each with its
 * human reading. A reading is right when every field the human wrote agrees; "unread" when the engine says unknown;
 * wrong otherwise. A wrong reading is worse than an unread one: none is allowed.
 */
interface Reading {
  kind: string;
  /** null: the cell names a value the sheet does not hold in this cell (a reference). */
  value?: number | null;
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
  if (h.value === null) {
    if (t.value !== null) out.push('value');
  } else if (h.value !== undefined && !near(t.value, h.value)) out.push('value');
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

/** Result narratives in other institutions' wording, with the value a controller reads (null: nobody can tell, abstain). */
interface ResultRow { id: string; origin: string; indicator: string; algorithm?: string; target: string; result: string; year?: number; expected?: number | null; expected_date?: string }
const RESULTS_PATH = path.join(__dirname, '..', 'fixtures', 'corpus', 'results.jsonl');
const results = fs.readFileSync(RESULTS_PATH, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ResultRow);
const readings = results.map((r) => {
  const e = evaluateIndicator({ target: r.target, result: r.result, year: r.year ?? 2024, indicator: r.indicator, algorithm: r.algorithm ?? null });
  const v = e.result.value;
  if (r.expected_date !== undefined) {
    const d = e.result.date;
    return { id: r.id, verdict: d === null && v === null ? 'abstained' : d === r.expected_date ? 'right' : 'wrong', got: d ?? v };
  }
  const expected = r.expected ?? null;
  const verdict = v === null ? (expected === null ? 'abstained-right' : 'abstained')
    : expected !== null && Math.abs(v - expected) <= Math.max(0.011, Math.abs(expected) * 0.011) ? 'right' : 'wrong';
  return { id: r.id, verdict, got: v };
});

describe('corpus of other institutions\' result narratives', () => {
  test('no value is read that a controller would not read', () =>
    expect(readings.filter((x) => x.verdict === 'wrong').map((x) => `${x.id}: ${x.got}`)).toEqual([]));
  test('reads at least 85% of the narratives that state their value', () => {
    const stated = results.filter((r) => r.expected !== null).length;
    const right = readings.filter((x) => x.verdict === 'right').length;
    process.stdout.write(`corpus narratives: ${right} right of ${stated} stating a value, ${readings.filter((x) => x.verdict === 'abstained-right').length} of ${results.length - stated} rightly abstained, ${readings.filter((x) => x.verdict === 'wrong').length} wrong\n`);
    expect(right / stated).toBeGreaterThanOrEqual(0.85);
  });
});
