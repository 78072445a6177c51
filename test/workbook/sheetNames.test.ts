/**
 * Sheet names Traguardo makes (the findings sheet, the audit sheet, their "… 2" variants) keep to Excel's rules
 * (31 UTF-16 units, no / \ ? * : [ ], no apostrophe at either end, never half of a two-unit character), which the
 * fake Excel enforces on `worksheets.add` (test/fakes/_lib/fakeWorksheet.ts).
 */
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { fitSheetName } from '../../src/workbook/address';
import { findingsSheetName } from '../../src/workbook/findingsSheet';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, fixtureReport, type FixtureSheet } from '../contract/fixture';
import { buildFakeHost } from '../contract/officeHarness';

const valid = (name: string): boolean =>
  name.trim() !== '' && name.length <= 31 && !/[/\\?*:[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name);

test('fitSheetName never cuts a two-unit character in half', () => {
  expect(fitSheetName('abc🙂', 4)).toBe('abc');
  expect(fitSheetName('abc🙂', 5)).toBe('abc🙂');
  expect(fitSheetName('short', 31)).toBe('short');
});

test.each(['Obiettivi 2023', 'Obiettivi strategici e operativi 2023 – area', 'Piano 2023x 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂'])('the findings sheet name for %j is one Excel accepts', (sheet) => {
  expect(valid(findingsSheetName(sheet))).toBe(true);
});

test('the fake Excel refuses the names Excel refuses', async () => {
  for (const bad of ['', 'a'.repeat(32), 'a/b', 'a[1]', "'quoted'", 'x:y']) {
    const host = buildFakeHost(FIXTURE);
    await expect(host.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.add(bad);
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  }
});

test('a findings sheet for a scored sheet with a long name holding emoji is created on the fake Excel (which refuses invalid names)', async () => {
  // "Traguardo (" and these 12 characters leave 7 units for the emoji: a plain cut at 30 would halve the fourth.
  const long = 'Piano 2023x 🙂🙂🙂🙂🙂🙂🙂🙂🙂';
  const fixture: FixtureSheet[] = [{ ...(FIXTURE[0] as FixtureSheet), name: long }];
  const host = buildFakeHost(fixture, { excelApi: '1.7' });
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
  const report = { ...fixtureReport(), sheet: long, mapping: { ...fixtureReport().mapping, sheet: long } };
  const outcome = await port.apply(buildWritePlan(await port.readSheet(long), report, { lang: 'it', policy: DEFAULT_POLICY }));
  expect(outcome.findingsSheet).not.toBeNull();
  expect(valid(outcome.findingsSheet as string)).toBe(true);
  expect(host.sheets.map((s) => s.name)).toContain(outcome.findingsSheet);
});
