import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { HostError, toIssue } from '../../src/workbook/errors';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import type { FakeExcelHost } from '../fakes/fakeExcel';
import { LARGE, largeFixture, largeReport } from './largeSheet';

async function planFor(host: FakeExcelHost) {
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
  return { port, plan: buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }) };
}

describe('Office adapter when Excel refuses', () => {
  test('a protected sheet rejects apply with AccessDenied and nothing is written', async () => {
    const host = buildFakeHost(FIXTURE);
    const { port, plan } = await planFor(host);
    host.sheet(SHEET).protected = true;
    const before = dumpFake(host);
    const error = await port.apply(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(toIssue(error)).toEqual({ code: 'host-error', severity: 'error', params: { code: 'AccessDenied' } });
    expect(dumpFake(host)).toEqual(before);
  });

  test.each(['InvalidOperationInCellEditMode', 'GeneralException'])(
    'a write sync failing with %s reaches the caller with that code and leaves the sheet as it was',
    async (code) => {
      const host = buildFakeHost(FIXTURE);
      const { port, plan } = await planFor(host);
      const before = dumpFake(host);
      host.failSync(code, { writesOnly: true });
      await expect(port.apply(plan)).rejects.toMatchObject({ name: 'HostError', code });
      expect(dumpFake(host)).toEqual(before);
    },
  );

  test('a write Excel finds too large is split in two and sent again', async () => {
    const host = buildFakeHost(FIXTURE);
    const { port, plan } = await planFor(host);
    host.failSync('RequestPayloadSizeLimitExceeded', { writesOnly: true });
    host.resetSyncs();
    await expect(port.apply(plan)).resolves.toMatchObject({ values: 4 });
    expect(host.syncs.filter((s) => s.writes > 0).map((s) => s.failed)).toEqual(['RequestPayloadSizeLimitExceeded', null, null]);
  });

  test('a read in cell edit mode rejects with InvalidOperationInCellEditMode', async () => {
    const host = buildFakeHost(FIXTURE);
    host.failSync('InvalidOperationInCellEditMode');
    const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
    await expect(port.readSheet(SHEET)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  test('a request larger than Excel takes, with a budget above the limit, is refused whole', async () => {
    const host = buildFakeHost(largeFixture(2000), { payloadLimit: 100_000 });
    const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported, payloadBudget: 10_000_000, readCells: 1_000 });
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(2000), { lang: 'it', policy: DEFAULT_POLICY });
    const before = dumpFake(host);
    host.payloadLimit = 1_000;
    await expect(port.apply(plan)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(dumpFake(host)).toEqual(before);
  });

  test('when a later write block fails, the blocks already written are undone', async () => {
    const host = buildFakeHost(largeFixture(3000), { payloadLimit: 200_000 });
    const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported, payloadBudget: 150_000, readCells: 2_000 });
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(3000), { lang: 'it', policy: DEFAULT_POLICY });
    const before = dumpFake(host);
    host.failSync('GeneralException', { writesOnly: true, skip: 2 });
    await expect(port.apply(plan)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.syncs.filter((s) => s.writes > 0 && s.failed === null).length).toBeGreaterThanOrEqual(2);
    expect(dumpFake(host)).toEqual(before);
  });

  test('a re-run refused by a protected sheet keeps the first run intact', async () => {
    const host = buildFakeHost(FIXTURE);
    const { port, plan } = await planFor(host);
    await port.apply(plan);
    const once = dumpFake(host);
    host.sheet(SHEET).protected = true;
    await expect(port.apply(plan)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(dumpFake(host)).toEqual(once);
  });
});
