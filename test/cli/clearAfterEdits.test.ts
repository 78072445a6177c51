import { readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runClear } from '../../src/cli/clear';
import { runScore } from '../../src/cli/score';
import { anchorName } from '../../src/workbook/anchor';
import { diffRecords, readRecords } from '../samples/_lib/workbookCells';
import { fakeIo } from './_lib/fakeIo';
import { tempDir, writeSheets } from './_lib/workbookFiles';

/**
 * The CLI's `clear` on a file edited in Excel between `score` and `clear`: score writes a workbook-scoped name over
 * the output column, which Excel moves with its cells (https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64);
 * clear follows it. The edit in Excel is simulated with ExcelJS on the scored file: rows inserted with
 * `spliceRows` (which moves cells, their notes, and defined names above or below them), the name set as Excel
 * would where ExcelJS cannot (rows inserted inside it make Excel widen it), rows sorted by moving whole rows.
 */
const SHEET = 'Indicatori';
const ROWS = [
  ['Indicatore', 'Target 2023', 'Risultato 2023'],
  ['Imprese assistite', '>= 10', 12],
  ['Pratiche evase', '>= 90%', 0.8],
  ['Tempo medio di risposta', '<= 30', 35],
  ['Eventi organizzati', '>= 4', 4],
];

type Edit = (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void;

/** The same edit on any workbook: the original (for the expected result) and the scored file. */
async function edited(file: string, out: string, edit: Edit): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new Error('no sheet');
  edit(ws, wb);
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  return out;
}

/** Where the name over the output column is (null without it). */
const anchorOf = (wb: ExcelJS.Workbook): string[] | null => wb.definedNames.model.find((n) => n.name === anchorName(SHEET))?.ranges ?? null;

/** Swap two whole rows (values, styles, notes): what a sort does to the rows it moves. */
function swapRows(ws: ExcelJS.Worksheet, a: number, b: number): void {
  const copy = (r: number) => ws.getRow(r).values;
  const [va, vb] = [copy(a), copy(b)];
  const notes = (r: number) => Array.from({ length: 8 }, (_, c) => ws.getCell(r, c + 1).note);
  const [na, nb] = [notes(a), notes(b)];
  const styles = (r: number) => Array.from({ length: 8 }, (_, c) => JSON.parse(JSON.stringify(ws.getCell(r, c + 1).style ?? {})) as Partial<ExcelJS.Style>);
  const [sa, sb] = [styles(a), styles(b)];
  ws.getRow(a).values = vb as ExcelJS.CellValue[];
  ws.getRow(b).values = va as ExcelJS.CellValue[];
  for (let c = 0; c < 8; c++) {
    const [ca, cb] = [ws.getCell(a, c + 1), ws.getCell(b, c + 1)];
    ca.style = sb[c] ?? {};
    cb.style = sa[c] ?? {};
    ca.note = nb[c] as ExcelJS.Comment;
    cb.note = na[c] as ExcelJS.Comment;
  }
}

