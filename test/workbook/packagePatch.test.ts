/**
 * The file adapter's package-patch save path: a workbook loaded from bytes is saved by patching its original
 * package, so the parts ExcelJS does not model (charts, drawings, custom XML, custom properties, web extension
 * settings) survive scoring and clearing byte for byte, and the result reads back as ExcelJS's own rewrite would.
 */
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { WorkbookSaveRefused } from '../../src/workbook/errors';
import { ZipReader } from '../../src/workbook/file/package/zip';
import { NOTE_SEPARATOR } from '../../src/workbook/noteText';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { dumpExcelJs, buildExcelJs } from '../contract/excelJsHarness';
import { FIXTURE, USER_NOTE, fixtureReport } from '../contract/fixture';
import { EXTRA_PARTS, SHEET, richWorkbookBytes } from '../fixtures/workbook/richWorkbook';
import { LARGE, largeFixture, largeReport } from './largeSheet';

const raw = (zip: ZipReader, name: string): Buffer => {
  const e = zip.entry(name);
  if (!e) throw new Error(`no entry ${name}`);
  return Buffer.from(zip.raw(e));
};
const text = (bytes: Uint8Array, name: string): string => new ZipReader(bytes).text(name);

async function scored(bytes: Uint8Array, opts: { packagePatch?: boolean; allowPartLoss?: boolean } = {}): Promise<{ wb: ExcelJsWorkbook; out: Uint8Array }> {
  const wb = await ExcelJsWorkbook.load(bytes, opts);
  await wb.apply(buildWritePlan(await wb.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
  return { wb, out: await wb.save() };
}

/** Parts a score may rewrite: the scored sheet and its relationships, styles, workbook, notes, content types. */
const MAY_CHANGE = /^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/sheet1\.xml|xl\/worksheets\/_rels\/sheet1\.xml\.rels|xl\/comments\d*\.xml|xl\/drawings\/vmlDrawing\d*\.vml)$/;

describe('package patch: saving a workbook loaded from bytes', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await richWorkbookBytes();
  });

  test('score keeps every part it does not change byte for byte (charts, drawings, custom XML, custom properties, web extension)', async () => {
    const { wb, out } = await scored(original);
    expect(wb.lastSave).toEqual({ mode: 'patch', reason: null });
    const before = new ZipReader(original);
    const after = new ZipReader(out);
    for (const name of Object.keys(EXTRA_PARTS)) expect([name, raw(after, name).equals(raw(before, name))]).toEqual([name, true]);
    for (const e of before.entries) {
      expect(after.has(e.name)).toBe(true);
      if (!MAY_CHANGE.test(e.name)) expect([e.name, raw(after, e.name).equals(raw(before, e.name))]).toEqual([e.name, true]);
    }
    // The sheet keeps its chart drawing next to the notes' legacy drawing, in schema order.
    const sheet = text(out, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<drawing r:id="rIdChart9"\/><legacyDrawing /);
    expect(sheet.indexOf('</sheetData>')).toBeLessThan(sheet.indexOf('<conditionalFormatting'));
    expect(sheet.lastIndexOf('<conditionalFormatting')).toBeLessThan(sheet.indexOf('<pageMargins'));
    // ExcelJS's own rewrite of the same workbook, allowed to lose parts, loses the chart and the custom parts.
    const rewrite = (await scored(original, { packagePatch: false, allowPartLoss: true })).out;
    expect(new ZipReader(rewrite).has('xl/charts/chart1.xml')).toBe(false);
    expect(new ZipReader(rewrite).has('customXml/item1.xml')).toBe(false);
  });

  test('the patched copy reads back through ExcelJS equal to ExcelJS rewriting the same scored workbook', async () => {
    const patched = dumpExcelJs((await ExcelJsWorkbook.load((await scored(original)).out)).workbook);
    const rewrite = dumpExcelJs((await ExcelJsWorkbook.load((await scored(original, { packagePatch: false, allowPartLoss: true })).out)).workbook);
    // The state sheet differs only by the package records the patch keeps with each output cell.
    expect(Object.keys(patched.cells['_traguardo'] ?? {})).toEqual(Object.keys(rewrite.cells['_traguardo'] ?? {}));
    delete patched.cells['_traguardo'];
    delete rewrite.cells['_traguardo'];
    expect(patched).toEqual(rewrite);
    expect(patched.cells[SHEET]?.D4?.note?.startsWith(`${USER_NOTE}${NOTE_SEPARATOR}Traguardo:`)).toBe(true);
    expect(patched.cells[SHEET]?.G4).toMatchObject({ value: 1, style: { numFmt: '0.0%', fill: { fgColor: { argb: 'FFDDEBF7' } } } });
  });

  test('clear after score gives the original package back: every part but styles.xml byte for byte', async () => {
    const wb = await ExcelJsWorkbook.load((await scored(original)).out);
    await expect(wb.clear(SHEET)).resolves.toEqual({ values: 4, highlights: 6, notes: 2 });
    const out = await wb.save();
    expect(wb.lastSave?.mode).toBe('patch');
    const before = new ZipReader(original);
    const after = new ZipReader(out);
    expect(after.entries.map((e) => e.name).sort()).toEqual(before.entries.map((e) => e.name).sort());
    for (const e of before.entries) {
      if (e.name === 'xl/styles.xml') continue;
      expect([e.name, after.text(e.name) === before.text(e.name)]).toEqual([e.name, true]);
    }
    for (const name of Object.keys(EXTRA_PARTS)) expect(raw(after, name).equals(raw(before, name))).toBe(true);
    // Styles only gain entries (the percent format, its cell format, the highlight dxfs); nothing is renumbered.
    const [s0, s1] = [before.text('xl/styles.xml'), after.text('xl/styles.xml')];
    const xfs = (s: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(s)?.[1] ?? '';
    expect(xfs(s1).startsWith(xfs(s0))).toBe(true);
    expect(dumpExcelJs((await ExcelJsWorkbook.load(out)).workbook)).toEqual(dumpExcelJs((await ExcelJsWorkbook.load(original)).workbook));
  });

  test('scoring a patched copy again equals scoring it once, in a later session too', async () => {
    const once = (await scored(original)).out;
    const twice = (await scored(once)).out;
    expect(dumpExcelJs((await ExcelJsWorkbook.load(twice)).workbook)).toEqual(dumpExcelJs((await ExcelJsWorkbook.load(once)).workbook));
    const comments = (b: Uint8Array) => text(b, 'xl/comments1.xml');
    expect(comments(twice)).toBe(comments(once));
  });

  test('settings alone are stored by patching: only the workbook and the state sheet change', async () => {
    const wb = await ExcelJsWorkbook.load(original);
    const settings = { version: 1 as const, mappings: { [SHEET]: fixtureReport().mapping }, policy: { cap: 120 } };
    await wb.writeSettings(settings);
    const out = await wb.save();
    expect(wb.lastSave?.mode).toBe('patch');
    await expect((await ExcelJsWorkbook.load(out)).readSettings()).resolves.toEqual(settings);
    const before = new ZipReader(original);
    const after = new ZipReader(out);
    const changed = after.entries.filter((e) => !before.has(e.name) || !raw(after, e.name).equals(raw(before, e.name))).map((e) => e.name).sort();
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
    expect(before.has(changed[3] ?? '')).toBe(false);
  });
});

