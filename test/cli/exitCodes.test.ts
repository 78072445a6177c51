import { readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runClear } from '../../src/cli/clear';
import { runScore } from '../../src/cli/score';
import { fakeIo } from './_lib/fakeIo';
import { encryptedLookingFile, storedZip } from './_lib/storedZip';
import { sampleFile, tempDir, writeSheets } from './_lib/workbookFiles';

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe('a bad input file is exit 2 with one line naming the problem', () => {
  const sample = readFileSync(sampleFile('monitoraggio-2023.xlsx'));
  test.each([
    ['a .txt renamed .xlsx', () => file('notes.xlsx', Buffer.from('Obiettivo\tTarget\nA01\t>= 0,21\n')), 'not an .xlsx file'],
    ['a truncated zip', () => file('truncated.xlsx', sample.subarray(0, Math.floor(sample.length * 0.6))), 'corrupt'],
    ['an encrypted-looking file', () => file('secret.xlsx', encryptedLookingFile()), 'password-protected'],
    ['a zip whose workbook XML is garbage', () => file('garbage.xlsx', storedZip({ '[Content_Types].xml': 'not xml <<<', 'xl/workbook.xml': '<<<', '_rels/.rels': '???' })), 'corrupt'],
    ['a file that does not exist', () => path.join(dir, 'missing.xlsx'), 'file not found'],
  ])('score on %s says "%s"', async (_what, make, named) => {
    const input = make();
    const io = fakeIo();
    expect(await runScore([input, '--lang', 'en'], io)).toBe(2);
    expect(io.err().startsWith(`traguardo: ${input}: `)).toBe(true);
    expect(io.err()).toContain(named);
    expect(io.err().trimEnd().split('\n')).toHaveLength(1);
    expect(io.out()).toBe('');
  });

  test('clear on an encrypted-looking file says "password-protected"', async () => {
    const io = fakeIo();
    expect(await runClear([file('secret2.xlsx', encryptedLookingFile()), '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toMatch(/^traguardo: .*secret2\.xlsx: password-protected[^\n]*\n$/);
  });
});

describe('usage errors are exit 2 and name the argument', () => {
  test.each([
    [['--frobnicate'], '--frobnicate'],
    [['--year', 'MMXXIII'], '--year'],
    [['--map', 'target'], '--map'],
    [['--fail-on', 'fatal'], '--fail-on'],
    [['--out'], '--out'],
  ])('score with %j names %s', async (extra, named) => {
    const io = fakeIo();
    expect(await runScore([sampleFile('monitoraggio-2023.xlsx'), ...extra, '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain(named);
  });

  test('score without an input file', async () => {
    const io = fakeIo();
    expect(await runScore([], io)).toBe(2);
    expect(io.err()).toContain('manca il file di input');
  });

  test('clear with an unknown option', async () => {
    const io = fakeIo();
    expect(await runClear(['x.xlsx', '--json', 'r.json'], io)).toBe(2);
    expect(io.err()).toContain('--json');
  });

  test('--help prints the usage and exits 0', async () => {
    const io = fakeIo();
    expect(await runScore(['--help', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Exit codes: 0 scored, 1 findings at or above --fail-on, 2 bad input file or usage.');
  });
});

describe('--fail-on', () => {
  test('findings at or above the severity are exit 1; the same run without it is exit 0', async () => {
    const input = sampleFile('monitoraggio-2023.xlsx');
    expect(await runScore([input, '--fail-on', 'info'], fakeIo())).toBe(1);
    expect(await runScore([input], fakeIo())).toBe(0);
  });

  test('a sheet whose indicators are all cleanly met passes --fail-on info', async () => {
    const clean = await writeSheets(path.join(dir, 'clean.xlsx'), {
      Indicatori: [['Indicatore', 'Target 2023', 'Risultato 2023'], ['Imprese assistite', '>= 10', 12], ['Eventi organizzati', '>= 3', 5]],
    });
    const io = fakeIo();
    expect(await runScore([clean, '--fail-on', 'info', '--json', '-'], io)).toBe(0);
  });
});

describe('outputs that cannot be written', () => {
  test('an --out in a missing folder is exit 2 naming the file, and nothing is left behind', async () => {
    const out = path.join(dir, 'no-such-folder', 'scored.xlsx');
    const io = fakeIo();
    expect(await runScore([sampleFile('monitoraggio-2023.xlsx'), '--out', out, '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe(`traguardo: cannot write ${out}: ENOENT\n`);
  });
});
