/**
 * Issue 10, write side: workbooks built here with ExcelJS (no binaries), scored and cleared through the CLI's
 * pipeline on the file adapter, saved by the package patch and by the ExcelJS rewrite. Nothing of the user's is
 * touched, clear(score(x)) = x cell by cell, and the output column never lands on the user's content.
 */
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { scoreWorkbook } from '../../src/cli/pipeline';
import { diffRecords, readRecords } from '../samples/_lib/workbookCells';
import { existsSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { fakeIo } from '../cli/_lib/fakeIo';
import { tempDir } from '../cli/_lib/workbookFiles';

export const SHEET = 'Indicatori';

/** An indicator sheet: header row 1, `rows` indicators (target, result) in columns A–D. */
export function indicatorSheet(wb: ExcelJS.Workbook, rows = 3): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['Obiettivo', 'Indicatore', 'Target 2023', 'Risultato 2023']);
  for (let i = 0; i < rows; i++) ws.addRow([`A0${i + 1}`, `Indicatore ${i + 1}`, '>= 50%', [0.6, 0.45, 0.2][i % 3]]);
  return ws;
}

export const bytesOf = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());

const MODES = [{ packagePatch: true }, { packagePatch: false }] as const;

async function score(bytes: Uint8Array, opts: { packagePatch: boolean }): Promise<{ out: Uint8Array; wb: ExcelJsWorkbook }> {
  const wb = await ExcelJsWorkbook.load(bytes, opts);
  const outcomes = await scoreWorkbook(wb, { sheets: [SHEET], year: 2023, map: {}, lang: 'it', write: true });
  expect(outcomes.map((o) => o.kind)).toEqual(['scored']);
  return { out: await wb.save(), wb };
}

async function clear(bytes: Uint8Array, opts: { packagePatch: boolean }): Promise<Uint8Array> {
  const wb = await ExcelJsWorkbook.load(bytes, opts);
  await wb.clear(SHEET);
  return wb.save();
}

describe.each(MODES)('a user sheet named _traguardo (packagePatch: $packagePatch)', (mode) => {
  async function build(state: 'visible' | 'veryHidden'): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    indicatorSheet(wb);
    const mine = wb.addWorksheet('_traguardo', { state });
    mine.getCell('A1').value = 'I miei appunti';
    mine.getCell('A2').value = '{"format":"altro"}';
    mine.getCell('B1').value = 42;
    return bytesOf(wb);
  }

  test.each(['visible', 'veryHidden'] as const)('%s: never read, written or deleted; clear(score(x)) = x', async (state) => {
    const x = await build(state);
    const before = await readRecords(x);
    const { out, wb } = await score(x, mode);
    if (state === 'visible') await expect(wb.listSheets()).resolves.toEqual([SHEET, '_traguardo']);
    const after = await readRecords(out);
    expect(diffRecords(before, after, { sheets: ['_traguardo'] })).toEqual([]);
    expect(after.find((s) => s.name === '_traguardo')?.state).toBe(state);
    // The state went under another name, and reads back: scoring again equals once, clear restores everything.
    expect(after.map((s) => s.name)).toContain('_traguardo_2');
    const twice = await score(out, mode);
    expect(diffRecords(after, await readRecords(twice.out))).toEqual([]);
    expect(diffRecords(before, await readRecords(await clear(out, mode)))).toEqual([]);
  });
});

describe.each(MODES)('a header-only sheet (packagePatch: $packagePatch)', (mode) => {
  async function headerOnly(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    indicatorSheet(wb, 0);
    return bytesOf(wb);
  }

  test('is scored without writing anything (no output header, no state), so clear(score(x)) = x', async () => {
    const x = await headerOnly();
    const before = await readRecords(x);
    const { out, wb } = await score(x, mode);
    expect(diffRecords(before, await readRecords(out))).toEqual([]);
    await expect(wb.readSettings()).resolves.toBeNull();
    expect(diffRecords(before, await readRecords(await clear(out, mode)))).toEqual([]);
  });

  test('losing its last indicator row takes away what an earlier run wrote', async () => {
    const wb = new ExcelJS.Workbook();
    indicatorSheet(wb, 1);
    const { out } = await score(await bytesOf(wb), mode);
    // The user deletes the indicator row of the scored file, then scores again.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(out as unknown as ArrayBuffer);
    edited.getWorksheet(SHEET)?.spliceRows(2, 1);
    const again = await score(await bytesOf(edited), mode);
    const header = (await readRecords(again.out)).find((s) => s.name === SHEET);
    expect([...(header?.cells.keys() ?? [])]).toEqual(['A1', 'B1', 'C1', 'D1']);
    expect((await readRecords(again.out)).map((s) => s.name)).toEqual([SHEET]);
  });
});