describe('package patch: the ExcelJS rewrite stays the fallback', () => {
  test('a workbook built in memory is written by ExcelJS', async () => {
    const wb = ExcelJsWorkbook.fromExcelJs(buildExcelJs(FIXTURE));
    await wb.save();
    expect(wb.lastSave?.mode).toBe('rewrite');
  });

  test('packagePatch: false rewrites a package that has nothing ExcelJS would drop', async () => {
    const { wb } = await scored(await ExcelJsWorkbook.fromExcelJs(buildExcelJs(FIXTURE)).save(), { packagePatch: false });
    expect(wb.lastSave?.mode).toBe('rewrite');
  });

  test('a rewrite that would drop charts, custom XML or add-in settings is refused, naming them, and writes nothing', async () => {
    const error = await scored(await richWorkbookBytes(), { packagePatch: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookSaveRefused);
    const lost = (error as WorkbookSaveRefused).lost;
    expect(lost).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'customXml/item1.xml', 'docProps/custom.xml', 'xl/webextensions/webextension1.xml']));
    expect((error as WorkbookSaveRefused).why).toBe('package patch switched off');
  });

  test('a workbook scored without package records is cleared through the rewrite, and exactly', async () => {
    const original = await ExcelJsWorkbook.fromExcelJs(buildExcelJs(FIXTURE)).save();
    const { out } = await scored(original, { packagePatch: false });
    const wb = await ExcelJsWorkbook.load(out);
    await wb.clear(SHEET);
    const cleared = await wb.save();
    expect(wb.lastSave?.mode).toBe('rewrite');
    expect(wb.lastSave?.reason).toMatch(/package records/);
    expect(dumpExcelJs((await ExcelJsWorkbook.load(cleared)).workbook)).toEqual(dumpExcelJs((await ExcelJsWorkbook.load(original)).workbook));
  });

  test('a formula showing "" where the output would go is the user\'s: the output goes past it and the patch saves', async () => {
    const book = buildExcelJs(FIXTURE);
    const ws = book.getWorksheet(SHEET);
    if (ws) ws.getCell('G5').value = { formula: 'IF(1,"","")', result: '' } as never;
    const bytes = await ExcelJsWorkbook.fromExcelJs(book).save();
    const { wb, out } = await scored(bytes);
    expect(wb.lastSave).toEqual({ mode: 'patch', reason: null });
    const back = (await ExcelJsWorkbook.load(out)).workbook.getWorksheet(SHEET);
    expect(back?.getCell('G5').formula).toBe('IF(1,"","")');
    expect(back?.getCell('H3').value).toBe('Raggiungimento (Traguardo)');
  });

  test('a plan put over a formula showing "" is refused before anything is written', async () => {
    const book = buildExcelJs(FIXTURE);
    const sheet = book.getWorksheet(SHEET);
    if (sheet) sheet.getCell('G5').value = { formula: 'IF(1,"","")', result: '' } as never;
    const wb = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(book).save());
    const plan = buildWritePlan(await wb.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await expect(wb.apply({ ...plan, output: { ...plan.output, column: 'G' } })).rejects.toMatchObject({ code: 'OutputNotFree', message: expect.stringMatching(/G5 is in a formula/) });
    expect(wb.workbook.getWorksheet(SHEET)?.getCell('G3').value).toBeNull();
  });
});

