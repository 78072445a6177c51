/**
 * Issue 10 items 2 and 3 on the Office adapter (fake Excel): the output column goes past what the user has right
 * of the data and is found again by Traguardo's record, in a later session too, never by header text.
 */
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { parseArea, parseCell } from '../../src/workbook/address';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import { cellKey, emptyCell, type FakeExcelHost } from '../fakes/fakeExcel';

const portOf = (host: FakeExcelHost) => createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });

async function score(host: FakeExcelHost) {
  const port = portOf(host);
  const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
  await port.apply(plan);
  return { port, plan };
}

function type(host: FakeExcelHost, address: string, value: string): void {
  const at = parseCell(address);
  if (!at) throw new Error(address);
  host.sheet(SHEET).cells.set(cellKey(at.row, at.col), { ...emptyCell(), value });
}

describe('Office: where the output column goes', () => {
  test('past an (empty) table right of the data, and clear gives the sheet back', async () => {
    const host = buildFakeHost(FIXTURE);
    const area = parseArea('G3:H7');
    if (!area) throw new Error('area');
    host.sheet(SHEET).tables.push({ name: 'Appunti', area, showHeaders: true });
    const original = dumpFake(host);
    const { port, plan } = await score(host);
    expect(plan.output.column).toBe('I');
    await port.clear(SHEET);
    expect(dumpFake(host)).toEqual(original);
  });

  test('a later session finds the earlier column by the record, and a typed output header elsewhere stays the user\'s', async () => {
    const host = buildFakeHost(FIXTURE);
    const original = dumpFake(host);
    const first = await score(host);
    expect(first.plan.output.column).toBe('G');
    const once = dumpFake(host);
    // Before, a cell reading the output header made its column the output column.
    type(host, 'K1', 'Raggiungimento (Traguardo)');
    const typed = dumpFake(host);
    const again = await score(host);
    expect(again.plan.output.column).toBe('G');
    expect(dumpFake(host)).toEqual(typed);
    expect(dumpFake(host).cells[SHEET]?.K1?.value).toBe('Raggiungimento (Traguardo)');
    await again.port.clear(SHEET);
    const cleared = dumpFake(host);
    expect(cleared.cells[SHEET]?.K1?.value).toBe('Raggiungimento (Traguardo)');
    delete cleared.cells[SHEET]?.K1;
    expect(cleared).toEqual(original);
    expect(once).not.toEqual(original);
  });
});
