/**
 * `npm run bench:hostile [-- <source root>]`: the hostile inputs of issue 10, each run through `traguardo score`
 * (or `evaluate`) in a child process under /usr/bin/time: wall time, peak RSS, exit code and the first line on
 * stderr. Give another checkout's root to measure it the same way (before/after); the default is this one.
 * Figures only: it never fails on timing. Every input is generated (test/fixtures/hostile/).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { plainIndicatorRows, reworked, xlsx } from '../test/fixtures/hostile/workbooks';
import { buildZip, entriesOf, zerosEntry } from '../test/fixtures/hostile/zips';

const ROOT = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const TIMEOUT_S = Number(process.env['BENCH_TIMEOUT'] ?? 120);
/** Only the cases whose name matches (BENCH_ONLY, a regular expression). */
const ONLY = new RegExp(process.env['BENCH_ONLY'] ?? '');

interface Case {
  name: string;
  file: string;
  args: string[];
}

function run(c: Case): void {
  const script = `require(${JSON.stringify(path.join(ROOT, 'src/cli/main'))}).main(${JSON.stringify(c.args)}).then((code) => { process.exitCode = code; })`;
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'timeout', String(TIMEOUT_S), process.execPath, '-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json') },
  });
  const ms = Date.now() - started;
  const lines = r.stderr.trim().split('\n');
  const rssKb = Number(lines.pop());
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const size = statSync(c.file).size;
  console.log(
    `${c.name.padEnd(34)} ${String(Math.round(size / 1024)).padStart(6)} KB  ${(ms / 1000).toFixed(1).padStart(6)} s  ${String(Math.round(rssKb / 1024)).padStart(5)} MB RSS  exit ${r.status === 124 ? 'timeout' : r.status}  ${first.slice(0, 110)}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'traguardo-hostile-bench-'));
  try {
    const file = (name: string, bytes: Uint8Array): string => {
      const p = path.join(dir, name);
      writeFileSync(p, bytes);
      return p;
    };
    const indicators = (wb: import('exceljs').Workbook): import('exceljs').Worksheet => {
      const ws = wb.addWorksheet('Indicatori');
      for (const r of plainIndicatorRows(3)) ws.addRow(r);
      return ws;
    };
    const plain = file('plain.xlsx', await xlsx((wb) => void indicators(wb)));
    const corner = file('corner.xlsx', await xlsx((wb) => void (indicators(wb).getCell('XFD1048576').value = 'x')));
    const lone = file('lone.xlsx', await xlsx((wb) => void (indicators(wb).getCell('A1048576').value = 'x')));
    const base = entriesOf(await xlsx((wb) => void indicators(wb)));
    const zeros = await zerosEntry('xl/bomb.bin', 1024 ** 3);
    const unused = file('bomb-unused.xlsx', buildZip([...base, zeros]));
    const theme = file('bomb-theme.xlsx', buildZip([...base.filter((e) => e.name !== 'xl/theme/theme1.xml'), { ...zeros, name: 'xl/theme/theme1.xml' }]));
    const LONG = 'a'.repeat(200_000);
    const tokenValue = file('token-value.xlsx', await reworked({ 'xl/workbook.xml': (x) => x.replace('<workbook ', `<workbook xmlns:z="urn:z" z:pad="${LONG}" `) }));
    const tokenStray = file('token-stray.xlsx', await reworked({ 'xl/workbook.xml': (x) => x.replace('<workbook ', `<workbook ${LONG} `) }));
    const rels = file('token-rels.xlsx', await reworked({ 'xl/_rels/workbook.xml.rels': (x) => x.replace('<Relationship ', `<Relationship ${LONG} `) }));
    const notes = file('notes-20k.xlsx', await xlsx((wb) => {
      const ws = wb.addWorksheet('Indicatori');
      ws.addRow(['Obiettivo', 'Indicatore', 'Target 2023', 'Risultato 2023']);
      for (let i = 0; i < 10_000; i++) {
        const row = ws.addRow([`A${i}`, `Indicatore ${i}`, i % 2 ? 'almeno 50' : '>= 50%', i % 3 ? 'n.d.' : 0.4]);
        row.getCell(2).note = `nota B ${i}`;
        row.getCell(4).note = `nota D ${i}`;
      }
    }));
    const out = (n: string): string => path.join(dir, `${n}-out.xlsx`);
    console.log(`source: ${ROOT}`);
    for (const c of [
      { name: 'A1 + XFD1048576 (score --json)', file: corner, args: ['score', corner, '--json', path.join(dir, 'r.json')] },
      { name: 'A1048576 alone (score --json)', file: lone, args: ['score', lone, '--json', path.join(dir, 'r.json')] },
      { name: '1 GB zeros, unused part (--out)', file: unused, args: ['score', unused, '--out', out('unused')] },
      { name: '1 GB zeros as the theme', file: theme, args: ['score', theme, '--json', path.join(dir, 'r.json')] },
      { name: '200k-char value in <workbook>', file: tokenValue, args: ['score', tokenValue, '--out', out('value')] },
      { name: '200k-char stray token <workbook>', file: tokenStray, args: ['score', tokenStray, '--json', path.join(dir, 'r.json')] },
      { name: '200k-char stray token in .rels', file: rels, args: ['score', rels, '--json', path.join(dir, 'r.json')] },
      { name: '20k user notes, 10k rows (--out)', file: notes, args: ['score', notes, '--out', out('notes')] },
      { name: 'plain 3-row sheet (startup baseline)', file: plain, args: ['score', plain, '--json', path.join(dir, 'r.json')] },
    ].filter((c) => ONLY.test(c.name))) run(c);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
