import { readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { JsonReportSchema } from '../../src/cli/report';
import { fakeIo } from './_lib/fakeIo';
import { tempDir, writeSheets } from './_lib/workbookFiles';

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('traguardo score --header-row on a sheet whose header is not recognised', () => {
  const rows = [['Scheda 2023'], [], ['Cosa', 'Quanto', 'Fatto'], ['Pratiche evase', '>= 90%', '95%'], ['Eventi', '>= 10', 7]];

  test('names the sheet as skipped without --header-row', async () => {
    const file = await writeSheets(path.join(dir, 'odd.xlsx'), { Foglio1: rows });
    const io = fakeIo();
    expect(await runScore([file, '--sheet', 'Foglio1', '--json', path.join(dir, 'odd.json')], io)).toBe(2);
  });

  test('scores it with --header-row and --map', async () => {
    const file = await writeSheets(path.join(dir, 'odd2.xlsx'), { Foglio1: rows });
    const json = path.join(dir, 'odd2.json');
    const code = await runScore([file, '--sheet', 'Foglio1', '--header-row', '3', '--map', 'indicator=A', '--map', 'target=B', '--map', 'result=C', '--year', '2023', '--json', json], fakeIo());
    expect(code).toBe(0);
    const report = JsonReportSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(report.sheets[0]?.mapping.headerRow).toBe(3);
    expect(report.sheets[0]?.indicators.map((i) => [i.row, i.status, i.achievement])).toEqual([[4, 'met', 100], [5, 'shortfall', 70]]);
  });

  test('rejects a header row that is not a number, naming the option', async () => {
    const io = fakeIo();
    expect(await runScore(['x.xlsx', '--header-row', 'tre'], io)).toBe(2);
    expect(io.err()).toMatch(/--header-row: "tre"/);
  });
});
