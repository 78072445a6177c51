import ExcelJS from 'exceljs';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { ExcelJsWorkbook, WorkbookReadError } from '../../src/workbook/file/excelJsWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';
import { buildExcelJs, dumpExcelJs } from '../contract/excelJsHarness';
import { LARGE, largeFixture, largeReport } from './largeSheet';

/** A workbook with the styles users really have: fills, fonts, borders, number formats, notes, merges. */
async function styledBytes(): Promise<Uint8Array> {
  const wb = buildExcelJs(FIXTURE);
  const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
  ws.getCell('C4').border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  ws.getCell('C5').alignment = { wrapText: true, vertical: 'top' };
  ws.getCell('B6').note = { texts: [{ text: 'Nota ', font: { bold: true } }, { text: 'ricca' }] };
  ws.getColumn(7).width = 18;
  ws.getCell('G4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.addConditionalFormatting({ ref: 'F4:F6', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['0.5'], priority: 1, style: { font: { italic: true } } }] });
  return ExcelJsWorkbook.fromExcelJs(wb).save();
}

const reload = async (bytes: Uint8Array): Promise<ExcelJsWorkbook> => ExcelJsWorkbook.load(bytes);

describe('ExcelJS adapter on real .xlsx bytes', () => {
  test('score, save, load, clear, save, load gives the original workbook cell by cell', async () => {
    const original = await reload(await styledBytes());
    const expected = dumpExcelJs(original.workbook);

    const scored = await reload(await original.save());
    const plan = buildWritePlan(await scored.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await scored.apply(plan);
    const reopened = await reload(await scored.save());
    const afterScore = dumpExcelJs(reopened.workbook);
    for (const [address, cell] of Object.entries(expected.cells[SHEET] ?? {})) {
      if (address === 'D4' || address === 'C7' || address.startsWith('G')) continue;
      expect([address, afterScore.cells[SHEET]?.[address]]).toEqual([address, cell]);
    }
    expect(afterScore.cells[SHEET]?.G4?.style).toMatchObject({ numFmt: '0.0%', fill: { fgColor: { argb: 'FFDDEBF7' } } });
    expect(afterScore.sheets.map((s) => s.name)).toEqual([SHEET, 'Dati', 'Archivio', '_traguardo']);

    await expect(reopened.clear(SHEET)).resolves.toEqual({ values: 4, highlights: 6, notes: 2 });
    const cleared = await reload(await reopened.save());
    expect(dumpExcelJs(cleared.workbook)).toEqual(expected);
  });

  test('scoring a saved file twice equals scoring it once', async () => {
    const first = await reload(await styledBytes());
    const plan = buildWritePlan(await first.readSheet(SHEET), fixtureReport(), { lang: 'en', policy: DEFAULT_POLICY });
    await first.apply(plan);
    const once = await reload(await first.save());
    const onceDump = dumpExcelJs(once.workbook);
    const plan2 = buildWritePlan(await once.readSheet(SHEET), fixtureReport(), { lang: 'en', policy: DEFAULT_POLICY });
    expect(plan2).toEqual(plan);
    await once.apply(plan2);
    const twice = await reload(await once.save());
    expect(dumpExcelJs(twice.workbook)).toEqual(onceDump);
  });

  test('the findings sheet option writes links to the cells and clear removes it', async () => {
    const wb = await ExcelJsWorkbook.load(await styledBytes(), { findingsSheet: true });
    const before = dumpExcelJs(wb.workbook);
    const plan = buildWritePlan(await wb.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await expect(wb.apply(plan)).resolves.toMatchObject({ findingsSheet: 'Traguardo (Obiettivi 2023)' });
    const fs = wb.workbook.getWorksheet('Traguardo (Obiettivi 2023)');
    expect(fs?.getCell('A2').value).toEqual({ formula: `HYPERLINK("#'Obiettivi 2023'!D4","D4")`, result: 'D4' });
    await wb.clear(SHEET);
    expect(dumpExcelJs(wb.workbook)).toEqual(before);
  });
});

describe('ExcelJS adapter refuses files that are not workbooks', () => {
  test.each([
    ['plain text', 'not-xlsx', new TextEncoder().encode('Obiettivo;Target\nA01;>= 0,21\n')],
    ['an empty file', 'not-xlsx', new Uint8Array(0)],
    ['a zip that is no workbook', 'corrupt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])],
    ['a password-protected workbook', 'encrypted', encryptedLike()],
  ])('%s gives WorkbookReadError %s', async (_label, reason, bytes) => {
    const error = await ExcelJsWorkbook.load(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toBe(reason);
  });

  test('a truncated .xlsx gives WorkbookReadError corrupt', async () => {
    const bytes = await styledBytes();
    const error = await ExcelJsWorkbook.load(bytes.slice(0, Math.floor(bytes.length / 2))).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkbookReadError', reason: 'corrupt' });
  });
});

describe('ExcelJS adapter on a large sheet', () => {
  // Heavy (10,000 rows); its speed is measured in bench/files.bench.ts, never here.
  test('reads and applies a 10,000-row sheet', async () => {
    const n = 10_000;
    const wb = ExcelJsWorkbook.fromExcelJs(buildExcelJs(largeFixture(n)));
    const snap = await wb.readSheet(LARGE);
    const plan = buildWritePlan(snap, largeReport(n), { lang: 'it', policy: DEFAULT_POLICY });
    await wb.apply(plan);
    expect(snap.cells).toHaveLength(n + 1);
    expect(wb.workbook.getWorksheet(LARGE)?.getCell(`F${n + 1}`).value).toBe('n.v.');
  }, 120_000);
});

/** The start of a CFB container holding an "EncryptionInfo" stream, as Excel writes password-protected files. */
function encryptedLike(): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
  const out = new Uint8Array(1024);
  out.set(header, 0);
  out.set(name, 512);
  return out;
}