let dir: string;
let original: string;
let scored: string;
beforeAll(async () => {
  dir = tempDir();
  original = await writeSheets(path.join(dir, 'original.xlsx'), { [SHEET]: ROWS });
  scored = path.join(dir, 'scored.xlsx');
  expect(await runScore([original, '--out', scored], fakeIo())).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('traguardo clear on a file edited in Excel since score', () => {
  test('score puts a name over the output column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(scored) as unknown as ExcelJS.Buffer);
    expect(anchorOf(wb)).toEqual([`${SHEET}!$D$1:$D$5`]);
  });

  test.each<[string, Edit]>([
    ['3 rows inserted above the table', (ws) => ws.spliceRows(1, 0, [], [], [])],
    ['2 rows inserted between two indicators (Excel widens the name over them)', (ws, wb) => {
      ws.spliceRows(3, 0, [], []);
      if (anchorOf(wb)) wb.definedNames.model = wb.definedNames.model.map((n) => (n.name === anchorName(SHEET) ? { ...n, ranges: [`${SHEET}!$D$1:$D$7`] } : n));
    }],
    ['two indicator rows sorted', (ws) => swapRows(ws, 2, 4)],
    ['a row deleted above the table after one was inserted', (ws) => {
      ws.spliceRows(1, 0, [], []);
      ws.spliceRows(1, 1);
    }],
  ])('%s: clear gives back the original with the same edit', async (_what, edit) => {
    const sub = tempDir('edit-', dir);
    const scoredEdited = await edited(scored, path.join(sub, 'scored-edited.xlsx'), edit);
    const expected = await edited(original, path.join(sub, 'expected.xlsx'), edit);
    const cleared = path.join(sub, 'cleared.xlsx');
    const io = fakeIo();
    expect(await runClear([scoredEdited, '--out', cleared, '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toMatch(/^Removed [1-9]\d* values, \d+ highlights, \d+ notes\n/);
    expect(diffRecords(await readRecords(expected), await readRecords(cleared))).toEqual([]);
  });
});

describe('traguardo score again on a file edited in Excel since score', () => {
  test('a column inserted left of the output: the output is written where the name moved it, and clear gives back the original with the column', async () => {
    const sub = tempDir('col-', dir);
    const insertColumn: Edit = (ws) => ws.spliceColumns(2, 0, []);
    const scoredEdited = await edited(scored, path.join(sub, 'scored-edited.xlsx'), insertColumn);
    const expected = await edited(original, path.join(sub, 'expected.xlsx'), insertColumn);
    const rescored = path.join(sub, 'rescored.xlsx');
    expect(await runScore([scoredEdited, '--out', rescored], fakeIo())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(rescored) as unknown as ExcelJS.Buffer);
    expect(anchorOf(wb)).toEqual([`${SHEET}!$E$1:$E$5`]);
    expect(wb.getWorksheet(SHEET)?.getCell('D1').value).toBe('Risultato 2023');
    const cleared = path.join(sub, 'cleared.xlsx');
    expect(await runClear([rescored, '--out', cleared], fakeIo())).toBe(0);
    expect(diffRecords(await readRecords(expected), await readRecords(cleared))).toEqual([]);
  });

  test('a row with a new indicator inserted between two indicators (Excel widens the name): score again writes every row, clear gives back the original with the row', async () => {
    const sub = tempDir('row-', dir);
    const insertRow: Edit = (ws, wb) => {
      ws.spliceRows(3, 0, ['Sportelli aperti', '>= 5', 6]);
      if (anchorOf(wb)) wb.definedNames.model = wb.definedNames.model.map((n) => (n.name === anchorName(SHEET) ? { ...n, ranges: [`${SHEET}!$D$1:$D$6`] } : n));
    };
    const scoredEdited = await edited(scored, path.join(sub, 'scored-edited.xlsx'), insertRow);
    const expected = await edited(original, path.join(sub, 'expected.xlsx'), insertRow);
    const rescored = path.join(sub, 'rescored.xlsx');
    const io = fakeIo();
    expect(await runScore([scoredEdited, '--out', rescored, '--lang', 'en'], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(rescored) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET);
    // Each indicator row has its own achievement: 12 vs 10 → 100%, 6 vs 5 → 100%, 80% vs 90% → 88.9%, 35 vs 30 → 0%, 4 vs 4 → 100%.
    expect([2, 3, 4, 5, 6].map((r) => ws?.getCell(`D${r}`).value)).toEqual([1, 1, expect.closeTo(0.8889, 3), expect.any(Number), 1]);
    const cleared = path.join(sub, 'cleared.xlsx');
    expect(await runClear([rescored, '--out', cleared], fakeIo())).toBe(0);
    expect(diffRecords(await readRecords(expected), await readRecords(cleared))).toEqual([]);
  });
});
