/**
 * `npm run bench:core`: rows per second of the core engine (parse target, read result, score) over 100,000 real
 * target/result pairs from the seed report: half with the result as a number, half with the result narrative.
 * Prints figures; never fails on timing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateIndicator } from '../src/core/scoring/evaluate';
import type { IndicatorInput } from '../src/core/scoring/evaluate';

interface Row { target_raw: string | null; result_raw: string | null; result_value: number | null; algorithm: string; indicator: string; achievement_stated: number | null }
const rows = fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'seed', 'indicators.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

const N = 100_000;
const inputs = (mode: 'value' | 'narrative' | 'mixed'): IndicatorInput[] => {
  const out: IndicatorInput[] = [];
  for (let i = 0; i < N; i++) {
    const r = rows[i % rows.length] as Row;
    const narrative = mode === 'narrative' || (mode === 'mixed' && i % 2 === 1);
    out.push({ target: r.target_raw, result: narrative ? r.result_raw : r.result_value, year: 2023, algorithm: r.algorithm, indicator: r.indicator, stated: r.achievement_stated });
  }
  return out;
};

function run(label: string, list: IndicatorInput[]): void {
  for (let i = 0; i < 2000; i++) evaluateIndicator(list[i % list.length] as IndicatorInput); // warm-up
  const t0 = process.hrtime.bigint();
  let met = 0;
  for (const input of list) if (evaluateIndicator(input).status === 'met') met++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`${label.padEnd(28)} ${String(list.length).padStart(7)} rows  ${ms.toFixed(0).padStart(6)} ms  ${Math.round((list.length / ms) * 1000).toLocaleString('en-US').padStart(9)} rows/s  (met: ${met})\n`);
}

process.stdout.write(`bench:core on ${process.version}, ${require('os').cpus().length} cores\n`);
run('result as number', inputs('value'));
run('result as narrative', inputs('narrative'));
run('mixed (half and half)', inputs('mixed'));
