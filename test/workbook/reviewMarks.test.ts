/**
 * Issue 11, reviewed marks: an auditor's marks are stored with Traguardo's settings and find their findings again
 * after a save, a reopen, a re-compute and a row inserted by the user, in Excel (the fake host) and in files
 * (ExcelJS, and the package patcher's bytes saved and read back).
 */
import ExcelJS from 'exceljs';
import { diffFindings } from '../../src/core/rules/diffFindings';
import { reportFindings } from '../../src/core/rules/fingerprint';
import { applyMarks } from '../../src/core/rules/reviewMarks';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import type { ColumnMapping } from '../../src/core/layout/mapping';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import type { StoredSettings, WorkbookPort } from '../../src/workbook/port';
import { withBaseline, withMarks } from '../../src/workbook/reviews';
import { anchorName } from '../../src/workbook/anchor';
import { decodeState, encodeState } from '../../src/workbook/state';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { buildExcelJs } from '../contract/excelJsHarness';
import type { FixtureSheet } from '../contract/fixture';
import { buildFakeHost } from '../contract/officeHarness';
import { cellKey, emptyCell } from '../fakes/fakeExcel';
import { insertRows } from '../fakes/_lib/rowEdits';
import { plantedSheet } from '../rules/_lib/plantedSheet';

const SHEET = 'Monitoraggio 2023';
/** A new indicator the user inserts as the sheet's third row, between A01.01-1 and A01.01-2. */
const INSERTED = ['A01.01 Semplificazione', 'A01.01-9', 'Imprese nuove', 'n. imprese', 0, '>= 50', 40, '#N/A'];

/** The planted sheet (one defect per auditor's check) as a workbook fixture. */
function plantedFixture(): FixtureSheet[] {
  const { grid } = plantedSheet();
  const cells = grid.cells.flatMap((row, r) =>
    row.flatMap((c, k) => (c.value === null ? [] : [{ address: `${String.fromCharCode(65 + k)}${r + 1}`, value: c.value as string | number, text: c.text, ...(c.format && c.format !== 'General' ? { numFmt: c.format } : {}) }])),
  );
  return [{ name: SHEET, cells }];
}

const mapping = (inserted: boolean): ColumnMapping => {
  const m = { ...plantedSheet().mapping, sheet: SHEET };
  return inserted ? { ...m, lastDataRow: m.lastDataRow + 1 } : m;
};

/** Compute as the pane does: read, score, keep the mapping and the reviews in the settings, apply. */
async function compute(port: WorkbookPort, inserted: boolean) {
  const snapshot = await port.readSheet(SHEET);
  const report = scoreSheet(snapshot, mapping(inserted), DEFAULT_POLICY);
  const settings = await port.readSettings();
  await port.writeSettings({ version: 1, mappings: { [SHEET]: mapping(inserted) }, ...(settings?.reviews ? { reviews: settings.reviews } : {}) });
  await port.apply(buildWritePlan(snapshot, report, { lang: 'it', policy: DEFAULT_POLICY }));
  return reportFindings(report);
}

/** Review every finding: the accepted one with its note, the others confirmed; then record the review. */
async function review(port: WorkbookPort, findings: ReturnType<typeof reportFindings>) {
  const settings = (await port.readSettings()) as StoredSettings;
  const [first, ...rest] = findings;
  let reviews = withMarks(settings.reviews, [first!.fingerprint], { status: 'accepted', comment: 'Target concordato con il Segretario generale', at: '2024-03-01T10:00:00.000Z', by: 'OIV' });
  reviews = withMarks(reviews, rest.map((f) => f.fingerprint), { status: 'confirmed', comment: 'da correggere' });
  reviews = withBaseline(reviews, SHEET, findings.map((f) => ({ fingerprint: f.fingerprint, cell: f.finding.cell ?? null, indicator: f.subject.indicator?.code ?? null })), '2024-03-01T10:00:00.000Z');
  await port.writeSettings({ ...settings, reviews });
}

