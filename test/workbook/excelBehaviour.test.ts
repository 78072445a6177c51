/**
 * Each defect of issue 9 that real Excel exposes, pinned against the fake (which enforces the documented
 * behaviour, see the links in test/fakes): every test here fails on the code before the fix.
 */
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { FIXTURE, SHEET } from '../contract/fixture';
import { buildFakeHost } from '../contract/officeHarness';
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