/** Issue 10 items 2 and 3: what of the user's sits where the output column would go (column E, right of A–D). */
const BESIDE: Array<{ what: string; add: (ws: ExcelJS.Worksheet) => void; column: string }> = [
  { what: 'an empty merged area over the output column (E2:F3)', add: (ws) => ws.mergeCells('E2:F3'), column: 'G' },
  {
    what: 'formulas showing "" (E2:E4)',
    add: (ws) => {
      for (const r of [2, 3, 4]) ws.getCell(`E${r}`).value = { formula: 'IF(1,"","")', result: '' } as ExcelJS.CellFormulaValue;
    },
    column: 'F',
  },
  {
    what: 'a typed "Raggiungimento (Traguardo)" heading the user\'s own column',
    add: (ws) => {
      ws.getCell('E1').value = 'Raggiungimento (Traguardo)';
      ws.getCell('E2').value = 'mio';
    },
    column: 'F',
  },
  { what: 'the typed header alone in an otherwise empty column', add: (ws) => { ws.getCell('E1').value = 'Raggiungimento (Traguardo)'; }, column: 'F' },
  {
    what: 'data validation (E2:E4)',
    add: (ws) => {
      for (const r of [2, 3, 4]) ws.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"sì,no"'] };
    },
    column: 'F',
  },
];

describe.each(MODES)('the output column lands only on free cells (packagePatch: $packagePatch)', (mode) => {
  test.each(BESIDE)('$what: it goes to column $column; nothing of the user\'s changes; twice = once; clear(score(x)) = x', async ({ add, column }) => {
    const book = new ExcelJS.Workbook();
    add(indicatorSheet(book));
    const x = await bytesOf(book);
    const before = await readRecords(x);
    const { out } = await score(x, mode);
    const after = await readRecords(out);
    const sheet = after.find((s) => s.name === SHEET);
    expect(sheet?.cells.get(`${column}1`)?.value).toBe(JSON.stringify('Raggiungimento (Traguardo)'));
    // Each row shows its own value (a merged area would show one value on all its rows).
    const values = [2, 3, 4].map((r) => sheet?.cells.get(`${column}${r}`)?.value);
    expect(values.every((v) => v !== undefined && /^\d/.test(v))).toBe(true);
    expect(new Set(values).size).toBe(3);
    // Every value, number format and merge of the user's stays; only annotated cells may gain a note.
    const annotated = new Set([...(sheet?.cells.entries() ?? [])].filter(([, c]) => c.note !== null).map(([a]) => `${SHEET}!${a}`));
    expect(diffRecords(before, after, { ignoreAdded: true, styleMayChange: annotated, sheets: [SHEET] })).toEqual([]);
    const twice = await score(out, mode);
    expect(diffRecords(after, await readRecords(twice.out))).toEqual([]);
    expect(diffRecords(before, await readRecords(await clear(out, mode)))).toEqual([]);
  });
});

test('what is reserved right of the grid stays one area per column and kind, whatever the number of cells', async () => {
  const book = new ExcelJS.Workbook();
  const ws = indicatorSheet(book, 3);
  for (let r = 1; r <= 3000; r++) ws.getCell(`F${r}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 9] };
  for (let r = 1; r <= 4; r++) ws.getCell(`G${r}`).value = { formula: 'IF(1,"","")', result: '' } as ExcelJS.CellFormulaValue;
  const snapshot = await (await ExcelJsWorkbook.load(await bytesOf(book))).readSheet(SHEET);
  expect(snapshot.reserved).toHaveLength(2);
  expect(snapshot.reserved).toEqual(expect.arrayContaining([
    { top: 1, left: 5, bottom: 4, right: 5, kind: 'validation' },
    { top: 1, left: 6, bottom: 4, right: 6, kind: 'formula' },
  ]));
});

test('the CLI refuses in one line, naming the sheet and cell, when the earlier output column now meets the user\'s content', async () => {
  const dir = tempDir();
  try {
    const book = new ExcelJS.Workbook();
    indicatorSheet(book, 3);
    const { out } = await score(await bytesOf(book), { packagePatch: true });
    // Edited since: a fourth indicator row, and the user's own text where the output column (E) continues.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(out as unknown as ArrayBuffer);
    const ws = edited.getWorksheet(SHEET);
    ws?.addRow(['A04', 'Indicatore 4', '>= 50%', 0.7, 'nota mia']);
    const input = path.join(dir, 'edited.xlsx');
    writeFileSync(input, await bytesOf(edited));
    const io = fakeIo();
    await expect(runScore([input, '--out', path.join(dir, 'again.xlsx'), '--lang', 'en'], io)).resolves.toBe(2);
    expect(io.err()).toMatch(/sheet "Indicatori": the results column would land on the user's content \(E5\), nothing was written/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'again.xlsx'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
