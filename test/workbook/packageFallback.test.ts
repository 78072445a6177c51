import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { PackagePatcher } from '../../src/workbook/file/package/packagePatcher';
import { PatchUnsupported } from '../../src/workbook/file/package/zip';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { buildExcelJs } from '../contract/excelJsHarness';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';

/** The ExcelJS rewrite (which drops charts) is a fallback for the causes the patcher names, reported with its reason. */
describe('package patch fallback', () => {
  const scored = async () => {
    const wb = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(buildExcelJs(FIXTURE)).save());
    await wb.apply(buildWritePlan(await wb.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
    return wb;
  };
  afterEach(() => jest.restoreAllMocks());

  test('a cause the patcher names falls back to the rewrite, with mode and reason', async () => {
    const wb = await scored();
    jest.spyOn(PackagePatcher.prototype, 'save').mockRejectedValue(new PatchUnsupported('zip64 package'));
    await wb.save();
    expect(wb.lastSave).toEqual({ mode: 'rewrite', reason: 'zip64 package' });
  });

  test('any other error is not swallowed by a silent rewrite', async () => {
    const wb = await scored();
    jest.spyOn(PackagePatcher.prototype, 'save').mockRejectedValue(new TypeError('a defect'));
    await expect(wb.save()).rejects.toThrow('a defect');
  });
});