/** What the marks say after the edit and a re-compute: every finding of the reviewed rows keeps its mark. */
async function expectMarksKept(port: WorkbookPort, before: ReturnType<typeof reportFindings>) {
  const after = await compute(port, true);
  const reviews = (await port.readSettings())?.reviews;
  expect(reviews?.marks).toHaveLength(before.length);
  const marked = applyMarks(after, reviews?.marks ?? []);
  const kept = marked.filter((f) => f.subject.indicator?.code !== 'A01.01-9');
  expect(kept).toHaveLength(before.length);
  expect(kept.filter((f) => f.mark.status === 'accepted').map((f) => [f.fingerprint, f.mark.comment])).toEqual([[before[0]!.fingerprint, 'Target concordato con il Segretario generale']]);
  expect(kept.filter((f) => f.mark.status === 'confirmed')).toHaveLength(before.length - 1);
  // The #DIV/0! finding was at H8 when reviewed; the inserted row moved it to H9 and it kept its mark.
  expect(kept.find((f) => f.finding.code === 'formula-error')).toMatchObject({ finding: { cell: 'H9' }, mark: { status: 'confirmed' } });
  // Since the review: only the inserted indicator's findings are new, nothing was resolved.
  const diff = diffFindings(reviews?.baselines[SHEET]?.findings ?? [], after);
  expect(diff.new.length).toBeGreaterThan(0);
  expect(diff.new.every((f) => f.subject.indicator?.code === 'A01.01-9')).toBe(true);
  expect(diff.resolved).toEqual([]);
  expect(marked.filter((f) => f.subject.indicator?.code === 'A01.01-9').every((f) => f.mark.status === 'open')).toBe(true);
}

