import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import type { FakeExcelHost } from '../fakes/fakeExcel';
import { LARGE, largeFixture, largeReport } from './largeSheet';

const portOf = (host: FakeExcelHost, deps: { payloadBudget?: number; readCells?: number } = {}) =>
  createOfficeWorkbook({ ...deps, run: host.run, isSetSupported: host.isSetSupported });

describe('Office adapter sync budget', () => {
  const N = 5000;
  let host: FakeExcelHost;
  beforeAll(() => {
    host = buildFakeHost(largeFixture(N));
  });

  test('reads a sheet of 5,000 indicators in exactly one sync', async () => {
    host.resetSyncs();
    const snap = await portOf(host).readSheet(LARGE);
    expect(snap.cells).toHaveLength(N + 1);
    expect(host.syncs).toHaveLength(1);
    expect(host.syncs[0]?.writes).toBe(0);
  });

  test('applies the plan of 5,000 indicators with one load sync and exactly one write sync', async () => {
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(N), { lang: 'it', policy: DEFAULT_POLICY });
    host.resetSyncs();
    const outcome = await port.apply(plan);
    expect(outcome).toMatchObject({ values: N, highlights: 2 * 3750, notes: 1250 });
    const writing = host.syncs.filter((s) => s.writes > 0);
    const loading = host.syncs.filter((s) => s.writes === 0);
    expect(writing).toHaveLength(1);
    expect(loading).toHaveLength(1);
    expect(writing[0]?.requestBytes).toBeLessThan(host.payloadLimit);
    // eslint-disable-next-line no-console
    console.log(`5,000 rows: read 1 sync; apply ${loading.length} load + ${writing.length} write sync, write request ≈ ${Math.round((writing[0]?.requestBytes ?? 0) / 1024)} KB`);
  });
});

describe('Office adapter on sheets beyond the payload limit', () => {
  const limit = 200_000;

  test.each([
    [2000, 'sheet of 2,000 rows'],
    [4000, 'sheet of 4,000 rows'],
  ])('reads and writes a %i-row sheet in row blocks whose count grows with the size only (%s)', async (n) => {
    const host = buildFakeHost(largeFixture(n), { payloadLimit: limit });
    const port = portOf(host, { payloadBudget: 150_000, readCells: 2_000 });
    host.resetSyncs();
    const snap = await port.readSheet(LARGE);
    expect(snap.cells).toHaveLength(n + 1);
    const readSyncs = host.syncs.length;
    const cells = (n + 1) * 5;
    expect(readSyncs).toBe(2 + Math.ceil((n + 1) / Math.floor(2000 / 5)));
    expect(host.syncs.filter((s) => s.failed === null).every((s) => s.requestBytes <= limit && s.responseBytes <= limit)).toBe(true);
    expect(cells).toBeGreaterThan(0);

    const plan = buildWritePlan(snap, largeReport(n), { lang: 'it', policy: DEFAULT_POLICY });
    host.resetSyncs();
    await port.apply(plan);
    const writes = host.syncs.filter((s) => s.writes > 0);
    expect(host.syncs.every((s) => s.failed === null && s.requestBytes <= limit)).toBe(true);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(n / 250) + 2);
  });

  test('a sheet written in blocks is cleared back to the original', async () => {
    const host = buildFakeHost(largeFixture(3000), { payloadLimit: limit });
    const port = portOf(host, { payloadBudget: 150_000, readCells: 2_000 });
    const original = dumpFake(host);
    await port.apply(buildWritePlan(await port.readSheet(LARGE), largeReport(3000), { lang: 'it', policy: DEFAULT_POLICY }));
    await port.clear(LARGE);
    expect(dumpFake(host)).toEqual(original);
  });
});
