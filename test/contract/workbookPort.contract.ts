import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { parseArea, cellAddress } from '../../src/workbook/address';
import { ruleColours } from '../../src/workbook/highlight';
import { HostError } from '../../src/workbook/errors';
import { NOTE_SEPARATOR } from '../../src/workbook/noteText';
import { buildWritePlan } from '../../src/workbook/writePlan';
import type { WorkbookPort } from '../../src/workbook/port';
import { FIXTURE, SHEET, USER_NOTE, fixtureReport, type FixtureSheet } from './fixture';
import type { HarnessFactory, WorkbookDump } from './harness';

const GOOD = '#C6EFCE';
const NEUTRAL = '#FFEB9C';
const BAD = '#FFC7CE';

/** Traguardo's highlights as cell → fill colour, each rule evaluated as Excel does on the cells it reads. */
function highlighted(dump: WorkbookDump, sheet: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of dump.formats[sheet] ?? []) {
    const a = parseArea(f.ref);
    if (!a) continue;
    const valueAt = (column: string, row: number): unknown => dump.cells[sheet]?.[`${column}${row}`]?.value;
    for (let r = a.top; r <= a.bottom; r++) {
      if (!ruleColours(f.formula, a.top, r, valueAt)) continue;
      for (let c = a.left; c <= a.right; c++) out[cellAddress(r, c)] ??= f.fill;
    }
  }
  return out;
}

/** The user's own cells (columns A–F) of a dump, without notes. */
function userCells(dump: WorkbookDump): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [address, cell] of Object.entries(dump.cells[SHEET] ?? {})) {
    if (/^[A-F]\d+$/.test(address)) out[address] = { value: cell.value, style: cell.style };
  }
  return out;
}

async function score(port: WorkbookPort, lang: 'it' | 'en' = 'it') {
  const snapshot = await port.readSheet(SHEET);
  const plan = buildWritePlan(snapshot, fixtureReport(), { lang, policy: DEFAULT_POLICY });
  return { plan, outcome: await port.apply(plan) };
}

