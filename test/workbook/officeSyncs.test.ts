import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { parseArea } from '../../src/workbook/address';
import { HIGHLIGHT_FORMULA } from '../../src/workbook/highlight';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { FACTS_TTL_MS } from '../../src/workbook/office/sheetFacts';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, SHEET, USER_NOTE, fixtureReport } from '../contract/fixture';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import type { FakeExcelHost, SyncRecord } from '../fakes/fakeExcel';
import { LARGE, largeFixture, largeReport } from './largeSheet';
import { insertRows } from '../fakes/_lib/rowEdits';

interface PortDeps {
  payloadBudget?: number;
  readCells?: number;
  now?: () => number;
}
const portOf = (host: FakeExcelHost, deps: PortDeps = {}) => createOfficeWorkbook({ ...deps, run: host.run, isSetSupported: host.isSetSupported });

/** Syncs that carried writes, and syncs that only loaded. */
const split = (syncs: SyncRecord[]) => ({ writing: syncs.filter((s) => s.writes > 0), loading: syncs.filter((s) => s.writes === 0) });

/** The whole fake workbook, settings' values included. */
const everything = (host: FakeExcelHost) => ({ dump: dumpFake(host), settings: Object.fromEntries(host.settings) });

const fixturePlan = async (port: ReturnType<typeof portOf>) =>
  buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });

describe('Office adapter sync budget', () => {
  const N = 5000;

  test('reads a sheet of 5,000 indicators in exactly one sync', async () => {
    const host = buildFakeHost(largeFixture(N));
    host.resetSyncs();
    const snap = await portOf(host).readSheet(LARGE);
    expect(snap.cells).toHaveLength(N + 1);
    expect(host.syncs).toHaveLength(1);
    expect(host.syncs[0]?.writes).toBe(0);
  });

  test('a first run applies the plan of 5,000 indicators in exactly one sync, with no load sync; a re-run takes one read and one write sync; Clear one load and one write', async () => {
    const host = buildFakeHost(largeFixture(N));
    const port = portOf(host);
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(N), { lang: 'it', policy: DEFAULT_POLICY });
    host.resetSyncs();
    const outcome = await port.apply(plan);
    expect(outcome).toMatchObject({ values: N, highlights: 2 * 3750, notes: 1250 });
    const first = split(host.syncs);
    expect(host.syncs).toHaveLength(1);
    expect(first.writing).toHaveLength(1);
    expect(first.loading).toHaveLength(0);
    expect(first.writing[0]?.requestBytes).toBeLessThan(host.payloadLimit);
    const once = everything(host);

    host.resetSyncs();
    const again = buildWritePlan(await port.readSheet(LARGE), largeReport(N), { lang: 'it', policy: DEFAULT_POLICY });
    expect(host.syncs).toHaveLength(1);
    expect(again.output.column).toBe(plan.output.column);
    const readBytes = host.syncs[0]?.responseBytes ?? 0;
    const readRequest = host.syncs[0]?.requestBytes ?? 0;
    host.resetSyncs();
    const deletesBefore = host.ruleDeletes;
    await port.apply(again);
    const rerun = split(host.syncs);
    expect(rerun.loading).toHaveLength(0);
    expect(rerun.writing).toHaveLength(1);
    // The rules the sheet holds are the ones the re-run adds: they stay, none deleted.
    expect(host.ruleDeletes).toBe(deletesBefore);
    expect(everything(host)).toEqual(once);
    const rules = host.sheet(LARGE).conditionalFormats.length;
    expect(rules).toBeLessThanOrEqual(6);

    host.resetSyncs();
    await port.clear(LARGE);
    const cleared = split(host.syncs);
    expect(cleared.loading).toHaveLength(1);
    expect(cleared.writing).toHaveLength(1);
    expect(host.sheet(LARGE).conditionalFormats).toHaveLength(0);
    const kb = (n: number | undefined): number => Math.round((n ?? 0) / 1024);
    console.log(`5,000 rows: clear ${cleared.loading.length} load (response ≈ ${kb(cleared.loading[0]?.responseBytes)} KB) + ${cleared.writing.length} write (≈ ${kb(cleared.writing[0]?.requestBytes)} KB); ${rules} highlight rules`);
    console.log(`5,000 rows: read 1 sync; first apply ${first.writing.length} sync (≈ ${kb(first.writing[0]?.requestBytes)} KB); re-run read 1 sync (request ≈ ${kb(readRequest)} KB, response ≈ ${kb(readBytes)} KB) + apply ${rerun.loading.length} load + ${rerun.writing.length} write (≈ ${kb(rerun.writing[0]?.requestBytes)} KB)`);
  });
});

