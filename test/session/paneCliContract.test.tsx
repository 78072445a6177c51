/** @jest-environment jsdom */
/**
 * Contract: the task pane (usePipeline's actions, on the ExcelJS file port the preview uses) and the CLI
 * (scoreWorkbook, what `traguardo score` runs) write the same thing on the same workbook — the same WritePlan
 * (values, highlights, notes, findings at the same cells) and the same findings list — with the same choices:
 * the bundled samples, generated workbooks, a sheet with a stored mapping and a user's override, a sheet with a
 * mapping finding, a header row given by hand, and the notes settings.
 */
import './_lib/textCodec';
import { readFileSync } from 'fs';
import * as path from 'path';
import { act, renderHook } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { scoreWorkbook } from '../../src/cli/pipeline';
import { toJsonReport } from '../../src/cli/report';
import type { Role } from '../../src/core/layout/roles';
import type { ColumnMapping } from '../../src/core/layout/mapping';
import type { ScoringPolicyInput } from '../../src/core/scoring/policy';
import { usePipeline } from '../../src/taskpane/hooks/usePipeline';
import { defaultDeps } from '../../src/taskpane/pipeline/ports';
import type { FileWorkbook, PipelineDeps } from '../../src/taskpane/pipeline/deps.types';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import type { WorkbookPort } from '../../src/workbook/port';
import type { WritePlan } from '../../src/workbook/writePlan.types';
import { richWorkbookBytes, SHEET as RICH_SHEET } from '../fixtures/workbook/richWorkbook';
import { deadlineWorkbook } from '../fixtures/hostile/workbooks';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');
const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(SAMPLES, name)));

