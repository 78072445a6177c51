import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import { defineRule } from './rule';
import { num } from './words';

export const weightsSum = defineRule({
  code: 'weights-sum',
  group: 'checks',
  severity: 'warning',
  title: { it: 'Pesi che non sommano a 100', en: 'Weights not adding up to 100' },
  params: z.object({ objective: z.string().min(1), sum: z.number() }),
  summary: {
    it: "I pesi degli indicatori di un obiettivo non sommano a 100% (o a 1).",
    en: "The weights of an objective's indicators do not add up to 100% (or 1).",
  },
  messages: {
    it: (p) => `i pesi degli indicatori dell'obiettivo ${p.objective} sommano a ${num(p.sum, 'it', 4)} invece di 100% (o 1).`,
    en: (p) => `the weights of objective ${p.objective}'s indicators add up to ${num(p.sum, 'en', 4)} instead of 100% (or 1).`,
  },
  example: { objective: 'A01.01', sum: 90 },
  exampleCell: 'G12',
  tolerance: { default: 0.5, min: 0, max: 100, unit: 'points' },
});

export interface WeightedRow {
  /** The objective the row rolls up to ("A01.01", or its title); null when none. */
  objective: string | null;
  weight: number | null;
  /** A1 address of the weight cell. */
  cell: string | null;
}

/**
 * Per objective whose indicators all carry a weight: the weights must add up to 100 (percent) or 1 (fractions),
 * within `tolerance` points. One finding per objective, at its first weight cell. When no row has an objective,
 * the sheet (named `sheet`) is the one whole its weights divide.
 */
export function checkWeightsSum(rows: readonly WeightedRow[], tolerance: number, sheet: string | null = null): Issue[] {
  const groups = new Map<string, WeightedRow[]>();
  // A sheet without objectives weighs its indicators as one whole.
  const whole = sheet !== null && rows.length > 0 && rows.every((r) => r.objective === null);
  for (const r of rows) {
    const objective = whole ? sheet : r.objective;
    if (objective === null) continue;
    const g = groups.get(objective) ?? [];
    g.push(r);
    groups.set(objective, g);
  }
  const out: Issue[] = [];
  for (const [objective, g] of groups) {
    if (g.some((r) => r.weight === null)) continue;
    const sum = g.reduce((s, r) => s + (r.weight as number), 0);
    if (Math.abs(sum - 100) <= tolerance || Math.abs(sum - 1) <= tolerance / 100) continue;
    const cell = g[0]?.cell ?? undefined;
    out.push(issue('weights-sum', 'warning', { cell, received: String(sum), params: { objective, sum: Math.round(sum * 1e6) / 1e6 } }));
  }
  return out;
}