describe('Office adapter after the pane reopens a scored workbook', () => {
  test('a new port that opened the sheet (one read) re-computes with one read and one write sync, no load', async () => {
    const N = 5000;
    const host = buildFakeHost(largeFixture(N));
    await portOf(host).apply(buildWritePlan(await portOf(host).readSheet(LARGE), largeReport(N), { lang: 'it', policy: DEFAULT_POLICY }));
    const once = everything(host);
    // The pane reopens: a new port reads the sheet to show its results, then Compute reads it again and applies.
    const reopened = portOf(host);
    await reopened.readSheet(LARGE);
    host.resetSyncs();
    const plan = buildWritePlan(await reopened.readSheet(LARGE), largeReport(N), { lang: 'it', policy: DEFAULT_POLICY });
    await reopened.apply(plan);
    const { writing, loading } = split(host.syncs);
    expect(loading).toHaveLength(1); // the read
    expect(writing).toHaveLength(1);
    expect(everything(host)).toEqual(once);
  });
});

describe('Office adapter first run without a load sync', () => {
  test.each([
    ['1.18', 'notes, the sheet without any', true],
    ['1.10', 'threaded comments, the sheet without any (nor legacy notes: a cell holds one or the other)', true],
    ['1.7', 'a findings sheet', false],
  ])('with ExcelApi %s (%s) the one-sync apply leaves the workbook as the apply with a load sync does', async (excelApi, _mode, withoutNotes) => {
    const fresh = () => {
      const host = buildFakeHost(FIXTURE, { excelApi });
      if (withoutNotes) host.sheet(SHEET).notes.clear();
      return host;
    };
    const fast = fresh();
    const port = portOf(fast);
    const plan = await fixturePlan(port);
    fast.resetSyncs();
    const outcome = await port.apply(plan);
    expect(fast.syncs).toHaveLength(1);
    expect(fast.syncs[0]?.writes).toBeGreaterThan(0);

    const safe = fresh();
    const samePlan = await fixturePlan(portOf(safe));
    safe.resetSyncs();
    await expect(portOf(safe).apply(samePlan)).resolves.toEqual(outcome);
    expect(split(safe.syncs).loading).toHaveLength(1);
    expect(everything(fast)).toEqual(everything(safe));

    const original = everything(fresh());
    await port.clear(SHEET);
    expect(everything(fast)).toEqual(original);
  });

  test('a sheet with a user note takes the load sync and keeps the note', async () => {
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).notes.set('B3', 'Nota mia');
    const port = portOf(host);
    const plan = await fixturePlan(port);
    host.resetSyncs();
    await port.apply(plan);
    expect(split(host.syncs).loading).toHaveLength(1);
    expect(split(host.syncs).writing).toHaveLength(1);
    expect(host.sheet(SHEET).notes.get('B3')).toBe('Nota mia');
    expect(host.sheet(SHEET).notes.get('D4')?.startsWith(USER_NOTE)).toBe(true);
  });

  test('with ExcelApi 1.10 a sheet with a user comment takes the load sync and keeps the comment', async () => {
    const host = buildFakeHost(FIXTURE, { excelApi: '1.10' });
    host.sheet(SHEET).notes.clear();
    host.sheet(SHEET).comments.set('C7', { id: 'u1', content: 'Da verificare' });
    const port = portOf(host);
    const plan = await fixturePlan(port);
    host.resetSyncs();
    await expect(port.apply(plan)).resolves.toMatchObject({ notes: 1, findingsSheet: 'Traguardo (Obiettivi 2023)' });
    // Today's preflight: the comments, then the cells they sit on.
    expect(split(host.syncs).loading).toHaveLength(2);
    expect(split(host.syncs).writing).toHaveLength(1);
    expect(host.sheet(SHEET).comments.get('C7')?.content).toBe('Da verificare');
  });

  test('a Traguardo rule left on the sheet without a record takes the load sync and is removed', async () => {
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).notes.clear();
    const area = parseArea('D4:D6');
    if (!area) throw new Error('bad area');
    host.sheet(SHEET).conditionalFormats.push({ id: 999, area, type: 'Custom', formula: `=${HIGHLIGHT_FORMULA}`, fill: '#FFC7CE', fontColor: null });
    const port = portOf(host);
    const plan = await fixturePlan(port);
    host.resetSyncs();
    await port.apply(plan);
    expect(split(host.syncs).loading).toHaveLength(1);
    expect(host.sheet(SHEET).conditionalFormats.some((f) => f.id === 999)).toBe(false);
  });

  test(`facts older than ${FACTS_TTL_MS / 1000} s are not used`, async () => {
    let clock = 1_000_000;
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).notes.clear();
    const port = portOf(host, { now: () => clock });
    const plan = await fixturePlan(port);
    clock += FACTS_TTL_MS + 1;
    host.resetSyncs();
    await port.apply(plan);
    expect(split(host.syncs).loading).toHaveLength(1);
  });

  test('a write through the port between read and apply drops the facts', async () => {
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).notes.clear();
    const port = portOf(host);
    const plan = await fixturePlan(port);
    await port.clear(SHEET);
    host.resetSyncs();
    await port.apply(plan);
    expect(split(host.syncs).loading).toHaveLength(1);
  });

  test("the pane's sequence (read, settings read and write, apply) keeps a first run's apply at one sync and the settings", async () => {
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).notes.clear();
    const original = everything(host);
    const port = portOf(host);
    const plan = await fixturePlan(port);
    const settings = { version: 1 as const, mappings: { [SHEET]: fixtureReport().mapping } };
    expect(await port.readSettings()).toBeNull();
    await port.writeSettings(settings);
    host.resetSyncs();
    await port.apply(plan);
    expect(host.syncs).toHaveLength(1);
    await expect(port.readSettings()).resolves.toEqual(settings);
    await expect(portOf(host).readSettings()).resolves.toEqual(settings);
    await port.clear(SHEET);
    await expect(port.readSettings()).resolves.toEqual(settings);
    expect(everything(host).dump.cells).toEqual(original.dump.cells);
    expect(everything(host).dump.formats).toEqual(original.dump.formats);
  });

  test('a second port, or a plan for another sheet, has no facts to use', async () => {
    const host = buildFakeHost(FIXTURE);
    host.sheet(SHEET).notes.clear();
    const plan = await fixturePlan(portOf(host));
    host.resetSyncs();
    await portOf(host).apply(plan);
    expect(split(host.syncs).loading).toHaveLength(1);
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

  test('a sheet that fits one read but not one write skips the load sync and writes in row blocks', async () => {
    const n = 1000;
    const host = buildFakeHost(largeFixture(n), { payloadLimit: 400_000 });
    const port = portOf(host, { payloadBudget: 50_000 });
    const original = everything(host);
    host.resetSyncs();
    const plan = buildWritePlan(await port.readSheet(LARGE), largeReport(n), { lang: 'it', policy: DEFAULT_POLICY });
    expect(host.syncs).toHaveLength(1);
    host.resetSyncs();
    await port.apply(plan);
    const { writing, loading } = split(host.syncs);
    expect(loading).toHaveLength(0);
    expect(writing.length).toBeGreaterThan(1);
    expect(host.syncs.every((s) => s.failed === null && s.requestBytes <= 50_000)).toBe(true);
    await port.clear(LARGE);
    expect(everything(host)).toEqual(original);
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

describe('Office adapter: a sheet whose values reach the last column (XFD)', () => {
  test('is still read: the facts for a one-sync apply are dropped, not the snapshot', async () => {
    const host = buildFakeHost([{ name: 'Wide', cells: [{ address: 'A1', value: 'Indicatore' }, { address: 'XFD2', value: 5 }] }]);
    host.resetSyncs();
    const snap = await portOf(host).readSheet('Wide');
    expect(snap.cells[1]?.[16383]?.value).toBe(5);
    expect(host.syncs).toHaveLength(2);
  });
});

describe('Office adapter re-run from facts read with the sheet', () => {
  const rerun = async (host: FakeExcelHost, port: ReturnType<typeof portOf>) => {
    const plan = await fixturePlan(port);
    host.resetSyncs();
    await port.apply(plan);
    return split(host.syncs);
  };

  test('a note the user edited since the last compute keeps the edit, with no load sync', async () => {
    const host = buildFakeHost(FIXTURE);
    const port = portOf(host);
    await port.apply(await fixturePlan(port));
    const ours = host.sheet(SHEET).notes.get('D4') ?? '';
    expect(ours.startsWith(USER_NOTE)).toBe(true);
    host.sheet(SHEET).notes.set('D4', ours.replace(USER_NOTE, 'Fonte: registro imprese, aggiornato'));
    const syncs = await rerun(host, port);
    expect(syncs.loading).toHaveLength(0);
    expect(syncs.writing).toHaveLength(1);
    expect(host.sheet(SHEET).notes.get('D4')).toBe(ours.replace(USER_NOTE, 'Fonte: registro imprese, aggiornato'));
    await port.clear(SHEET);
    expect(host.sheet(SHEET).notes.get('D4')).toBe('Fonte: registro imprese, aggiornato');
  });

  test('rows inserted above the output since the last compute: the name moved, so the re-run takes the load sync', async () => {
    const host = buildFakeHost(FIXTURE);
    const port = portOf(host);
    await port.apply(await fixturePlan(port));
    expect(await rerun(host, port)).toMatchObject({ loading: [] });
    insertRows(host, SHEET, 1, 2);
    const syncs = await rerun(host, port);
    expect(syncs.loading).toHaveLength(1);
  });

  test('a note deleted between the read and the apply: the cached apply fails, is undone, and is run again with a load', async () => {
    const host = buildFakeHost(FIXTURE);
    const port = portOf(host);
    await port.apply(await fixturePlan(port));
    const once = everything(host);
    const plan = await fixturePlan(port);
    host.sheet(SHEET).notes.delete('D4');
    host.resetSyncs();
    await port.apply(plan);
    expect(split(host.syncs).loading.length).toBeGreaterThan(0);
    // The user's note went with the deletion; Traguardo's part is written again.
    expect(host.sheet(SHEET).notes.get('D4')).toBe(plan.notes.find((n) => n.address === 'D4')?.text);
    expect(everything(host).dump.formats).toEqual(once.dump.formats);
  });
});
