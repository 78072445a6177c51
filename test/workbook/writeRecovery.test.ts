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

describe('a re-compute in the same session (one read and one write: the preflight comes from the read), failing at any command', () => {
  test('then, in a later session, Clear gives back the original; and with the host still there, the write is undone at once', async () => {
    const make = () => buildFakeHost(FIXTURE);
    /** A first compute in English, then the same port reads the sheet again for an Italian re-compute. */
    const session = async (host: FakeExcelHost) => {
      const port = portOf(host);
      await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'en', policy: DEFAULT_POLICY }));
      const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
      return { port, plan };
    };
    const count = make();
    const c = await session(count);
    count.resetSyncs();
    count.failAtCommand(Number.MAX_SAFE_INTEGER);
    await c.port.apply(c.plan);
    const total = count.writeCommands;
    // The re-compute took no load sync: this is the path from the read's facts.
    expect(count.syncs.filter((s) => s.writes === 0)).toHaveLength(0);
    expect(total).toBeGreaterThan(5);
    for (let k = 0; k < total; k++) {
      const host = make();
      const original = everything(host);
      const { port, plan } = await session(host);
      const before = everything(host);
      host.failAtCommand(k, 'GeneralException', { persist: true });
      await expect(port.apply(plan)).rejects.toMatchObject({ code: 'GeneralException' });
      host.repair();
      await portOf(host).clear(SHEET);
      expect({ k, state: everything(host) }).toEqual({ k, state: original });

      // A failure that does not persist: the adapter undoes the failed write at once — nothing was changed (a failure
      // before the record), or the sheet is cleared — and the same port computes and clears it again.
      const live = make();
      const s = await session(live);
      expect(everything(live)).toEqual(before);
      live.failAtCommand(k, 'GeneralException');
      await expect(s.port.apply(s.plan)).rejects.toMatchObject({ code: 'GeneralException' });
      const after = everything(live);
      expect({ k, undone: JSON.stringify(after) === JSON.stringify(before) || JSON.stringify(after) === JSON.stringify(original) }).toEqual({ k, undone: true });
      await s.port.apply(buildWritePlan(await s.port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
      await s.port.clear(SHEET);
      expect({ k, state: everything(live) }).toEqual({ k, state: original });
    }
  });
});
