/**
 * Defect 4 of issue 9: Excel batches are not transactional (the commands before a failing one stay applied).
 * A failure is injected at every write command of a compute (and of a re-compute) with the host then gone
 * (every later sync fails, so the adapter's own clean-up cannot run); a later session's Clear gives back the
 * original workbook, and so does a compute then Clear.
 */
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import type { FakeExcelHost } from '../fakes/fakeExcel';

const portOf = (host: FakeExcelHost) => createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
const everything = (host: FakeExcelHost) => ({ dump: dumpFake(host), settings: Object.fromEntries(host.settings) });
const planOf = async (host: FakeExcelHost, lang: 'it' | 'en' = 'it') =>
  buildWritePlan(await portOf(host).readSheet(SHEET), fixtureReport(), { lang, policy: DEFAULT_POLICY });

/** Write commands of one apply of `plan` on a fresh copy of the host `make` builds (after `setup`). */
async function commandsOf(make: () => FakeExcelHost, setup: (h: FakeExcelHost) => Promise<void>): Promise<number> {
  const host = make();
  await setup(host);
  const plan = await planOf(host);
  host.failAtCommand(Number.MAX_SAFE_INTEGER);
  await portOf(host).apply(plan);
  return host.writeCommands;
}

describe.each([
  ['notes (ExcelApi 1.18)', '1.18'],
  ['threaded comments (ExcelApi 1.10)', '1.10'],
  ['a findings sheet (ExcelApi 1.7)', '1.7'],
])('a batch failing at any command, with %s', (_name, excelApi) => {
  const make = () => buildFakeHost(FIXTURE, { excelApi });

  test.each([
    ['a first compute', async (_h: FakeExcelHost) => undefined],
    ['a re-compute', async (h: FakeExcelHost) => {
      await portOf(h).apply(await planOf(h, 'en'));
    }],
  ])('%s then, in a later session, Clear gives back the original; so does compute then Clear', async (_what, setup) => {
    const total = await commandsOf(make, setup);
    expect(total).toBeGreaterThan(5);
    for (let k = 0; k < total; k++) {
      const host = make();
      const original = everything(host);
      await setup(host);
      const plan = await planOf(host);
      host.failAtCommand(k, 'GeneralException', { persist: true });
      await expect(portOf(host).apply(plan)).rejects.toMatchObject({ code: 'GeneralException' });
      host.repair();
      const snapshotAfterFailure = everything(host);
      await portOf(host).clear(SHEET);
      expect({ k, state: everything(host) }).toEqual({ k, state: original });

      // The same failure, then a compute and a Clear in a later session.
      const again = make();
      await setup(again);
      again.failAtCommand(k, 'GeneralException', { persist: true });
      await expect(portOf(again).apply(plan)).rejects.toMatchObject({ code: 'GeneralException' });
      again.repair();
      expect(everything(again)).toEqual(snapshotAfterFailure);
      const later = portOf(again);
      await later.apply(await planOf(again));
      await later.clear(SHEET);
      expect({ k, state: everything(again) }).toEqual({ k, state: original });
    }
  });
});

describe('a Clear failing at any command', () => {
  test('is finished by the next Clear, which gives back the original', async () => {
    const make = () => buildFakeHost(FIXTURE);
    const count = make();
    await portOf(count).apply(await planOf(count));
    count.failAtCommand(Number.MAX_SAFE_INTEGER);
    await portOf(count).clear(SHEET);
    const total = count.writeCommands;
    expect(total).toBeGreaterThan(5);
    for (let k = 0; k < total; k++) {
      const host = make();
      const original = everything(host);
      await portOf(host).apply(await planOf(host));
      host.failAtCommand(k, 'GeneralException', { persist: true });
      await expect(portOf(host).clear(SHEET)).rejects.toMatchObject({ code: 'GeneralException' });
      host.repair();
      await portOf(host).clear(SHEET);
      expect({ k, state: everything(host) }).toEqual({ k, state: original });
    }
  });
});