/** The behaviours every workbook adapter must share, pinned once. */
export function describeWorkbookPort(name: string, create: HarnessFactory): void {
  describe(`${name} implements the workbook port`, () => {
    test('lists the visible sheets in order and leaves hidden ones out', async () => {
      const h = await create(FIXTURE);
      await expect(h.port.listSheets()).resolves.toEqual([SHEET, 'Dati']);
      await expect(h.port.activeSheet()).resolves.toBe(SHEET);
    });

    test('reads the used range with values, displayed text and number formats', async () => {
      const snap = await (await create(FIXTURE)).port.readSheet(SHEET);
      expect(snap.name).toBe(SHEET);
      expect(snap.origin).toEqual({ row: 0, col: 0 });
      expect(snap.cells).toHaveLength(7);
      expect(snap.cells.every((row) => row.length === 6)).toBe(true);
      expect(snap.cells[3]?.[3]).toEqual({ value: 0.2856, text: '28.56%', format: '0.00%' });
      expect(snap.cells[5]?.[3]).toEqual({ value: 1234.5, text: '1,234.50', format: '#,##0.00' });
    });

    test('reads dates as Excel serial numbers with their date format', async () => {
      const snap = await (await create(FIXTURE)).port.readSheet(SHEET);
      expect(snap.cells[3]?.[4]).toEqual({ value: 45291, text: '31/12/2023', format: 'dd/mm/yyyy' });
    });

    test('reads a formula as its result and rich text as plain text', async () => {
      const snap = await (await create(FIXTURE)).port.readSheet(SHEET);
      expect(snap.cells[4]?.[3]).toMatchObject({ value: 680, text: '680' });
      expect(snap.cells[3]?.[1]).toMatchObject({ value: 'Imprese aderenti', text: 'Imprese aderenti' });
    });

    test('reads merged areas in grid coordinates, with the covered cells empty', async () => {
      const snap = await (await create(FIXTURE)).port.readSheet(SHEET);
      expect(snap.merges).toEqual(expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 3, left: 0, bottom: 4, right: 0 },
      ]));
      expect(snap.merges).toHaveLength(2);
      expect(snap.cells[4]?.[0]?.value).toBeNull();
    });

    test('reads hidden rows in grid coordinates', async () => {
      const snap = await (await create(FIXTURE)).port.readSheet(SHEET);
      expect(snap.hiddenRows).toEqual([1]);
      expect(snap.hiddenCols).toEqual([]);
    });

    test('rejects an unknown sheet with a HostError coded ItemNotFound', async () => {
      const h = await create(FIXTURE);
      await expect(h.port.readSheet('Nessuno')).rejects.toMatchObject({ name: 'HostError', code: 'ItemNotFound' });
      await expect(h.port.readSheet('Nessuno')).rejects.toBeInstanceOf(HostError);
    });

    test('apply writes the output column right of the used range with a percent format', async () => {
      const h = await create(FIXTURE);
      const { plan, outcome } = await score(h.port);
      expect(plan.output.column).toBe('G');
      expect(outcome).toEqual({ values: 4, highlights: 6, notes: 2, findingsSheet: null });
      const snap = await h.port.readSheet(SHEET);
      const col = snap.cells.map((row) => row[6]);
      expect(col[2]).toMatchObject({ value: 'Raggiungimento (Traguardo)' });
      expect(col[3]).toEqual({ value: 1, text: '100.0%', format: '0.0%' });
      expect(col[4]).toEqual({ value: 0.9714, text: '97.1%', format: '0.0%' });
      expect(col[5]).toEqual({ value: 0.405, text: '40.5%', format: '0.0%' });
      expect(col[6]).toMatchObject({ value: 'n.v.' });
    });

    test('apply highlights the result and output cells by band with conditional formats', async () => {
      const h = await create(FIXTURE);
      await score(h.port);
      expect(highlighted(await h.dump(), SHEET)).toEqual({ D4: GOOD, G4: GOOD, D5: NEUTRAL, G5: NEUTRAL, D6: BAD, G6: BAD });
    });

    test('apply notes flagged cells and keeps a user note in front of Traguardo text', async () => {
      const h = await create(FIXTURE);
      const { plan } = await score(h.port);
      const cells = (await h.dump()).cells[SHEET] ?? {};
      const d4 = plan.notes.find((n) => n.address === 'D4')?.text ?? '';
      expect(d4.startsWith('Traguardo:')).toBe(true);
      expect(cells.D4?.note).toBe(`${USER_NOTE}${NOTE_SEPARATOR}${d4}`);
      expect(cells.C7?.note).toBe(plan.notes.find((n) => n.address === 'C7')?.text);
    });

    test('apply changes no user cell value or style', async () => {
      const h = await create(FIXTURE);
      const before = userCells(await h.dump());
      await score(h.port);
      expect(userCells(await h.dump())).toEqual(before);
    });

    test('applying twice gives the same workbook as applying once', async () => {
      const h = await create(FIXTURE);
      await score(h.port);
      const once = await h.dump();
      const snapOnce = await h.port.readSheet(SHEET);
      const second = await score(h.port);
      expect(second.plan.output.column).toBe('G');
      expect(await h.dump()).toEqual(once);
      expect(await h.port.readSheet(SHEET)).toEqual(snapOnce);
    });

    test('clear restores the workbook exactly: snapshot, styles, notes, formats, sheets', async () => {
      const h = await create(FIXTURE);
      const original = await h.dump();
      const snap = await h.port.readSheet(SHEET);
      await score(h.port);
      await expect(h.port.clear(SHEET)).resolves.toEqual({ values: 4, highlights: 6, notes: 2 });
      expect(await h.port.readSheet(SHEET)).toEqual(snap);
      expect(await h.dump()).toEqual(original);
    });

    test('clear in a later session restores the workbook from what was stored', async () => {
      const h = await create(FIXTURE);
      await h.reopen();
      const original = await h.dump();
      await score(h.port);
      await score(h.port, 'en');
      const later = await h.reopen();
      await expect(later.clear(SHEET)).resolves.toEqual({ values: 4, highlights: 6, notes: 2 });
      expect(await h.dump()).toEqual(original);
    });

    test('clear on a sheet never scored changes nothing and reports zero', async () => {
      const h = await create(FIXTURE);
      const original = await h.dump();
      await expect(h.port.clear('Dati')).resolves.toEqual({ values: 0, highlights: 0, notes: 0 });
      expect(await h.dump()).toEqual(original);
    });

    test('settings round-trip and survive a later session and a clear', async () => {
      const h = await create(FIXTURE);
      await expect(h.port.readSettings()).resolves.toBeNull();
      const settings = { version: 1 as const, mappings: { [SHEET]: fixtureReport().mapping }, policy: { cap: 120 } };
      await h.port.writeSettings(settings);
      await expect(h.port.readSettings()).resolves.toEqual(settings);
      await score(h.port);
      await h.port.clear(SHEET);
      const later = await h.reopen();
      await expect(later.readSettings()).resolves.toEqual(settings);
      await expect(later.listSheets()).resolves.toEqual([SHEET, 'Dati']);
    });

    test('reviewed marks kept with the settings survive a compute, a clear and a later session', async () => {
      const h = await create(FIXTURE);
      const reviews = {
        marks: [{ fingerprint: `stated-mismatch|${SHEET}|code:a01.01-1||1`, status: 'accepted' as const, comment: 'Dato concordato', at: '2024-03-01T10:00:00.000Z', by: 'OIV' }],
        baselines: { [SHEET]: { at: '2024-03-01T10:00:00.000Z', findings: [{ fingerprint: `stated-mismatch|${SHEET}|code:a01.01-1||1`, cell: 'D4', indicator: 'A01.01-1' }] } },
        auditSheet: null,
      };
      const settings = { version: 1 as const, mappings: { [SHEET]: fixtureReport().mapping }, reviews };
      await h.port.writeSettings(settings);
      await score(h.port);
      await expect((await h.reopen()).readSettings()).resolves.toEqual(settings);
      await h.port.clear(SHEET);
      await expect((await h.reopen()).readSettings()).resolves.toEqual(settings);
    });

    // Issue 10 items 2 and 3: the output column is chosen among free cells only, and known as Traguardo's by its
    // record, never by its header's text.
    test('the output column goes past an empty merged area and a formula showing "" and leaves a typed header the user\'s', async () => {
      const [main, ...rest] = FIXTURE as [FixtureSheet, ...FixtureSheet[]];
      const hostile: FixtureSheet[] = [{
        ...main,
        merges: [...(main.merges ?? []), 'G5:G6'],
        cells: [...main.cells, { address: 'H4', value: '', formula: 'IF(1,"","")' }, { address: 'C2', value: 'Raggiungimento (Traguardo)' }],
      }, ...rest];
      const h = await create(hostile);
      await h.reopen();
      const original = await h.dump();
      const snap = await h.port.readSheet(SHEET);
      const { plan } = await score(h.port);
      expect(plan.output.column).toBe('I');
      const once = await h.dump();
      const cells = once.cells[SHEET] ?? {};
      expect(cells.C2?.value).toBe('Raggiungimento (Traguardo)');
      expect(JSON.stringify(cells.H4?.value ?? null)).toMatch(/IF\(1,\\"\\",\\"\\"\)/);
      expect(once.merges[SHEET]).toEqual(original.merges[SHEET]);
      expect(cells.I3?.value).toBe('Raggiungimento (Traguardo)');
      // Twice equals once, in this session and a later one; clear gives back the original exactly.
      expect((await score(h.port)).plan.output.column).toBe('I');
      expect(await h.dump()).toEqual(once);
      const later = await h.reopen();
      expect(buildWritePlan(await later.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }).output.column).toBe('I');
      await later.clear(SHEET);
      expect(await later.readSheet(SHEET)).toEqual(snap);
      expect(await h.dump()).toEqual(original);
    });

    test.each([
      ['a merged area that starts left of its column', { merges: ['G6:H7'] }, 'H', /H6 is in the merged area G6:H7/],
      ['a formula showing ""', { cells: [{ address: 'H5', value: '', formula: 'IF(1,"","")' }] }, 'H', /H5 is in a formula/],
    ] as const)('a plan put over %s is refused, naming the cell, and nothing is written', async (_what, extra, column, message) => {
      const [main, ...rest] = FIXTURE as [FixtureSheet, ...FixtureSheet[]];
      const merges = 'merges' in extra ? extra.merges : [];
      const cells = 'cells' in extra ? extra.cells : [];
      const h = await create([{ ...main, merges: [...(main.merges ?? []), ...merges], cells: [...main.cells, ...cells] }, ...rest]);
      await h.reopen();
      const original = await h.dump();
      const plan = buildWritePlan(await h.port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
      // The plan itself goes past it (to G, or to I where the host counts the formula in the used range).
      expect(['G', 'I']).toContain(plan.output.column);
      expect(plan.output.column).not.toBe(column);
      await expect(h.port.apply({ ...plan, output: { ...plan.output, column } })).rejects.toMatchObject({ code: 'OutputNotFree', message: expect.stringMatching(message) });
      expect(await h.dump()).toEqual(original);
    });

    // Issue 10 item 12: a header-only sheet gives a plan with nothing to write.
    test('a plan with no indicator row writes nothing (no header, no record), and takes away an earlier run', async () => {
      const h = await create(FIXTURE);
      await h.reopen();
      const original = await h.dump();
      const empty = buildWritePlan(await h.port.readSheet(SHEET), { ...fixtureReport(), indicators: [] }, { lang: 'it', policy: DEFAULT_POLICY });
      await expect(h.port.apply(empty)).resolves.toEqual({ values: 0, highlights: 0, notes: 0, findingsSheet: null });
      expect(await h.dump()).toEqual(original);
      await score(h.port);
      await h.port.apply(empty);
      expect(await h.dump()).toEqual(original);
      await expect(h.port.clear(SHEET)).resolves.toEqual({ values: 0, highlights: 0, notes: 0 });
    });

    test('select resolves for a cell of an existing sheet', async () => {
      const h = await create(FIXTURE);
      await expect(h.port.select(SHEET, 'D4')).resolves.toBeUndefined();
    });
  });
}
