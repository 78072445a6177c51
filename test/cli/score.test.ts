import { existsSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { JsonReportSchema, type JsonReport } from '../../src/cli/report';
import { readSeed } from '../../scripts/makeSamples';
import { conditionalFills, diffRecords, loadXlsx, notesOf, readRecords } from '../samples/_lib/workbookCells';
import { fakeIo } from './_lib/fakeIo';
import { copySample, tempDir, writeSheets } from './_lib/workbookFiles';

const seed = readSeed();
const monitored = seed.filter((r) => r.target_2023_raw !== null);
/** 1-based row of a seed indicator in monitoraggio-2023.xlsx (data from row 4). */
const monitoringRow = (id: string): number => 4 + monitored.findIndex((r) => r.id === id);

const readJson = (file: string): JsonReport => JsonReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** Cells Traguardo may highlight or annotate: every cell an indicator read and every finding's cell. */
function touchedCells(report: JsonReport): Set<string> {
  const out = new Set<string>();
  for (const s of report.sheets) {
    for (const i of s.indicators) {
      for (const c of [i.cells.target, i.cells.result, i.cells.stated, ...i.findings.map((f) => f.cell)]) if (c) out.add(`${s.name}!${c}`);
    }
  }
  return out;
}

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('traguardo score on the monitoring sample', () => {
  let input: string;
  let inputBytes: Buffer;
  let out: string;
  let report: JsonReport;
  let code: number;
  const io = fakeIo();

  beforeAll(async () => {
    input = copySample('monitoraggio-2023.xlsx', tempDir('run-', dir));
    inputBytes = readFileSync(input);
    out = path.join(path.dirname(input), 'scored.xlsx');
    const json = path.join(path.dirname(input), 'report.json');
    code = await runScore([input, '--out', out, '--json', json, '--lang', 'en'], io);
    report = readJson(json);
  });

  test('exits 0 and writes the scored copy and the JSON report', () => {
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test('maps the grouped two-row header on row 3 to the monitoring roles', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['Monitoraggio 2023']);
    expect(report.sheets[0]?.mapping.headerRow).toBe(3);
    expect(report.sheets[0]?.mapping.year).toBe(2023);
    expect(report.sheets[0]?.mapping.columns).toMatchObject({ indicator: 'C', weight: 'D', target: 'E', numerator: 'F', denominator: 'G', result: 'H', stated: 'I' });
  });

  test('reports one indicator per seed row with a 2023 target, on its Excel row', () => {
    expect(report.sheets[0]?.indicators.map((i) => i.row)).toEqual(monitored.map((r) => monitoringRow(r.id)));
  });

  test.each([
    ['A01-1', 57.142857],
    ['A02-2', 87.375],
    ['D01.05-1', 98.25],
    ['A01.01-3', 97.142857],
    ['A01.01-1', 100],
  ])('%s achieves %d percent, unrounded', (id, expected) => {
    const ind = report.sheets[0]?.indicators.find((i) => i.row === monitoringRow(id));
    expect(ind?.achievement).toBeCloseTo(expected, 4);
  });

  test('the sheet counts tally the indicator statuses', () => {
    const s = report.sheets[0];
    const tally = { met: 0, shortfall: 0, notEvaluable: 0 };
    for (const i of s?.indicators ?? []) tally[i.status === 'not-evaluable' ? 'notEvaluable' : i.status]++;
    expect(s?.counts).toEqual(tally);
    expect(tally.met).toBeGreaterThan(0);
    expect(tally.shortfall).toBeGreaterThan(0);
    expect(tally.notEvaluable).toBeGreaterThan(0);
  });

  test('the summary gives the counts and a line per objective', () => {
    const s = report.sheets[0];
    expect(io.out()).toContain('Sheet "Monitoraggio 2023"');
    expect(io.out()).toContain(`${s?.indicators.length} indicators: ${s?.counts.met} met, ${s?.counts.shortfall} shortfall, ${s?.counts.notEvaluable} not evaluable`);
    for (const o of s?.objectives ?? []) expect(io.out()).toContain(o.key.slice(0, 20));
    expect(io.out()).toMatch(/Wrote .*scored\.xlsx: \d+ values, \d+ highlights, \d+ notes/);
  });

  test('leaves the input file byte for byte', () => {
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
  });

  test('keeps every original cell of --out: values and formats everywhere, styles and notes outside scored cells', async () => {
    const diffs = diffRecords(await readRecords(input), await readRecords(out), {
      ignoreAdded: true, styleMayChange: touchedCells(report), sheets: ['Monitoraggio 2023'],
    });
    expect(diffs).toEqual([]);
  });

  test('writes the achievement column right of the table as percentages', async () => {
    const ws = (await loadXlsx(out)).getWorksheet('Monitoraggio 2023');
    expect(String(ws?.getCell('J3').value)).toContain('Traguardo');
    const cell = ws?.getCell(`J${monitoringRow('A01-1')}`);
    expect(cell?.value).toBeCloseTo(0.5714, 4);
    expect(cell?.numFmt).toContain('%');
  });

  test('highlights results by band (Bad for a shortfall, Good for met) and notes flagged cells', async () => {
    const after = (await loadXlsx(out)).getWorksheet('Monitoraggio 2023');
    if (!after) throw new Error('sheet missing');
    const fills = conditionalFills(after);
    expect(fills.get(`H${monitoringRow('A01-1')}`)).toBe('FFC7CE');
    expect(fills.get(`H${monitoringRow('A01.01-1')}`)).toBe('C6EFCE');
    const notes = notesOf(after);
    const flagged = new Set(report.sheets[0]?.indicators.flatMap((i) => i.findings.map((f) => f.cell)));
    expect(notes.size).toBeGreaterThan(0);
    for (const [address, text] of notes) {
      expect(flagged.has(address)).toBe(true);
      expect(text.startsWith('Traguardo:')).toBe(true);
    }
  });

  test('scoring the scored copy again gives the same workbook and the same report', async () => {
    const twice = path.join(path.dirname(out), 'scored-twice.xlsx');
    const json2 = path.join(path.dirname(out), 'report-twice.json');
    expect(await runScore([out, '--out', twice, '--json', json2, '--lang', 'en'], fakeIo())).toBe(0);
    expect(diffRecords(await readRecords(out), await readRecords(twice))).toEqual([]);
    const again = readJson(json2);
    expect(again.sheets[0]?.indicators.map((i) => [i.row, i.achievement])).toEqual(report.sheets[0]?.indicators.map((i) => [i.row, i.achievement]));
  });
});

describe('traguardo score on the report sample', () => {
  let report: JsonReport;
  let input: string;
  let out: string;

  beforeAll(async () => {
    input = copySample('relazione-2023.xlsx', tempDir('run-', dir));
    out = path.join(path.dirname(input), 'scored.xlsx');
    const json = path.join(path.dirname(input), 'report.json');
    expect(await runScore([input, '--out', out, '--json', json, '--lang', 'it'], fakeIo())).toBe(0);
    report = readJson(json);
  });

  test('skips the title rows and maps the header on row 4', () => {
    expect(report.sheets[0]?.mapping.headerRow).toBe(4);
    expect(report.sheets[0]?.mapping.columns).toMatchObject({ objective: 'A', indicator: 'B', target: 'D', result: 'E', stated: 'F' });
  });

  test('scores every seed row, and the merged objective cell applies to each of its rows', () => {
    const inds = report.sheets[0]?.indicators ?? [];
    expect(inds.length).toBe(seed.length);
    expect(inds.find((i) => i.row === 6)?.objective).toContain('A01');
    expect(inds.find((i) => i.row === 9)?.objective).toContain('A01.01');
  });

  test('keeps every original cell, merges included, in --out', async () => {
    const diffs = diffRecords(await readRecords(input), await readRecords(out), {
      ignoreAdded: true, styleMayChange: touchedCells(report), sheets: ['Obiettivi e indicatori'],
    });
    expect(diffs).toEqual([]);
  });
});

describe('which sheets are scored', () => {
  const indicatorRows = [
    ['Indicatore', 'Target 2023', 'Risultato 2023'],
    ['Imprese assistite', '>= 10', 12],
    ['Pratiche evase', '>= 90%', 0.8],
  ];
  const budgetRows = [['Voce di spesa', 'Stanziamento', 'Impegnato'], ['Personale', 120000, 118000], ['Beni e servizi', 40000, 39500]];
  let file: string;
  beforeAll(async () => {
    file = await writeSheets(path.join(dir, 'two-sheets.xlsx'), { Bilancio: budgetRows, Indicatori: indicatorRows });
  });

  test('without --sheet, only the sheets that look like indicator sheets', async () => {
    const io = fakeIo();
    expect(await runScore([file, '--json', '-'], io)).toBe(0);
    expect(JsonReportSchema.parse(JSON.parse(io.out())).sheets.map((s) => s.name)).toEqual(['Indicatori']);
  });

  test('--sheet names the sheet to score', async () => {
    const io = fakeIo();
    expect(await runScore([file, '--sheet', 'Indicatori', '--json', '-'], io)).toBe(0);
    const json = JsonReportSchema.parse(JSON.parse(io.out()));
    expect(json.sheets[0]?.indicators.map((i) => [i.row, i.status])).toEqual([[2, 'met'], [3, 'shortfall']]);
  });

  test('--map unsets or moves a role', async () => {
    const io = fakeIo();
    expect(await runScore([file, '--sheet', 'Indicatori', '--map', 'result=', '--map', 'target=B', '--json', '-'], io)).toBe(0);
    expect(JsonReportSchema.parse(JSON.parse(io.out())).sheets[0]?.mapping.columns).not.toHaveProperty('result');
  });

  test('--year sets the reference year of the mapping', async () => {
    const io = fakeIo();
    await runScore([file, '--sheet', 'Indicatori', '--year', '2024', '--json', '-'], io);
    expect(JsonReportSchema.parse(JSON.parse(io.out())).sheets[0]?.mapping.year).toBe(2024);
  });

  test('a workbook with no indicator sheet is exit 2 with one line saying so', async () => {
    const budget = await writeSheets(path.join(dir, 'budget.xlsx'), { Bilancio: budgetRows });
    const io = fakeIo();
    expect(await runScore([budget, '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toMatch(/^traguardo: .*budget\.xlsx: no sheet looks like an indicator sheet; name one with --sheet\n$/);
  });

  test('an unknown --sheet is exit 2 naming it and the sheets there are', async () => {
    const io = fakeIo();
    expect(await runScore([file, '--sheet', 'Foglio9', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('--sheet: no sheet named "Foglio9" (sheets: Bilancio, Indicatori)');
  });

  test('progress goes to stderr on a terminal only', async () => {
    const tty = fakeIo(true);
    await runScore([file, '--lang', 'en'], tty);
    expect(tty.err()).toContain('[2/2] Indicatori: reading…');
    expect(tty.err()).toContain('[1/1] Indicatori: scoring…');
    expect(tty.err().endsWith('\r\x1b[K')).toBe(true);
    const pipe = fakeIo(false);
    await runScore([file, '--lang', 'en'], pipe);
    expect(pipe.err()).toBe('');
  });
});
