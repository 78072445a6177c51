/**
 * `npm run bench:core`: rows per second of the core engine (parse target, read result, score) over 100,000 real
 * target/result pairs from the seed report: with the result as a number, with the result narrative, and mixed; beside
 * the floor of a bare JSON read/write of the same seed lines (JSON.parse then JSON.stringify of each line).
 * Narratives should stay within 4× that floor (issue 13). Prints figures; never fails on timing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateIndicator } from '../src/core/scoring/evaluate';
import type { IndicatorInput } from '../src/core/scoring/evaluate';
import { parseTarget } from '../src/core/target/parseTarget';
import { parseResult } from '../src/core/result/parseResult';

interface Row { target_raw: string | null; result_raw: string | null; result_value: number | null; algorithm: string; indicator: string; achievement_stated: number | null }
const lines = fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'seed', 'indicators.jsonl'), 'utf8').trim().split('\n');
const rows = lines.map((l) => JSON.parse(l) as Row);

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

const line = (label: string, n: number, ms: number, extra: string): void => {
  process.stdout.write(`${label.padEnd(28)} ${String(n).padStart(7)} rows  ${ms.toFixed(0).padStart(6)} ms  ${Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(9)} rows/s  ${extra}\n`);
};

function run(label: string, list: IndicatorInput[], floorMs: number): number {
  for (let i = 0; i < 2000; i++) evaluateIndicator(list[i % list.length] as IndicatorInput); // warm-up
  const t0 = process.hrtime.bigint();
  let met = 0;
  for (const input of list) if (evaluateIndicator(input).status === 'met') met++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  line(label, list.length, ms, `(met: ${met}; ${(ms / floorMs).toFixed(1)}× the JSON floor)`);
  return ms;
}

/** The floor: read and write each seed line as JSON, N times, no engine. */
function floor(): number {
  let bytes = 0;
  for (let i = 0; i < 2000; i++) bytes += JSON.stringify(JSON.parse(lines[i % lines.length] as string)).length; // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) bytes += JSON.stringify(JSON.parse(lines[i % lines.length] as string)).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  line('JSON read/write (floor)', N, ms, `(${(bytes / 1e6).toFixed(0)} MB written)`);
  return ms;
}

process.stdout.write(`bench:core on ${process.version}, ${os.cpus().length} cores\n`);
const floorMs = floor();
run('result as number', inputs('value'), floorMs);
const narrativeMs = run('result as narrative', inputs('narrative'), floorMs);
run('mixed (half and half)', inputs('mixed'), floorMs);
process.stdout.write(`narratives: ${(narrativeMs / floorMs).toFixed(1)}× the JSON floor (goal: within 4×)\n`);

// Long cells (test/property/sentence.property.test.ts checks they parse; here, how long they take): a 20,000-character
// cell of one repeated piece, read as a target and as a result.
const LONG_PIECES = ['almeno ', 'incremento del ', 'rispetto al ', 'su ', 'e ', 'tutti ', 'Dato 2024: ', '12 ', 'iniziative ', 'a', ' ', '1.', '%', 'di cui '];
for (const p of LONG_PIECES) {
  const long = p.repeat(Math.ceil(20_000 / p.length));
  const t0 = process.hrtime.bigint();
  const t = parseTarget(long, { year: 2024 });
  parseResult(long, { target: t.target, year: 2024, context: long.slice(0, 200) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`long cell ${JSON.stringify(p).padEnd(18)} 20,000 chars  ${ms.toFixed(0).padStart(6)} ms\n`);
}
