import { copyFileSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { runClear } from '../../src/cli/clear';
import { runScore } from '../../src/cli/score';
import { diffRecords, readRecords } from '../samples/_lib/workbookCells';
import { fakeIo } from './_lib/fakeIo';
import { copySample, tempDir } from './_lib/workbookFiles';

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['monitoraggio-2023.xlsx', 'relazione-2023.xlsx'] as const)('traguardo clear on a scored %s', (sample) => {
  let original: string;
  let scored: string;

  beforeAll(async () => {
    const sub = tempDir('run-', dir);
    original = copySample(sample, sub);
    scored = path.join(sub, 'scored.xlsx');
    expect(await runScore([original, '--out', scored], fakeIo())).toBe(0);
  });

  test('--out gives back the original cell by cell: values, styles, notes, merges, sheets', async () => {
    const cleared = path.join(path.dirname(scored), 'cleared.xlsx');
    const io = fakeIo();
    expect(await runClear([scored, '--out', cleared, '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toMatch(/^Removed [1-9]\d* values, \d+ highlights, \d+ notes\n/);
    expect(diffRecords(await readRecords(original), await readRecords(cleared))).toEqual([]);
  });

  test('without --out it clears the file in place', async () => {
    const inPlace = path.join(path.dirname(scored), 'in-place.xlsx');
    copyFileSync(scored, inPlace);
    expect(await runClear([inPlace], fakeIo())).toBe(0);
    expect(diffRecords(await readRecords(original), await readRecords(inPlace))).toEqual([]);
  });

  test('a file never scored is left byte for byte and says there is nothing to remove', async () => {
    const before = readFileSync(original);
    const io = fakeIo();
    expect(await runClear([original, '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toBe('Nothing added by Traguardo to remove\n');
    expect(readFileSync(original).equals(before)).toBe(true);
  });
});
