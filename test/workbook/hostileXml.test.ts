/**
 * Issue 10, the package patcher's XML: long tokens (no super-linear scanning), markup inside CDATA and comments
 * (text, never elements), and the patch keeps every untouched byte. Workbooks from test/fixtures/hostile/.
 */
import { SaxesParser } from 'saxes';
import { unzipSync, strFromU8 } from 'fflate';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { attrs, removeAttr, setAttr } from '../../src/workbook/file/package/xml';
import { SheetPart } from '../../src/workbook/file/package/sheet';
import { scoreWorkbook } from '../../src/cli/pipeline';
import { reworked } from '../fixtures/hostile/workbooks';
import { rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { fakeIo } from '../cli/_lib/fakeIo';

const SHEET = 'xl/worksheets/sheet1.xml';
const LONG = 'a'.repeat(200_000);

/** Score the workbook's sheets and save: the patched bytes and how they were written. */
async function scoreAndSave(bytes: Uint8Array): Promise<{ out: Uint8Array; mode: string | undefined; reason: string | null | undefined }> {
  const wb = await ExcelJsWorkbook.load(bytes);
  const outcomes = await scoreWorkbook(wb, { sheets: [], year: null, map: {}, lang: 'en', write: true });
  expect(outcomes.some((o) => o.kind === 'scored')).toBe(true);
  const out = await wb.save();
  return { out, mode: wb.lastSave?.mode, reason: wb.lastSave?.reason };
}

function wellFormed(xml: string): void {
  const p = new SaxesParser();
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

describe('long tokens: the scanner is linear', () => {
  test('attrs, setAttr and removeAttr on a tag with a 200,000-character value and a 200,000-character stray token', () => {
    const tag = `<workbook xmlns="m" z:pad="${LONG}" ${LONG} s="1">`;
    const t0 = Date.now();
    expect(attrs(tag)).toEqual({ xmlns: 'm', 'z:pad': LONG, s: '1' });
    expect(attrs(setAttr(tag, 's', '2'))['s']).toBe('2');
    expect(removeAttr(tag, 'z:pad')).toBe(`<workbook xmlns="m" ${LONG} s="1">`);
    // Quadratic scanning took minutes here; linear takes milliseconds. A bound only quadratic work could break.
    expect(Date.now() - t0).toBeLessThan(30_000);
  }, 60_000);

  test.each([
    ['the <workbook> tag', 'xl/workbook.xml', (x: string) => x.replace('<workbook ', `<workbook xmlns:z="urn:z" z:pad="${LONG}" `)],
    ['a .rels part', 'xl/_rels/workbook.xml.rels', (x: string) => x.replace('<Relationships ', '<Relationships xmlns:z="urn:z" ').replace('<Relationship ', `<Relationship z:pad="${LONG}" `)],
  ])('a 200,000-character token in %s: scored and patched in bounded time', async (_what, part, edit) => {
    const bytes = await reworked({ [part]: edit });
    expect(bytes.length).toBeLessThan(20_000);
    const t0 = Date.now();
    const r = await scoreAndSave(bytes);
    expect(r.mode).toBe('patch');
    expect(strFromU8(unzipSync(r.out)[part] as Uint8Array)).toContain(LONG);
    expect(Date.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});

describe('a stray 200,000-character token (no value): a one-line refusal in bounded time, not minutes of scanning', () => {
  test.each([
    ['the <workbook> tag', 'xl/workbook.xml', (x: string) => x.replace('<workbook ', `<workbook ${LONG} `)],
    ['a .rels part', 'xl/_rels/workbook.xml.rels', (x: string) => x.replace('<Relationship ', `<Relationship ${LONG} `)],
  ])('in %s', async (_what, part, edit) => {
    const input = path.join(tmpdir(), `traguardo-stray-${process.pid}-${part.replace(/\W/g, '')}.xlsx`);
    writeFileSync(input, await reworked({ [part]: edit }));
    const io = fakeIo();
    const t0 = Date.now();
    try {
      const code = await runScore([input, '--lang', 'en'], io);
      expect(code).toBe(2);
      expect(io.err()).toBe(`traguardo: ${input}: corrupt .xlsx file (its zip archive or XML cannot be read)\n`);
    } finally {
      rmSync(input, { force: true });
    }
    // The old attribute scanner needed about 95 s for this token (quadratic); a generous bound.
    expect(Date.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});

describe('markup inside CDATA and comments is text', () => {
  const cdata = '<![CDATA[note </row><row r="7"><c r="E7"><v>1</v></c>]]>';
  const comment = '<!-- <c r="E3"/> -->';
  const edit = (x: string): string =>
    x
      .replace(/<c r="B2"[^>]*>.*?<\/c>/, `<c r="B2" t="inlineStr"><is><t>${cdata}</t></is></c>`)
      .replace(/(<row r="3"[^>]*>)/, `$1${comment}`)
      .replace('<sheetData>', '<sheetData><?keep </row> ?>');

  test('the sheet part reads rows and cells around them', () => {
    const parts = edit('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="s"><v>1</v></c></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData></worksheet>');
    const sp = new SheetPart(parts);
    expect(sp.cell(3, 5).xml).toBeNull();
    expect(sp.cell(7, 5).xml).toBeNull();
    expect(sp.cell(2, 2).xml).toBe(`<c r="B2" t="inlineStr"><is><t>${cdata}</t></is></c>`);
    sp.setCell(2, 5, '<c r="E2"><v>1</v></c>');
    sp.setCell(3, 5, '<c r="E3"><v>2</v></c>');
    const out = sp.toString();
    wellFormed(out);
    expect(out).toContain(`<row r="2"><c r="B2" t="inlineStr"><is><t>${cdata}</t></is></c><c r="E2"><v>1</v></c></row>`);
    expect(out).toContain(`<row r="3">${comment}<c r="A3"><v>1</v></c><c r="E3"><v>2</v></c></row>`);
  });

  test('a scored workbook keeps the CDATA, the comment and the processing instruction byte for byte', async () => {
    const bytes = await reworked({ [SHEET]: edit });
    const r = await scoreAndSave(bytes);
    expect(r.mode).toBe('patch');
    const xml = strFromU8(unzipSync(r.out)[SHEET] as Uint8Array);
    wellFormed(xml);
    expect(xml).toContain(cdata);
    expect(xml).toContain(comment);
    expect(xml).toContain('<?keep </row> ?>');
    // The output cells are real elements of rows 2 and 3, none inside the user's text.
    expect(xml).toMatch(/<row r="2"[^>]*>.*<\/c><c r="E2"[^>]*>.*?<\/c><\/row>/);
    expect(xml).toMatch(/<row r="3"[^>]*><!-- <c r="E3"\/> -->.*<c r="E3"[^>]*>.*?<\/c><\/row>/);
  });
});
