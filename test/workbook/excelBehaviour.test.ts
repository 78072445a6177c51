/**
 * Each defect of issue 9 that real Excel exposes, pinned against the fake (which enforces the documented
 * behaviour, see the links in test/fakes): every test here fails on the code before the fix.
 */
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { textConstants } from '../../src/workbook/highlight';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { noteText } from '../../src/workbook/file/cellOriginal';
import { NOTE_SEPARATOR } from '../../src/workbook/noteText';
import { buildExcelJs } from '../contract/excelJsHarness';
import { FIXTURE, SHEET, USER_NOTE, fixtureReport } from '../contract/fixture';
import { LARGE, largeFixture, largeReport } from './largeSheet';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import { STATE_KEY } from '../../src/workbook/office/stateStore';
import type { FakeExcelHost } from '../fakes/fakeExcel';

export const portOf = (host: FakeExcelHost) => createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });

describe('defect 2: unbounded areas from getSpecialCellsOrNullObject("Visible") and merged areas', () => {
  test('hidden rows and columns are read from whole-row and whole-column areas', async () => {
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).hiddenCols.add(2);
    const snap = await portOf(host).readSheet(SHEET);
    expect(snap.hiddenRows).toEqual([1]);
    expect(snap.hiddenCols).toEqual([2]);
  });

  test('a sheet whose name holds a comma keeps its merged areas', async () => {
    const fixture = FIXTURE.map((s) => (s.name === SHEET ? { ...s, name: 'Obiettivi, 2023' } : s));
    const snap = await portOf(buildFakeHost(fixture)).readSheet('Obiettivi, 2023');
    expect(snap.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 5 }, { top: 3, left: 0, bottom: 4, right: 0 }]));
    expect(snap.hiddenRows).toEqual([1]);
  });
});