describe('reviewed marks in the workbook', () => {
  test('Excel: survive a reopen, a row inserted above a finding, a Clear and a re-compute', async () => {
    const host = buildFakeHost(plantedFixture(), { excelApi: '1.18' });
    const portOf = () => createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
    const port = portOf();
    const before = await compute(port, false);
    expect(before.map((f) => f.finding.code)).toEqual(expect.arrayContaining(['formula-error', 'duplicate-indicator']));
    await review(port, before);
    insertRows(host, SHEET, 3, 1);
    const sheet = host.sheets.find((s) => s.name === SHEET)!;
    INSERTED.forEach((v, k) => sheet.cells.set(cellKey(3, k), { ...emptyCell(), value: v, text: String(v) }));
    // Clear (which follows the rows moved) takes Traguardo's additions away and leaves the review.
    const later = portOf();
    await later.clear(SHEET);
    expect((await later.readSettings())?.reviews?.marks).toHaveLength(before.length);
    await expectMarksKept(later, before);
  });

  test('Excel: a row inserted between indicators, then a re-compute with no Clear between: written where the rows are now, marks kept, Clear restores', async () => {
    const host = buildFakeHost(plantedFixture(), { excelApi: '1.18' });
    const portOf = () => createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
    const before = await compute(portOf(), false);
    await review(portOf(), before);
    insertRows(host, SHEET, 3, 1);
    const sheet = host.sheets.find((s) => s.name === SHEET)!;
    INSERTED.forEach((v, k) => sheet.cells.set(cellKey(3, k), { ...emptyCell(), value: v, text: String(v) }));
    const later = portOf();
    await expectMarksKept(later, before);
    // Every indicator row, the inserted one too, holds its achievement (or n.v.) in the output column.
    const dump = await later.readSheet(SHEET);
    const out = dump.outputColumn;
    expect(out).toBeDefined();
    await later.clear(SHEET);
    const cleared = await later.readSheet(SHEET);
    expect(cleared.outputColumn).toBeUndefined();
    expect((await later.readSettings())?.reviews?.marks).toHaveLength(before.length);
  });

  test.each([
    ['ExcelJS', false],
    ['the package patcher', true],
  ])('files (%s): survive a save, a reopen of the bytes, a Clear, a row inserted in another program and a re-compute', async (_what, patch) => {
    let port = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(buildExcelJs(plantedFixture())).save(), { packagePatch: patch });
    const before = await compute(port, false);
    await review(port, before);
    // Clear first (the case without a Clear between is the next test); the review stays.
    await port.clear(SHEET);
    const saved = await port.save();
    expect(port.lastSave?.mode).toBe(patch ? 'patch' : 'rewrite');
    // The reopened bytes hold the marks.
    expect((await (await ExcelJsWorkbook.load(saved)).readSettings())?.reviews?.marks).toHaveLength(before.length);
    // Another program inserts a row and saves the file.
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(saved as unknown as ExcelJS.Buffer);
    other.getWorksheet(SHEET)!.spliceRows(3, 0, INSERTED);
    port = await ExcelJsWorkbook.load(new Uint8Array(await other.xlsx.writeBuffer()), { packagePatch: patch });
    await expectMarksKept(port, before);
    // And once more through the bytes after the re-compute.
    const again = await ExcelJsWorkbook.load(await port.save());
    expect((await again.readSettings())?.reviews?.baselines[SHEET]?.findings).toHaveLength(before.length);
  });

  test.each([
    ['ExcelJS', false],
    ['the package patcher', true],
  ])('files (%s): a row inserted in Excel inside the scored table, then a re-compute with no Clear between: marks kept, Clear leaves nothing of Traguardo', async (_what, patch) => {
    let port = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(buildExcelJs(plantedFixture())).save(), { packagePatch: patch });
    const before = await compute(port, false);
    await review(port, before);
    const saved = await port.save();
    // Excel inserts a row inside the table: cells, notes and the name over the output column move (the name widens).
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(saved as unknown as ExcelJS.Buffer);
    const name = anchorName(SHEET);
    const was = other.definedNames.model.find((n) => n.name === name)?.ranges[0] ?? '';
    const m = /^(.*!\$[A-Z]+\$\d+:\$[A-Z]+\$)(\d+)$/.exec(was);
    expect(m).not.toBeNull();
    other.getWorksheet(SHEET)!.spliceRows(3, 0, INSERTED);
    // ExcelJS does not move a name the rows are inserted inside of; Excel widens it by the rows inserted.
    other.definedNames.model = other.definedNames.model.map((n) => (n.name === name ? { ...n, ranges: [`${m?.[1] ?? ''}${Number(m?.[2]) + 1}`] } : n));
    port = await ExcelJsWorkbook.load(new Uint8Array(await other.xlsx.writeBuffer()), { packagePatch: patch });
    await expectMarksKept(port, before);
    await port.clear(SHEET);
    const cleared = await ExcelJsWorkbook.load(await port.save());
    expect((await cleared.readSheet(SHEET)).outputColumn).toBeUndefined();
    expect((await cleared.readSettings())?.reviews?.marks).toHaveLength(before.length);
  });

  test('a mark that no longer validates is dropped alone; the mappings and the other marks stay', () => {
    const state = { format: 'traguardo' as const, version: 1 as const, sheets: {}, settings: { version: 1 as const, mappings: { [SHEET]: mapping(false) }, reviews: { marks: [{ fingerprint: 'a', status: 'confirmed', comment: '' }, { fingerprint: 'b', status: 'accepted', comment: '' }, { fingerprint: 'c', status: 'approved' }], baselines: {}, auditSheet: null } } };
    const read = decodeState(encodeState(state as never));
    expect(read.settings?.mappings[SHEET]).toEqual(mapping(false));
    expect(read.settings?.reviews?.marks.map((m) => m.fingerprint)).toEqual(['a']);
  });

  test('a reviews record of the wrong shape leaves the rest of the state readable', () => {
    const state = { format: 'traguardo', version: 1, sheets: {}, settings: { version: 1, mappings: { [SHEET]: mapping(false) }, reviews: 'nonsense' } };
    expect(decodeState(encodeState(state as never)).settings).toEqual({ version: 1, mappings: { [SHEET]: mapping(false) } });
  });

  test('Excel: 1,000 reviewed findings (about 320 KB with their last review) round-trip through the settings', async () => {
    const host = buildFakeHost(plantedFixture());
    const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported, payloadBudget: 200_000 });
    const prints = Array.from({ length: 1000 }, (_, i) => `missing-result|${SHEET}|code:a01.01-${i}||1`);
    let reviews = withMarks(null, prints, { status: 'confirmed', comment: 'Verificato con il responsabile del procedimento', at: '2024-03-01T10:00:00.000Z' });
    reviews = withBaseline(reviews, SHEET, prints.map((fingerprint, i) => ({ fingerprint, cell: `H${i + 2}`, indicator: 'Pratiche evase entro 30 giorni dalla richiesta' })), '2024-03-01T10:00:00.000Z');
    const bytes = JSON.stringify(reviews).length;
    expect(bytes).toBeGreaterThan(250_000);
    expect(bytes).toBeLessThan(400_000);
    await port.writeSettings({ version: 1, mappings: {}, reviews });
    expect(host.settings.size).toBeGreaterThan(1); // split over several settings, each within one request
    const read = await createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported }).readSettings();
    expect(read?.reviews).toEqual(reviews);
  });

  test('an accepted mark needs a note', () => {
    expect(() => withMarks(null, ['a'], { status: 'accepted', comment: ' ' })).toThrow(/note/);
    expect(withMarks(withMarks(null, ['a'], { status: 'confirmed', comment: '' }), ['a'], { status: 'open', comment: '' }).marks).toEqual([]);
  });
});
