/**
 * Issue 11, audit exports: the "Traguardo – Rilievi" sheet, written by both adapters. Values are text (a comment
 * typed as "=1+1" stays that text), only the link cells are formulas (HYPERLINKs to Traguardo's own addresses);
 * writing it again replaces Traguardo's previous one, never a user's sheet of that name; removing it likewise.
 */
import ExcelJS from 'exceljs';
import { AUDIT_MARKER, auditCells, auditSheetName, type AuditSheet } from '../../src/workbook/auditSheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import type { WorkbookPort } from '../../src/workbook/port';
import { FIXTURE, SHEET } from '../contract/fixture';
import { buildExcelJs } from '../contract/excelJsHarness';
import { buildFakeHost } from '../contract/officeHarness';
import { cellKey, type FakeExcelHost } from '../fakes/fakeExcel';

const HEADER = ['Cella', 'Foglio', 'Indicatore', 'Controllo', 'Gravità', 'Messaggio', 'Calcolato', 'Dichiarato', 'Stato revisione', 'Commento'];
const audit = (comment = '=1+1'): AuditSheet => ({
  name: 'Traguardo – Rilievi',
  title: `${AUDIT_MARKER}Rilievi · ${SHEET}`,
  header: HEADER,
  rows: [
    { sheet: SHEET, address: 'D4', values: [SHEET, 'A01.01-1', 'Percentuale dichiarata diversa', 'Avviso', 'Dichiarato 57%, calcolato 100%.', '100,0%', '57%', 'Accettato con nota', comment] },
    { sheet: SHEET, address: null, values: [SHEET, '', 'Colonna non trovata', 'Errore', '+39 06 1234', '', '', 'Da rivedere', '-'] },
  ],
});

/** A view of a sheet: row → texts, column A's formula for links. */
interface SheetView {
  names: string[];
  cell(sheet: string, address: string): { value: unknown; formula: string | null; format: string } | null;
}

const fakeView = (host: FakeExcelHost): SheetView => ({
  names: host.sheets.map((s) => s.name),
  cell: (sheet, address) => {
    const s = host.sheets.find((x) => x.name === sheet);
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const c = s?.cells.get(cellKey(Number(m[2]), m[1]!.charCodeAt(0) - 65));
    return c ? { value: c.value, formula: c.formula, format: c.numberFormat } : null;
  },
});

const fileView = (wb: ExcelJS.Workbook): SheetView => ({
  names: wb.worksheets.map((w) => w.name),
  cell: (sheet, address) => {
    const c = wb.getWorksheet(sheet)?.getCell(address);
    if (!c) return null;
    const v = c.value as unknown;
    const formula = v && typeof v === 'object' && 'formula' in v ? `=${(v as { formula: string }).formula}` : null;
    return { value: formula ? (v as { result?: unknown }).result : v, formula, format: c.numFmt ?? 'General' };
  },
});

type Setup = () => Promise<{ port: WorkbookPort; view(): Promise<SheetView>; userSheet(name: string): Promise<void> }>;

const office: Setup = async () => {
  const host = buildFakeHost(FIXTURE, { excelApi: '1.18' });
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
  return {
    port,
    view: async () => fakeView(host),
    userSheet: async (name) => {
      const s = host.addSheet(name);
      s.cells.set(cellKey(1, 0), { ...s.cells.get(cellKey(1, 0)), value: 'I miei rilievi', formula: null, numberFormat: 'General', text: null, fill: null, fontColor: null, bold: false } as never);
    },
  };
};

/** Files: every view reads the bytes saved and opened again. */
const files: Setup = async () => {
  const wb = buildExcelJs(FIXTURE);
  let port = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(wb).save());
  return {
    get port() {
      return port;
    },
    view: async () => {
      port = await ExcelJsWorkbook.load(await port.save());
      return fileView(port.workbook);
    },
    userSheet: async (name) => {
      port.workbook.addWorksheet(name).getCell('A1').value = 'I miei rilievi';
      port = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(port.workbook).save());
    },
  };
};