describe('package patch on a large sheet', () => {
  // Heavy: builds, scores and saves a 10,000-row workbook twice. Its speed is compared in bench/files.bench.ts.
  test('a 10,000-row sheet: the patch save reads back the same as the ExcelJS rewrite', async () => {
    const n = 10_000;
    const bytes = await ExcelJsWorkbook.fromExcelJs(buildExcelJs(largeFixture(n))).save();
    const run = async (packagePatch: boolean) => {
      const wb = await ExcelJsWorkbook.load(bytes, { packagePatch });
      await wb.apply(buildWritePlan(await wb.readSheet(LARGE), largeReport(n), { lang: 'it', policy: DEFAULT_POLICY }));
      const out = await wb.save();
      return { out, mode: wb.lastSave?.mode };
    };
    const patch = await run(true);
    const rewrite = await run(false);
    expect(patch.mode).toBe('patch');
    expect(rewrite.mode).toBe('rewrite');
    const a = (await ExcelJsWorkbook.load(patch.out)).workbook.getWorksheet(LARGE);
    const b = (await ExcelJsWorkbook.load(rewrite.out)).workbook.getWorksheet(LARGE);
    for (const r of [1, 2, 500, n, n + 1]) {
      for (let c = 1; c <= 8; c++) expect([r, c, a?.getCell(r, c).value, a?.getCell(r, c).numFmt]).toEqual([r, c, b?.getCell(r, c).value, b?.getCell(r, c).numFmt]);
    }
  }, 180_000);
});
