/**
 * Issue 10, the zip layer: zip bombs (in an unused part, in a part ExcelJS reads, with honest or lying headers),
 * budgets for a part and a whole package, entries named twice, zip64 packages, inputs without a size.
 * Every package is generated (test/fixtures/hostile/zips.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { PackageRefused, ZipReader } from '../../src/workbook/file/package/zip';
import { loadWorkbookFile } from '../../src/cli/_lib/loadWorkbookFile';
import { fakeIo } from '../cli/_lib/fakeIo';
import { tempDir } from '../cli/_lib/workbookFiles';
import { plainIndicatorRows, xlsx } from '../fixtures/hostile/workbooks';
import { buildZip, entriesOf, entry, zerosEntry, type RawEntry } from '../fixtures/hostile/zips';

const GB = 1024 * 1024 * 1024;
let dir: string;
let base: RawEntry[];
let zeros: RawEntry;

beforeAll(async () => {
  dir = tempDir('traguardo-zip-');
  base = entriesOf(await xlsx((wb) => {
    const ws = wb.addWorksheet('Indicatori');
    for (const r of plainIndicatorRows(3)) ws.addRow(r);
  }));
  zeros = await zerosEntry('xl/bomb.bin', GB);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function score(input: string, ...args: string[]): Promise<{ code: number; err: string }> {
  const io = fakeIo();
  const code = await runScore([input, '--lang', 'en', ...args], io);
  return { code, err: io.err() };
}

describe('zip bombs', () => {
  test(
    '1 GB of zeros in a part nothing reads: never inflated, scored, and copied byte for byte into the output',
    async () => {
      const input = file('unused-bomb.xlsx', buildZip([...base, zeros]));
      expect(readFileSync(input).length).toBeLessThan(3 * 1024 * 1024);
      const before = process.memoryUsage().rss;
      const out = path.join(dir, 'unused-bomb-out.xlsx');
      const r = await score(input, '--out', out);
      const grown = process.memoryUsage().rss - before;
      expect(r).toEqual({ code: 0, err: '' });
      const a = new ZipReader(readFileSync(input));
      const b = new ZipReader(readFileSync(out));
      const ea = a.entry('xl/bomb.bin');
      const eb = b.entry('xl/bomb.bin');
      expect(ea && eb && Buffer.from(b.raw(eb)).equals(Buffer.from(a.raw(ea)))).toBe(true);
      // Inflating the part would take a gigabyte; a generous bound far below it.
      expect(grown).toBeLessThan(400 * 1024 * 1024);
    },
    120_000,
  );

  test('1 GB of zeros as the theme, sizes declared honestly: refused from the central directory in one line', async () => {
    const bomb = { ...zeros, name: 'xl/theme/theme1.xml' };
    const input = file('theme-bomb.xlsx', buildZip([...base.filter((e) => e.name !== 'xl/theme/theme1.xml'), bomb]));
    const r = await score(input);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`traguardo: ${input}: part xl/theme/theme1.xml inflates past 128 MB (the limit for one part): file refused\n`);
  }, 60_000);

  test('1 GB of zeros as the theme under a header claiming 7 KB: stopped as soon as it passes 7 KB', async () => {
    const bomb = { ...zeros, name: 'xl/theme/theme1.xml', usize: 7000 };
    const input = file('theme-liar.xlsx', buildZip([...base.filter((e) => e.name !== 'xl/theme/theme1.xml'), bomb]));
    const r = await score(input);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`traguardo: ${input}: part xl/theme/theme1.xml inflates past its declared size (7000 bytes): file refused\n`);
  }, 60_000);

  test('a budget for the whole package: parts that each pass but together do not are refused', async () => {
    const bytes = buildZip(base);
    await expect(ExcelJsWorkbook.load(bytes, { limits: { part: 1 << 20, total: 4000 } })).rejects.toMatchObject({ kind: 'package-too-large', part: null, limit: 4000 });
    await expect(ExcelJsWorkbook.load(bytes, { limits: { part: 1000, total: 1 << 30 } })).rejects.toBeInstanceOf(PackageRefused);
    await expect(ExcelJsWorkbook.load(bytes)).resolves.toBeInstanceOf(ExcelJsWorkbook);
  });
});

describe('parts the package patch reads besides ExcelJS', () => {
  test('a bomb as [Content_Types].xml (a header claiming 2 KB) is refused before the patcher inflates it', async () => {
    const bomb = { ...zeros, name: '[Content_Types].xml', usize: 2000 };
    await expect(ExcelJsWorkbook.load(buildZip([...base.filter((e) => e.name !== '[Content_Types].xml'), bomb]))).rejects.toMatchObject({ kind: 'size-mismatch', part: '[Content_Types].xml' });
  });

  test('the zip reader never allocates past a part budget, whatever a header declares', () => {
    const bomb = { ...zeros, name: 'xl/other.xml' };
    const zip = new ZipReader(buildZip([...base, bomb]));
    expect(() => zip.read('xl/other.xml')).toThrow(PackageRefused);
    const liar = new ZipReader(buildZip([...base, { ...zeros, name: 'xl/other.xml', usize: 100 }]));
    expect(() => liar.read('xl/other.xml')).toThrow(PackageRefused);
  });
});

describe('entries named twice', () => {
  test('a package holding a worksheet twice is refused by name (no stale copy kept)', async () => {
    const sheet = base.find((e) => e.name === 'xl/worksheets/sheet1.xml') as RawEntry;
    const input = file('dup.xlsx', buildZip([...base, { ...sheet, name: 'XL/worksheets/Sheet1.xml' }]));
    const r = await score(input, '--out', path.join(dir, 'dup-out.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`traguardo: ${input}: the archive holds the part XL/worksheets/Sheet1.xml twice (a tampered or damaged file)\n`);
    expect(existsSync(path.join(dir, 'dup-out.xlsx'))).toBe(false);
  });
});

describe('zip64', () => {
  test('a valid zip64 package is read, scored and patched', async () => {
    const input = file('zip64.xlsx', buildZip(base, { zip64: true }));
    const out = path.join(dir, 'zip64-out.xlsx');
    const r = await score(input, '--out', out);
    expect(r).toEqual({ code: 0, err: '' });
    const wb = await ExcelJsWorkbook.load(readFileSync(out));
    expect(wb.workbook.getWorksheet('Indicatori')?.getCell('E1').value).toBeTruthy();
  });
});

describe('input size', () => {
  test('a file past the input cap is refused after reading just past the cap', async () => {
    const input = file('big.bin', new Uint8Array(3 << 20));
    await expect(loadWorkbookFile(input, 'en', 1 << 20)).rejects.toThrow(`${input}: file larger than 1 MB: file refused`);
  });

  (existsSync('/dev/zero') ? test : test.skip)(
    'score /dev/zero stops at the cap with one line',
    async () => {
      const r = await score('/dev/zero');
      expect(r).toEqual({ code: 2, err: 'traguardo: /dev/zero: file larger than 256 MB: file refused\n' });
    },
    60_000,
  );

  test('a stored entry whose header says one thing and whose data another is refused', async () => {
    const parts = [...base.filter((e) => e.name !== 'xl/styles.xml'), { ...entry('xl/styles.xml', '<styleSheet/>'), method: 0 as const, data: Buffer.from('<styleSheet/>'), usize: 5 }];
    await expect(ExcelJsWorkbook.load(buildZip(parts))).rejects.toMatchObject({ kind: 'size-mismatch', part: 'xl/styles.xml' });
  });
});
