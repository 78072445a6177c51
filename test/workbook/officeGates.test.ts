import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import type { FakeExcelHost } from '../fakes/fakeExcel';

async function scored(host: FakeExcelHost) {
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
  const snapshot = await port.readSheet(SHEET);
  const plan = buildWritePlan(snapshot, fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
  return { port, snapshot, plan, outcome: await port.apply(plan) };
}

describe('Office adapter on hosts below ExcelApi 1.18', () => {
  test('with ExcelApi 1.10 flagged cells get threaded comments and clear removes them', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.10' });
    // A cell holds a note or a comment, not both: this sheet has no legacy note (see excelBehaviour.test.ts).
    host.sheet(SHEET).notes.clear();
    const original = dumpFake(host);
    const { port, plan, outcome } = await scored(host);
    expect(outcome).toEqual({ values: 4, highlights: 6, notes: 2, findingsSheet: null });
    const comments = host.sheet(SHEET).comments;
    expect(comments.get('D4')?.content).toBe(plan.notes.find((n) => n.address === 'D4')?.text);
    await port.clear(SHEET);
    expect(dumpFake(host)).toEqual(original);
  });

  test('with ExcelApi 1.10 a cell holding a user comment keeps it and its finding goes to a findings sheet', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.10' });
    host.sheet(SHEET).notes.clear();
    host.sheet(SHEET).comments.set('C7', { id: 'u1', content: 'Da verificare' });
    const original = dumpFake(host);
    const { port, outcome } = await scored(host);
    expect(outcome).toMatchObject({ notes: 1, findingsSheet: 'Traguardo (Obiettivi 2023)' });
    expect(host.sheet(SHEET).comments.get('C7')?.content).toBe('Da verificare');
    await port.clear(SHEET);
    expect(dumpFake(host)).toEqual(original);
  });

  test('with ExcelApi 1.7 findings go to a findings sheet whose links point at the cells', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.7' });
    const { outcome } = await scored(host);
    expect(outcome).toEqual({ values: 4, highlights: 6, notes: 0, findingsSheet: 'Traguardo (Obiettivi 2023)' });
    const sheet = host.sheet('Traguardo (Obiettivi 2023)');
    expect(sheet.cells.get('1,0')?.value).toBe('Cella');
    expect(sheet.cells.get('2,0')?.formula).toBe(`=HYPERLINK("#'Obiettivi 2023'!D4","D4")`);
    expect(sheet.cells.get('2,2')?.value).toBe('stated-mismatch');
    expect(host.sheet(SHEET).notes.size).toBe(1);
  });

  test('with ExcelApi 1.7 the read leaves merges and hidden rows out instead of failing', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.7' });
    const { snapshot } = await scored(host);
    expect(snapshot.merges).toEqual([]);
    expect(snapshot.hiddenRows).toEqual([]);
    expect(snapshot.cells[3]?.[3]).toEqual({ value: 0.2856, text: '28.56%', format: '0.00%' });
  });

  test('with ExcelApi 1.7 clear removes the findings sheet and restores the workbook', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.7' });
    const original = dumpFake(host);
    const { port, plan } = await scored(host);
    await port.apply(plan);
    expect(host.sheets.map((s) => s.name)).toEqual([SHEET, 'Dati', 'Archivio', 'Traguardo (Obiettivi 2023)']);
    await expect(port.clear(SHEET)).resolves.toEqual({ values: 4, highlights: 6, notes: 0 });
    expect(dumpFake(host)).toEqual(original);
  });
});