async function xlsx(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The bytes with Traguardo's settings stored in them, as a compute in the pane leaves them. */
async function withSettings(bytes: Uint8Array, mappings: Record<string, ColumnMapping>, policy: ScoringPolicyInput = {}): Promise<Uint8Array> {
  const wb = await ExcelJsWorkbook.load(bytes);
  await wb.writeSettings({ version: 1, mappings, policy: policy as Record<string, unknown> });
  return wb.save();
}

/** A port whose applied plans are recorded. */
function recording<T extends WorkbookPort>(port: T, plans: WritePlan[]): T {
  return new Proxy(port, {
    get(target, key) {
      if (key === 'apply') return async (plan: WritePlan) => (plans.push(plan), target.apply(plan));
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

interface Choices {
  map?: Partial<Record<Role, string | null>>;
  year?: number;
  headerRow?: number;
}

/** The pane: open the bytes, pick the sheet, make the choices in the set-up form, Compute. */
async function paneRun(bytes: Uint8Array, sheet: string, choices: Choices) {
  const plans: WritePlan[] = [];
  const deps: PipelineDeps = { ...defaultDeps, openFileWorkbook: async (b) => recording<FileWorkbook>(await ExcelJsWorkbook.load(b), plans) };
  const { result } = renderHook(() => usePipeline('preview', 'it', deps));
  await act(() => result.current.actions.openBytes(bytes, 'cartella.xlsx'));
  if (result.current.state.sheet?.name !== sheet) await act(() => result.current.actions.selectSheet(sheet));
  act(() => {
    if (choices.headerRow !== undefined) result.current.actions.setHeaderRow(choices.headerRow);
  });
  act(() => {
    for (const [role, column] of Object.entries(choices.map ?? {})) result.current.actions.setOverride(role as Role, column ?? null);
    if (choices.year !== undefined) result.current.actions.setYear(choices.year);
  });
  await act(() => result.current.actions.compute());
  expect(result.current.state.error).toBeNull();
  expect(plans).toHaveLength(1);
  return { plan: plans[0] as WritePlan, findings: result.current.findings ?? [] };
}

/** The CLI: the same bytes, `--sheet`, `--map`, `--year`, `--header-row`, `--out`. */
async function cliRun(bytes: Uint8Array, sheet: string, choices: Choices) {
  const plans: WritePlan[] = [];
  const port = recording(await ExcelJsWorkbook.load(bytes), plans);
  const outcomes = await scoreWorkbook(port, { sheets: [sheet], year: choices.year ?? null, map: choices.map ?? {}, headerRow: choices.headerRow ?? null, lang: 'it', write: true });
  const reports = outcomes.flatMap((o) => (o.kind === 'scored' ? [o.report] : []));
  expect(reports).toHaveLength(1);
  expect(plans).toHaveLength(1);
  return { plan: plans[0] as WritePlan, json: toJsonReport(reports, 'it') };
}

/** Run both and check they agree; returns the plan. */
async function agree(bytes: Uint8Array, sheet: string, choices: Choices = {}): Promise<WritePlan> {
  const pane = await paneRun(bytes, sheet, choices);
  const cli = await cliRun(bytes, sheet, choices);
  expect(pane.plan).toEqual(cli.plan);
  // The pane's findings list and the JSON report place every finding on the same cell.
  const key = (code: string, cell: string | null) => `${code}@${cell ?? ''}`;
  const jsonSheet = cli.json.sheets[0];
  const fromJson = [...(jsonSheet?.findings ?? []), ...(jsonSheet?.indicators.flatMap((i) => i.findings) ?? [])].map((f) => key(f.code, f.cell)).sort();
  expect(pane.findings.map((f) => key(f.code, f.address)).sort()).toEqual(fromJson);
  expect(pane.plan.findings.map((f) => key(f.code, f.address)).sort()).toEqual(fromJson);
  return pane.plan;
}

/** The sheets the CLI scores on its own in a workbook. */
async function indicatorSheets(bytes: Uint8Array): Promise<string[]> {
  const outcomes = await scoreWorkbook(await ExcelJsWorkbook.load(bytes), { sheets: [], year: null, map: {}, lang: 'it', write: false });
  return outcomes.flatMap((o) => (o.kind === 'scored' ? [o.report.sheet] : []));
}

const PLANTED = {
  'Monitoraggio 2023': [
    ['Obiettivo operativo', 'Codice', 'Indicatore', 'Algoritmo di calcolo', 'Peso', 'Target 2023', 'Valore 2022', 'Risultato 2023'],
    ['A01.01 Semplificazione', 'A01.01-1', 'Pratiche evase entro 30 giorni', 'n. pratiche evase entro 30 gg / n. totale pratiche', 50, '>= 90%', 88, 95],
    ['A01.01 Semplificazione', 'A01.01-2', 'Imprese assistite allo sportello', 'n. imprese assistite', 50, '>= 100', 120, 130],
    ['A02.01 Trasparenza', 'A02.01-1', 'Percentuale di bandi pubblicati nei termini', 'n. bandi pubblicati nei termini / n. totale bandi', 60, '>= 80%', 80, 112.5],
    ['A02.01 Trasparenza', 'A02.01-2', 'Tempo medio di pagamento delle fatture', 'giorni medi tra ricezione e pagamento', 30, '<= 30 gg', 32, 28],
    ['A03.01 Promozione', 'A03.01-1', 'Eventi organizzati per le imprese', 'n. eventi organizzati', 50, '>= 10', 8, '12'],
    ['A03.01 Promozione', 'A03.01-2', 'Newsletter inviate', 'n. newsletter', 50, 'entro il 31/12/2023', null, 'inviata il 15/11/2023'],
  ],
  // "Risultato 2022" against targets for 2023: the mapping finding result-year-mismatch on D1.
  Consuntivo: [
    ['Codice', 'Indicatore', 'Target 2023', 'Risultato 2022'],
    ['B01-1', 'Imprese iscritte al fascicolo digitale', '>= 700', 640],
    ['B01-2', 'Eventi di orientamento', '>= 16', 15],
  ],
  // No header detection can read: scored with a header row and columns given by hand.
  Scheda: [['Scheda 2023'], [], ['Cosa', 'Quanto', 'Fatto'], ['Pratiche evase', '>= 90%', '95%'], ['Eventi', '>= 10', 7]],
} as Record<string, ExcelJS.CellValue[][]>;

describe('pane and CLI give the same WritePlan on the bundled samples, sheet by sheet', () => {
  test.each([['monitoraggio-2023.xlsx'], ['relazione-2023.xlsx']])('%s', async (name) => {
    const bytes = sample(name);
    const sheets = await indicatorSheets(bytes);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const plan = await agree(bytes, sheet);
      expect(plan.output.cells.length).toBeGreaterThan(0);
    }
  }, 60_000);
});

describe('pane and CLI give the same WritePlan on the test fixtures', () => {
  test('the rich workbook (a user note, merges, rich text, a formula, a chart, custom XML)', async () => {
    const plan = await agree(await richWorkbookBytes(), RICH_SHEET);
    expect(plan.output.cells.length).toBeGreaterThan(0);
  });

  test.each([[false], [true]])('the deadline workbook (1904 date system: %s)', async (date1904) => {
    const bytes = await deadlineWorkbook(date1904);
    const [sheet] = await indicatorSheets(bytes);
    expect(sheet).toBeDefined();
    await agree(bytes, sheet as string);
  });
});

describe('pane and CLI give the same WritePlan on generated workbooks', () => {
  let bytes: Uint8Array;
  beforeAll(async () => (bytes = await xlsx(PLANTED)));

  test('a sheet with one planted defect per check', async () => {
    const plan = await agree(bytes, 'Monitoraggio 2023');
    expect(plan.notes.map((n) => n.address)).toContain('E4'); // weights-sum, a warning: noted
    expect(plan.findings.filter((f) => f.code === 'number-as-text').map((f) => [f.address, f.severity])).toEqual([['H6', 'info']]);
    expect(plan.notes.map((n) => n.address)).not.toContain('H6'); // information: listed, not noted by default
  });

  test('a mapping finding (result column for another year) is listed and noted by both', async () => {
    // The headers name 2022 for the result: asked for 2023, detection runs again for 2023 in both.
    const plan = await agree(bytes, 'Consuntivo', { year: 2023 });
    expect(plan.findings.filter((f) => f.code === 'result-year-mismatch').map((f) => f.address)).toEqual(['D1']);
    expect(plan.notes.find((n) => n.address === 'D1')?.text).toMatch(/^Traguardo: /);
  });

  test('a header row and columns given by hand, with the year', async () => {
    const plan = await agree(bytes, 'Scheda', { headerRow: 3, map: { indicator: 'A', target: 'B', result: 'C' }, year: 2023 });
    expect(plan.output.cells.map((c) => [c.row, c.value])).toEqual([[4, 1], [5, 0.7]]);
  });

  test('a header row given by hand keeps the year the title above it names in both', async () => {
    const plan = await agree(bytes, 'Scheda', { headerRow: 3, map: { indicator: 'A', target: 'B', result: 'C' } });
    expect(plan.output.cells.map((c) => c.row)).toEqual([4, 5]);
  });

  test('a year given by hand re-runs detection for that year in both', async () => {
    await agree(bytes, 'Monitoraggio 2023', { year: 2022 });
  });
});

describe('stored mapping and user override: one precedence for both (choices › stored › detected)', () => {
  const SHEET = 'Monitoraggio 2023';
  /** Confirmed earlier with the result read from G ("Valore 2022"), where detection would take H. */
  const STORED: ColumnMapping = {
    version: 1, sheet: SHEET, headerRow: 1, firstDataRow: 2, lastDataRow: 7, year: 2023,
    columns: { objective: 'A', code: 'B', indicator: 'C', algorithm: 'D', weight: 'E', target: 'F', result: 'G' },
  };
  let bytes: Uint8Array;
  beforeAll(async () => (bytes = await withSettings(await xlsx(PLANTED), { [SHEET]: STORED })));

  test('the stored mapping wins over detection', async () => {
    const plan = await agree(bytes, SHEET);
    // Row 2: 88 (G) against >= 90% reads 88/90; with H (95) it would be met.
    expect(plan.output.cells.find((c) => c.row === 2)?.value).toBeCloseTo(88 / 90, 6);
  });

  test("the user's override wins over the stored mapping, role by role", async () => {
    const plan = await agree(bytes, SHEET, { map: { result: 'H' } });
    expect(plan.output.cells.find((c) => c.row === 2)?.value).toBe(1);
    // Other stored roles stay: the weights of column E still name the objectives' weights (weights-sum on E4).
    expect(plan.findings.map((f) => f.code)).toContain('weights-sum');
  });

  test('a role dropped by the user is dropped in both', async () => {
    const plan = await agree(bytes, SHEET, { map: { result: 'H', weight: null } });
    expect(plan.findings.map((f) => f.code)).not.toContain('weights-sum');
  });

  test('an override of one role keeps the stored mapping for the others (not detection)', async () => {
    const plan = await agree(bytes, SHEET, { map: { weight: null } });
    expect(plan.output.cells.find((c) => c.row === 2)?.value).toBeCloseTo(88 / 90, 6);
  });
});

describe('the notes settings act the same in both', () => {
  const SHEET = 'Monitoraggio 2023';

  test('notes: all puts information findings into notes; explainNotes adds the computation on each achievement', async () => {
    const plain = await xlsx(PLANTED);
    const problems = await agree(plain, SHEET);
    const bytes = await withSettings(plain, {}, { notes: 'all', explainNotes: true });
    const all = await agree(bytes, SHEET);
    expect(all.notes.length).toBeGreaterThan(problems.notes.length);
    const info = all.findings.filter((f) => f.severity === 'info');
    expect(info.length).toBeGreaterThan(0);
    for (const f of info) expect(all.notes.map((n) => n.address)).toContain(f.address);
    expect(all.notes.find((n) => n.address === 'H6')?.text).toMatch(/^Traguardo: /);
    const col = all.output.column;
    const explained = all.notes.filter((n) => n.address.startsWith(col));
    expect(explained.length).toBe(all.output.cells.filter((c) => c.value !== null).length);
    expect(explained.find((n) => n.address === `${col}3`)?.text).toBe('Traguardo: 100% (130 ≥ 100) — target: ≥ 100');
  });
});