describe.each([
  ['Excel (the fake host)', office],
  ['files (ExcelJS, saved and reopened)', files],
])('the audit sheet in %s', (_what, setup) => {
  test('holds the title, the header and one row per finding, as text, with links to the cells', async () => {
    const s = await setup();
    const name = await s.port.writeAuditSheet!(audit());
    expect(name).toBe('Traguardo – Rilievi');
    const v = await s.view();
    expect(v.names).toContain(name);
    expect(v.cell(name, 'A1')?.value).toBe(`${AUDIT_MARKER}Rilievi · ${SHEET}`);
    expect(HEADER.map((_, i) => v.cell(name, `${String.fromCharCode(65 + i)}2`)?.value)).toEqual(HEADER);
    expect(v.cell(name, 'A3')?.formula).toBe(`=HYPERLINK("#'${SHEET}'!D4","D4")`);
    expect(v.cell(name, 'J3')).toMatchObject({ value: '=1+1', formula: null, format: '@' });
    expect(v.cell(name, 'F4')).toMatchObject({ value: '+39 06 1234', formula: null, format: '@' });
    expect(v.cell(name, 'J4')).toMatchObject({ value: '-', formula: null });
    expect(v.cell(name, 'A4')?.formula ?? null).toBeNull();
  });

  test('written again, replaces Traguardo\'s own sheet and keeps one', async () => {
    const s = await setup();
    await s.port.writeAuditSheet!(audit('prima'));
    await s.port.writeAuditSheet!(audit('dopo'));
    const v = await s.view();
    expect(v.names.filter((n) => n.startsWith('Traguardo'))).toEqual(['Traguardo – Rilievi']);
    expect(v.cell('Traguardo – Rilievi', 'J3')?.value).toBe('dopo');
  });

  test('never replaces nor removes a user\'s sheet of that name', async () => {
    const s = await setup();
    await s.userSheet('Traguardo – Rilievi');
    const name = await s.port.writeAuditSheet!(audit());
    expect(name).toBe('Traguardo – Rilievi (2)');
    expect((await s.view()).cell('Traguardo – Rilievi', 'A1')?.value).toBe('I miei rilievi');
    await expect(s.port.removeAuditSheet!()).resolves.toBe(true);
    const v = await s.view();
    expect(v.names).toContain('Traguardo – Rilievi');
    expect(v.names).not.toContain('Traguardo – Rilievi (2)');
    await expect(s.port.removeAuditSheet!()).resolves.toBe(false);
  });

  test('a sheet the record names but without the marker (the user\'s, after ours was deleted) is left alone', async () => {
    const s = await setup();
    await s.port.writeAuditSheet!(audit());
    const first = await s.view();
    expect(first.names).toContain('Traguardo – Rilievi');
    // The user deletes ours and makes a sheet of that name with other content: the record still names it.
    await s.port.removeAuditSheet!();
    await s.userSheet('Traguardo – Rilievi');
    const settings = await s.port.readSettings();
    await s.port.writeSettings({ ...settings!, reviews: { ...settings!.reviews!, auditSheet: 'Traguardo – Rilievi' } });
    await expect(s.port.removeAuditSheet!()).resolves.toBe(false);
    expect((await s.view()).cell('Traguardo – Rilievi', 'A1')?.value).toBe('I miei rilievi');
  });

  test('the marks stay when the sheet is written and removed', async () => {
    const s = await setup();
    await s.port.writeSettings({ version: 1, mappings: {}, reviews: { marks: [{ fingerprint: 'x', status: 'confirmed', comment: '' }], baselines: {}, auditSheet: null } });
    await s.port.writeAuditSheet!(audit());
    await s.port.removeAuditSheet!();
    await s.view();
    expect((await s.port.readSettings())?.reviews?.marks).toEqual([{ fingerprint: 'x', status: 'confirmed', comment: '' }]);
  });
});

describe('audit sheet cells and name', () => {
  test('only plain cell addresses become links', () => {
    const cells = auditCells({ ...audit(), rows: [{ sheet: 'S', address: 'A1:B2', values: [] }, { sheet: 'S', address: '=EVIL()', values: [] }, { sheet: "L'anno", address: 'B7', values: [] }] });
    expect(cells.links).toEqual([null, null, `HYPERLINK("#'L''anno'!B7","B7")`]);
    expect(cells.texts.every((r) => r.length === HEADER.length)).toBe(true);
  });

  test('takes the first free name, within 31 characters', () => {
    expect(auditSheetName('Traguardo – Rilievi', ['traguardo – rilievi'], null)).toBe('Traguardo – Rilievi (2)');
    expect(auditSheetName('Traguardo – Rilievi', ['Traguardo – Rilievi'], 'Traguardo – Rilievi')).toBe('Traguardo – Rilievi');
    expect(auditSheetName('x'.repeat(40), ['x'.repeat(31)], null)).toHaveLength(31);
  });
});

test('Excel: a long audit sheet is written in row blocks under the request limit (3,000 findings, 300 KB limit)', async () => {
  const host = buildFakeHost(FIXTURE, { payloadLimit: 300_000 });
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported, payloadBudget: 250_000 });
  const rows = Array.from({ length: 3000 }, (_, i) => ({ sheet: SHEET, address: `D${i + 4}`, values: [SHEET, `A01.01-${i}`, 'Risultato mancante', 'Errore', 'Manca il risultato del 2023: la cella è vuota.', '', '', 'Confermato', `Nota ${i}`] }));
  const before = host.syncs.length;
  const name = await port.writeAuditSheet!({ ...audit(), rows });
  const v = fakeView(host);
  expect(v.cell(name, 'J3002')?.value).toBe('Nota 2999');
  expect(v.cell(name, 'A3002')?.formula).toBe(`=HYPERLINK("#'${SHEET}'!D3003","D3003")`);
  const syncs = host.syncs.slice(before);
  expect(syncs.length).toBeGreaterThan(3);
  // Every sync that ran was within the limit (a block Excel finds too large is split and sent again).
  expect(Math.max(...syncs.filter((s) => s.failed === null).map((s) => s.requestBytes))).toBeLessThanOrEqual(300_000);
  expect(syncs.filter((s) => s.failed !== null).every((s) => s.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);
});
