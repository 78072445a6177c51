/**
 * The patched package through LibreOffice (Debian's libreoffice-calc-nogui): the rich fixture (chart, custom XML,
 * custom properties, web extension, a user note) scored by the package patch opens in LibreOffice, which shows
 * the output column, keeps the chart when it re-saves the file, and whose re-saved copy still reads back with
 * the same values, highlights and notes; the cleared copy opens too. Skipped only when soffice is absent and CI
 * is not set.
 */
import { readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { ZipReader } from '../../src/workbook/file/package/zip';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { tempDir } from '../cli/_lib/workbookFiles';
import { convertInto, findSoffice, parseCsv, privateProfile, UTF8_CSV } from '../libreoffice/_lib/soffice';
import { conditionalFills, loadXlsx, notesOf } from '../samples/_lib/workbookCells';
import { fixtureReport, USER_NOTE } from '../contract/fixture';
import { SHEET, richWorkbookBytes } from '../fixtures/workbook/richWorkbook';

const soffice = findSoffice();

if (!soffice && !process.env['CI']) {
  test.skip('package patch through LibreOffice: skipped because soffice is not on PATH', () => undefined);
} else {
  jest.setTimeout(300_000);

  describe('a workbook scored by the package patch, through LibreOffice', () => {
    let dir: string;
    let profile: string;
    let scored: string;
    let cleared: string;
    const lo = (input: string, to: string, ext: string, sub: string) => convertInto(soffice, input, { to, ext, dir, sub, profile });

    beforeAll(async () => {
      dir = tempDir('traguardo-patch-lo-');
      profile = privateProfile();
      const wb = await ExcelJsWorkbook.load(await richWorkbookBytes());
      await wb.apply(buildWritePlan(await wb.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
      const bytes = await wb.save();
      expect(wb.lastSave?.mode).toBe('patch');
      scored = path.join(dir, 'scored.xlsx');
      writeFileSync(scored, bytes);
      const again = await ExcelJsWorkbook.load(bytes);
      await again.clear(SHEET);
      cleared = path.join(dir, 'cleared.xlsx');
      writeFileSync(cleared, await again.save());
      expect(again.lastSave?.mode).toBe('patch');
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    });

    test('LibreOffice opens the patched copy and shows the output column', async () => {
      const rows = parseCsv(readFileSync(await lo(scored, UTF8_CSV, 'csv', 'csv'), 'utf8'));
      expect(rows[2]?.[6]).toBe('Raggiungimento (Traguardo)');
      expect(rows[3]?.[6]).toMatch(/^100[.,]0\s?%$/);
      expect(rows[4]?.[6]).toMatch(/^97[.,]1\s?%$/);
      expect(rows[6]?.[6]).toBe('n.v.');
      expect(rows[3]?.[1]).toBe('Imprese aderenti');
    });

    test('re-saved by LibreOffice: the chart is kept, and values, highlights and notes read back the same', async () => {
      const resaved = await lo(scored, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', 'resaved');
      const zip = new ZipReader(new Uint8Array(readFileSync(resaved)));
      expect(zip.entries.some((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name))).toBe(true);
      const mine = (await loadXlsx(scored)).getWorksheet(SHEET);
      const theirs = (await loadXlsx(resaved)).getWorksheet(SHEET);
      if (!mine || !theirs) throw new Error(`sheet ${SHEET} missing`);
      for (const r of [4, 5, 6]) {
        expect(theirs.getCell(r, 7).value).toBeCloseTo(mine.getCell(r, 7).value as number, 9);
        expect(theirs.getCell(r, 7).numFmt).toContain('%');
      }
      expect(conditionalFills(theirs)).toEqual(conditionalFills(mine));
      expect(notesOf(theirs)).toEqual(notesOf(mine));
      expect(notesOf(theirs).get('D4')?.startsWith(USER_NOTE)).toBe(true);
    });

    test('LibreOffice opens the cleared copy: no output column, the user note as it was', async () => {
      const rows = parseCsv(readFileSync(await lo(cleared, UTF8_CSV, 'csv', 'csv-cleared'), 'utf8'));
      expect(rows[2]?.[6] ?? '').toBe('');
      const resaved = await lo(cleared, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', 'resaved-cleared');
      const ws = (await loadXlsx(resaved)).getWorksheet(SHEET);
      if (!ws) throw new Error(`sheet ${SHEET} missing`);
      // Only the user's own conditional format (F4:F6, italic) is left.
      expect([...conditionalFills(ws).keys()].sort()).toEqual(['F4', 'F5', 'F6']);
      expect([...notesOf(ws).entries()]).toEqual([['D4', USER_NOTE]]);
    });
  });
}
