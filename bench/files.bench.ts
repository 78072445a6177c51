/**
 * `npm run bench:files`: a 10,000-indicator workbook (the monitoring layout, seed rows repeated) scored with
 * `traguardo score --out --json`, against LibreOffice opening and re-saving the same file
 * (`soffice --headless --convert-to xlsx`, warm profile). Prints both times, the ratio and the scoring
 * process's peak RSS (budget 500 MB). Figures only: it never exits non-zero on timing.
 *
 * The scoring runs in a child process (this script with `--child`) so its peak RSS is its own.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { buildMonitoringWorkbook, readSeed, type SeedRow } from '../scripts/makeSamples';
import { convertWith, findSoffice, privateProfile } from '../test/libreoffice/_lib/soffice';

const INDICATORS = Number(process.env['BENCH_INDICATORS'] ?? 10_000);
const RSS_BUDGET_MB = 500;

/** Seed rows with a 2023 target, repeated in batches until `n` indicators; each batch gets its own codes. */
function manyRows(n: number): SeedRow[] {
  const base = readSeed().filter((r) => r.target_2023_raw !== null);
  const out: SeedRow[] = [];
  for (let batch = 1; out.length < n; batch++) {
    for (const r of base) {
      if (out.length >= n) break;
      out.push({ ...r, id: `${r.id}/${batch}`, objective_code: `${r.objective_code}/${batch}` });
    }
  }
  return out;
}

async function child(file: string, out: string, json: string): Promise<void> {
  const { runScore } = await import('../src/cli/score');
  const args = out === '-' ? [file, '--json', json] : [file, '--out', out, '--json', json];
  const t0 = process.hrtime.bigint();
  const code = await runScore([...args, '--lang', 'en'], { stdout: () => undefined, stderr: () => undefined, isTTY: false });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

/** Run `score` in a fresh process (this script with --child); null after printing why when it fails. */
function scoreInChild(file: string, out: string, json: string): { code: number; ms: number; maxRssKb: number; wall: number } | null {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--child', file, out, json], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: path.resolve(__dirname, '..'),
  });
  const wall = Date.now() - t0;
  if (r.status !== 0) {
    console.log(`traguardo score failed (status ${String(r.status)}): ${r.stderr.slice(0, 2000)}`);
    return null;
  }
  return { ...(JSON.parse(r.stdout) as { code: number; ms: number; maxRssKb: number }), wall };
}

const CLI = path.resolve(__dirname, '..', 'bin', 'traguardo.js');

/** Wall time of the built command (`node bin/traguardo.js score …`), start-up included, as LibreOffice's is. */
function scoreWithBuiltCli(args: string[]): { ms: number; code: number | null } | null {
  if (!existsSync(path.resolve(__dirname, '..', 'build', 'traguardo.js'))) {
    console.log('built CLI missing (npm run build:cli): no wall-clock comparison');
    return null;
  }
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'score', ...args, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: Date.now() - t0, code: r.status };
}

const mb = (kb: number) => (kb / 1024).toFixed(0);
const sec = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'traguardo-bench-'));
  try {
    const file = path.join(dir, `indicators-${INDICATORS}.xlsx`);
    const wb = buildMonitoringWorkbook(manyRows(INDICATORS));
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    console.log(`workbook: ${INDICATORS} indicators, ${(statSync(file).size / 1024).toFixed(0)} KB (${file})`);

    const w = scoreWithBuiltCli([file, '--out', path.join(dir, 'scored-cli.xlsx'), '--json', path.join(dir, 'report-cli.json')]);
    if (w) console.log(`npx traguardo score --out --json (wall clock, start-up included): ${sec(w.ms)} s (exit ${String(w.code)})`);
    const s = scoreInChild(file, path.join(dir, 'scored.xlsx'), path.join(dir, 'report.json'));
    if (!s) return;
    console.log(`traguardo score --out --json, in process: ${sec(s.ms)} s (exit ${s.code})`);
    console.log(`peak RSS of the scoring process: ${mb(s.maxRssKb)} MB (budget ${RSS_BUDGET_MB} MB: ${s.maxRssKb / 1024 < RSS_BUDGET_MB ? 'within' : 'OVER'})`);
    const j = scoreInChild(file, '-', path.join(dir, 'report-only.json'));
    if (j) console.log(`traguardo score --json (no scored copy): ${sec(j.ms)} s, peak RSS ${mb(j.maxRssKb)} MB`);

    const soffice = findSoffice();
    if (!soffice) {
      console.log('LibreOffice: soffice not found on PATH; no comparison (install libreoffice-calc-nogui)');
      return;
    }
    const profile = privateProfile();
    try {
      const warm = path.join(dir, 'warm.csv');
      writeFileSync(warm, 'a,b\n1,2\n');
      await convertWith(soffice, warm, { to: 'xlsx', ext: 'xlsx', outDir: path.join(dir, 'warm'), profile });
      const t1 = Date.now();
      await convertWith(soffice, file, { to: 'xlsx:Calc MS Excel 2007 XML', ext: 'xlsx', outDir: path.join(dir, 'lo'), profile, timeoutMs: 600_000 });
      const lo = Date.now() - t1;
      console.log(`LibreOffice open + re-save (soffice --convert-to xlsx, warm profile): ${sec(lo)} s`);
      if (w) console.log(`ratio npx traguardo score (wall) / LibreOffice (wall): ${(w.ms / lo).toFixed(2)} (${w.ms < lo ? 'score is faster' : 'score is SLOWER'})`);
      console.log(`ratio score in process / LibreOffice: ${(s.ms / lo).toFixed(2)} (${s.ms < lo ? 'faster' : 'SLOWER'})`);
      if (j) console.log(`ratio score --json / LibreOffice: ${(j.ms / lo).toFixed(2)}`);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  } catch (err) {
    console.log(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const [file = '', out = '', json = ''] = process.argv.slice(3);
  child(file, out, json).catch((err: unknown) => {
    process.stderr.write(err instanceof Error ? err.stack ?? err.message : String(err));
    process.exitCode = 1;
  });
} else {
  void main();
}