describe('defect 1: highlight rules Excel accepts', () => {
  test('400 indicators of interleaved bands: every rule formula accepted by the host, at most three rules per coloured column', async () => {
    const host = buildFakeHost(largeFixture(400));
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(400), { lang: 'it', policy: DEFAULT_POLICY });
    await expect(port.apply(plan)).resolves.toMatchObject({ values: 400, highlights: 600 });
    const rules = host.sheet(LARGE).conditionalFormats;
    expect(rules).toHaveLength(6);
    expect(rules.every((r) => textConstants(r.formula).every((t) => t.length <= 255))).toBe(true);
  });

  test('the fake refuses a rule with a text constant over 255 characters, as Excel does', async () => {
    const host = buildFakeHost(FIXTURE);
    const long = `=ISNUMBER(SEARCH("|"&ROW()&"|","|${Array.from({ length: 120 }, (_, i) => i + 5).join('|')}|"))`;
    await expect(host.batch(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem(SHEET).getRange('D4:D90').conditionalFormats.add('Custom');
      cf.custom.rule.formula = long;
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('defect 5: the findings sheet holds text as text', () => {
  test('names and messages starting with =, + or -, and codes like 1.10 or 3/4, are written as the same text', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.7' });
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    const odd = [
      { address: 'D4', severity: 'warning' as const, code: '1.10', indicator: '=SOMMA(A1:A3)', message: '-20% rispetto al 2022' },
      { address: 'D5', severity: 'info' as const, code: '3/4', indicator: '+ Imprese', message: '=HYPERLINK("http://x","y")' },
    ];
    plan.findings.push(...odd);
    const outcome = await port.apply(plan);
    expect(outcome.findingsSheet).toBe('Traguardo (Obiettivi 2023)');
    const sheet = host.sheet('Traguardo (Obiettivi 2023)');
    const row = (r: number) => [1, 2, 3, 4].map((c) => sheet.cells.get(`${r},${c}`));
    const n = plan.findings.length;
    for (const [i, f] of odd.entries()) {
      const cells = row(n + i);
      expect(cells.map((c) => c?.value)).toEqual([f.severity, f.code, f.indicator, f.message]);
      expect(cells.every((c) => c?.formula === null)).toBe(true);
    }
    expect(sheet.cells.get('2,0')?.formula).toMatch(/^=HYPERLINK\("#'Obiettivi 2023'!/);
  });

  test('the fake takes a string starting with = through values as a formula, and 1.10 as a number, as Excel does', async () => {
    const host = buildFakeHost(FIXTURE);
    await host.batch(async (ctx) => {
      ctx.workbook.worksheets.getItem('Dati').getRange('B1:C1').values = [['=SOMMA(A1)', '1.10']];
      await ctx.sync();
    });
    expect(host.sheet('Dati').cells.get('1,1')?.formula).toBe('=SOMMA(A1)');
    expect(host.sheet('Dati').cells.get('1,2')?.value).toBe(1.1);
  });
});

describe("defect 7: a user's note keeps what the user wrote since the first apply", () => {
  const edited = `${USER_NOTE} — verificato il 3 marzo`;

  test('Office: re-run and Clear keep the edited user part', async () => {
    const host = buildFakeHost(FIXTURE);
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await port.apply(plan);
    const notes = host.sheet(SHEET).notes;
    notes.set('D4', (notes.get('D4') ?? '').replace(USER_NOTE, edited));
    await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
    expect(notes.get('D4')?.startsWith(`${edited}${NOTE_SEPARATOR}Traguardo:`)).toBe(true);
    await portOf(host).clear(SHEET);
    expect(notes.get('D4')).toBe(edited);
  });

  test('files (ExcelJS): Clear keeps the edited user part', async () => {
    const wb = ExcelJsWorkbook.fromExcelJs(buildExcelJs(FIXTURE));
    const plan = buildWritePlan(await wb.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await wb.apply(plan);
    const cell = wb.workbook.getWorksheet(SHEET)?.getCell('D4');
    if (!cell) throw new Error('no D4');
    cell.note = String(noteText(cell.note)).replace(USER_NOTE, edited);
    await wb.clear(SHEET);
    expect(noteText(cell.note)).toBe(edited);
  });
});

describe('defect 10: comments over legacy notes, the 2 MB settings limit, sheet names in any case', () => {
  test('with comments (1.10) but no notes API, a cell holding a legacy note sends the findings to the findings sheet', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.10' });
    const original = dumpFake(host);
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    expect(host.sheet(SHEET).notes.get('D4')).toBe(USER_NOTE);
    await expect(port.apply(plan)).resolves.toMatchObject({ notes: 0, findingsSheet: 'Traguardo (Obiettivi 2023)' });
    expect(host.sheet(SHEET).notes.get('D4')).toBe(USER_NOTE);
    expect(host.sheet(SHEET).comments.size).toBe(0);
    await portOf(host).clear(SHEET);
    expect(dumpFake(host)).toEqual(original);
  });

  test('a record over the 2 MB the settings hold in all is refused with a clear error before anything is written', async () => {
    const host = buildFakeHost(FIXTURE);
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    const other = { output: null, highlights: [], notes: Array.from({ length: 24_000 }, (_, i) => ({ address: `Z${i + 1}`, original: 'x'.repeat(60) })), findingsSheet: null, counts: { values: 0, highlights: 0, notes: 0 } };
    host.settings.set(STATE_KEY, JSON.stringify({ format: 'traguardo', version: 1, settings: null, sheets: { Altro: other } }));
    const before = { dump: dumpFake(host), settings: [...host.settings] };
    const error = await port.apply(plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SettingsTooLarge' });
    expect(String((error as Error).message)).toMatch(/2 MB/);
    expect({ dump: dumpFake(host), settings: [...host.settings] }).toEqual(before);
  });

  test('the record is measured as the settings store it (each part a string, serialized again): quotes count twice', async () => {
    const host = buildFakeHost(FIXTURE);
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    // About 1.5 MB as plain JSON, over 2 MB once stored: notes made of quotes.
    const other = { output: null, highlights: [], notes: Array.from({ length: 10_000 }, (_, i) => ({ address: `Z${i + 1}`, original: '"'.repeat(60) })), findingsSheet: null, counts: { values: 0, highlights: 0, notes: 0 } };
    host.settings.set(STATE_KEY, JSON.stringify({ format: 'traguardo', version: 1, settings: null, sheets: { Altro: other } }));
    const before = { dump: dumpFake(host), settings: [...host.settings] };
    const error = await port.apply(plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SettingsTooLarge' });
    expect({ dump: dumpFake(host), settings: [...host.settings] }).toEqual(before);
  });

  test('the fake refuses settings over 2 MB in all, as Excel does', async () => {
    const host = buildFakeHost(FIXTURE);
    host.settings.set('a', 'x'.repeat(1_500_000));
    await expect(host.batch(async (ctx) => {
      ctx.workbook.settings.add('b', 'y'.repeat(700_000));
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'GeneralException' });
  });

  test('a user sheet named like the findings sheet in another case is left alone', async () => {
    const host = buildFakeHost([...FIXTURE, { name: 'TRAGUARDO (OBIETTIVI 2023)', cells: [{ address: 'A1', value: 'mio' }] }], { excelApi: '1.7' });
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await expect(port.apply(plan)).resolves.toMatchObject({ findingsSheet: 'Traguardo (Obiettivi 2023) 2' });
    await portOf(host).clear(SHEET);
    expect(host.sheets.map((s) => s.name)).toEqual([...FIXTURE.map((s) => s.name), 'TRAGUARDO (OBIETTIVI 2023)']);
  });
});

describe('defect 6: conditional formats removed without deleting stacked rules one by one where Traguardo owns the range', () => {
  test("the output column's rules go with clearAll on the named span; only the result column's are deleted one by one", async () => {
    const host = buildFakeHost(largeFixture(200));
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(200), { lang: 'it', policy: DEFAULT_POLICY });
    await port.apply(plan);
    expect(host.sheet(LARGE).conditionalFormats.map((r) => r.formula)).toContain('=AND(N("Traguardo")=0,ISNUMBER(F2),F2>=1)');
    host.ruleDeletes = 0;
    await port.apply(plan);
    expect(host.ruleDeletes).toBe(3);
    host.ruleDeletes = 0;
    await port.clear(LARGE);
    expect(host.ruleDeletes).toBe(3);
    expect(host.sheet(LARGE).conditionalFormats).toHaveLength(0);
  });
});

test("a user's two cellValue rules on the result cells (office-js #6827: their properties cannot be read) are left alone by compute and Clear", async () => {
  const host = buildFakeHost(FIXTURE);
  const area = { top: 4, left: 3, bottom: 7, right: 3 };
  host.sheet(SHEET).conditionalFormats.push(
    { id: 901, area, type: 'CellValue', formula: '>1', fill: '#0000FF', fontColor: null },
    { id: 902, area, type: 'CellValue', formula: '<0', fill: '#FF0000', fontColor: null },
  );
  const original = dumpFake(host);
  const port = portOf(host);
  await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
  await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
  await portOf(host).clear(SHEET);
  expect(dumpFake(host)).toEqual(original);
});

test('the fake refuses what office-js #5222 reports: deleting one of two cellValue rules on the same cell (ItemNotFound)', async () => {
  const host = buildFakeHost(FIXTURE);
  const area = { top: 1, left: 0, bottom: 1, right: 0 };
  host.sheet(SHEET).conditionalFormats.push(
    { id: 911, area, type: 'CellValue', formula: 'between 1 and 2', fill: '#0000FF', fontColor: null },
    { id: 912, area, type: 'CellValue', formula: 'between 3 and 4', fill: '#FF0000', fontColor: null },
  );
  await expect(host.run(async (ctx: Excel.RequestContext) => {
    const cfs = ctx.workbook.worksheets.getItem(SHEET).getRange('A1').conditionalFormats;
    cfs.load('items/type');
    await ctx.sync();
    cfs.items[0]?.delete();
    await ctx.sync();
  })).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(host.sheet(SHEET).conditionalFormats.filter((m) => m.type === 'CellValue')).toHaveLength(2);
});

test('defect 10: a sheet renamed in another case between compute and Clear is the same sheet (Excel compares names case-insensitively)', async () => {
  const host = buildFakeHost(FIXTURE);
  const port = portOf(host);
  await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
  const expected = buildFakeHost(FIXTURE);
  for (const h of [host, expected]) h.sheet(SHEET).name = SHEET.toUpperCase();
  await expect(portOf(host).clear(SHEET.toUpperCase())).resolves.toMatchObject({ values: 4 });
  expect({ dump: dumpFake(host), settings: [...host.settings] }).toEqual({ dump: dumpFake(expected), settings: [] });
});
