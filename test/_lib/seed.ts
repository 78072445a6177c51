import * as fs from 'fs';
import * as path from 'path';

/** One row of the seed report (`test/fixtures/seed/indicators.jsonl`, a copy of the project's shared/seed). */
export interface SeedRow {
  id: string;
  objective_code: string;
  objective_title: string;
  indicator: string;
  algorithm: string;
  target_raw: string | null;
  target_2023_raw: string | null;
  target_2023_effective: { comparator: string; value: number | null; unit: string | null; date: string | null } | null;
  result_raw: string | null;
  result_value: number | null;
  result_numerator: number | null;
  result_denominator: number | null;
  result_date: string | null;
  achievement_stated: number | null;
  achievement_override: boolean | null;
  status_in_report: string;
}

export const SEED_PATH = path.join(__dirname, '..', 'fixtures', 'seed', 'indicators.jsonl');

let cached: SeedRow[] | null = null;
/** The 120 seed rows, in report order. */
export function seedRows(): SeedRow[] {
  cached ??= fs.readFileSync(SEED_PATH, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SeedRow);
  return cached;
}

/** A seed row by id; throws when the id is unknown (a broken test, not cell content). */
export function seedRow(id: string): SeedRow {
  const r = seedRows().find((x) => x.id === id);
  if (!r) throw new Error(`no seed row ${id}`);
  return r;
}

/** The rows whose stated achievement is plain arithmetic on a numeric target and result (67 of them). */
export const arithmeticRows = (): SeedRow[] =>
  seedRows().filter((r) => r.achievement_stated !== null && r.achievement_override === false && r.result_value !== null);
