/**
 * Defect 8 of issue 9: the user inserts, deletes or sorts rows between compute and Clear. Clear must give back
 * exactly the sheet the user would have with the same edit and no Traguardo: the output column follows the name
 * over it (Excel moves names with their cells), notes are found by their marker, rules by their mark.
 */
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { FIXTURE, SHEET, fixtureReport } from '../contract/fixture';
import { buildFakeHost, dumpFake } from '../contract/officeHarness';
import type { FakeExcelHost } from '../fakes/fakeExcel';
import { deleteRows, insertRows, sortRows } from '../fakes/_lib/rowEdits';
import { cellKey } from '../fakes/fakeExcel';

const portOf = (host: FakeExcelHost) => createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
const everything = (host: FakeExcelHost) => ({ dump: dumpFake(host), settings: Object.fromEntries(host.settings), names: [...host.names.keys()] });

const EDITS: Array<[string, (h: FakeExcelHost) => void]> = [
  ['3 rows inserted above the table', (h) => insertRows(h, SHEET, 2, 3)],
  ['2 rows inserted between two indicators', (h) => insertRows(h, SHEET, 5, 2)],
  ['a row deleted above the table', (h) => deleteRows(h, SHEET, 2, 1)],
  ['an indicator row deleted', (h) => deleteRows(h, SHEET, 5, 1)],
  ['the indicator rows sorted (reversed)', (h) => sortRows(h, SHEET, 4, [3, 2, 1, 0])],
  ['rows inserted above, then the indicators sorted', (h) => {
    insertRows(h, SHEET, 1, 1);
    sortRows(h, SHEET, 5, [2, 0, 3, 1]);
  }],
];

describe.each([
  ['notes (ExcelApi 1.18)', '1.18'],
  ['a findings sheet (ExcelApi 1.7)', '1.7'],
])('Clear after the user edits rows, with %s', (_mode, excelApi) => {
  test.each(EDITS)('%s: Clear gives back the edited sheet without Traguardo', async (_what, edit) => {
    const expected = buildFakeHost(FIXTURE, { excelApi });
    edit(expected);

    const host = buildFakeHost(FIXTURE, { excelApi });
    const port = portOf(host);
    await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
    expect(host.names.size).toBe(1);
    edit(host);
    await portOf(host).clear(SHEET);
    expect(everything(host)).toEqual(everything(expected));
  });
});

test('a re-compute after rows were inserted above writes where the output column is now, and Clear still restores', async () => {
  const expected = buildFakeHost(FIXTURE);
  insertRows(expected, SHEET, 2, 2);
  const host = buildFakeHost(FIXTURE);
  const port = portOf(host);
  await port.apply(buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
  insertRows(host, SHEET, 2, 2);
  // The report of the edited sheet: every indicator two rows down.
  const report = fixtureReport();
  const moved = {
    ...report,
    mapping: { ...report.mapping, headerRow: report.mapping.headerRow + 2, firstDataRow: report.mapping.firstDataRow + 2, lastDataRow: report.mapping.lastDataRow + 2 },
    indicators: report.indicators.map((i) => ({
      ...i,
      row: i.row + 2,
      cells: Object.fromEntries(Object.entries(i.cells).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\d+$/, (n) => String(Number(n) + 2)) : v])) as typeof i.cells,
      evaluation: { ...i.evaluation, findings: i.evaluation.findings.map((f) => (f.cell ? { ...f, cell: f.cell.replace(/\d+$/, (n) => String(Number(n) + 2)) } : f)) },
    })),
  };
  await port.apply(buildWritePlan(await port.readSheet(SHEET), moved, { lang: 'it', policy: DEFAULT_POLICY }));
  await portOf(host).clear(SHEET);
  expect(everything(host)).toEqual(everything(expected));
});

test('a host that refuses the range of a missing name still computes and clears (the preflight runs again without it)', async () => {
  const host = buildFakeHost(FIXTURE);
  host.nullChainsRefused = true;
  const original = everything(host);
  const plan = buildWritePlan(await portOf(host).readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
  // A port that did not read the sheet has no facts: its preflight asks for the missing name's range.
  host.resetSyncs();
  await portOf(host).apply(plan);
  expect(host.syncs.filter((x) => x.failed === 'ItemNotFound')).toHaveLength(1);
  await portOf(host).apply(plan);
  await expect(portOf(host).clear('Dati')).resolves.toEqual({ values: 0, highlights: 0, notes: 0 });
  await portOf(host).clear(SHEET);
  expect(everything(host)).toEqual(original);
});

describe('a re-compute through the session after rows were inserted or deleted inside the table, with no Clear between', () => {
  // The pane and the CLI re-detect the table: every indicator is where it is now. Traguardo's values moved by a row
  // inserted inside the output column's span are recognised as its own (found by the bug: OutputNotFree on them).
  const ROW_EDITS: Array<[string, (h: FakeExcelHost) => void]> = [
    ['1 row inserted between two indicators', (h) => insertRows(h, SHEET, 6, 1)],
    ['2 rows inserted above the last indicator', (h) => insertRows(h, SHEET, 7, 2)],
    ['an indicator row deleted', (h) => deleteRows(h, SHEET, 5, 1)],
  ];
  test.each(ROW_EDITS)('%s: the re-compute writes and Clear gives back the edited sheet', async (_what, edit) => {
    const { computeSheet, NO_CHOICES, SESSION_DEPS } = await import('../../src/session');
    const expected = buildFakeHost(FIXTURE);
    edit(expected);
    const host = buildFakeHost(FIXTURE);
    const opts = { policy: DEFAULT_POLICY, lang: 'it' as const, write: true, store: false };
    const first = await computeSheet(portOf(host), SHEET, NO_CHOICES, opts, SESSION_DEPS);
    expect(first.kind).toBe('scored');
    edit(host);
    const again = await computeSheet(portOf(host), SHEET, NO_CHOICES, opts, SESSION_DEPS);
    expect(again.kind).toBe('scored');
    // Every indicator row holds what this compute wrote for it.
    const column = (await portOf(host).readSheet(SHEET)).outputColumn as string;
    const sheet = host.sheets.find((s) => s.name === SHEET)!;
    const colIndex = column.charCodeAt(0) - 65;
    for (const c of again.kind === 'scored' ? again.plan.output.cells : []) {
      const held = sheet.cells.get(cellKey(c.row, colIndex))?.value;
      expect(held).toBe(c.value ?? c.text);
    }
    await portOf(host).clear(SHEET);
    expect(everything(host)).toEqual(everything(expected));
  });
});

describe('the name over the output column left referring to #REF! (the user deleted the cells it covered)', () => {
  const broken = (host: FakeExcelHost): void => {
    for (const [key, ref] of host.names) host.names.set(key, { ...ref, area: null });
  };
  test('a compute replaces the broken name instead of failing on a name that exists, and Clear removes it', async () => {
    const host = buildFakeHost(FIXTURE);
    const plan = async () => buildWritePlan(await portOf(host).readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await portOf(host).apply(await plan());
    broken(host);
    await expect(portOf(host).apply(await plan())).resolves.toMatchObject({ values: expect.any(Number) });
    expect([...host.names.values()].every((n) => n.area !== null)).toBe(true);
    broken(host);
    await portOf(host).clear(SHEET);
    expect(host.names.size).toBe(0);
  });
  test('Clear alone removes a broken name', async () => {
    const host = buildFakeHost(FIXTURE);
    await portOf(host).apply(buildWritePlan(await portOf(host).readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
    broken(host);
    await portOf(host).clear(SHEET);
    expect(host.names.size).toBe(0);
  });
});
