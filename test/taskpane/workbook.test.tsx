/**
 * @jest-environment jsdom
 *
 * The whole workbook in the pane, with the real core over the two real adapters: the Office.js adapter on the fake
 * Excel, and the file adapter (ExcelJS) saved to .xlsx bytes and opened again.
 */
import './textCodec';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { readQuery } from '../../src/taskpane/boot/query';
import type { PipelineDeps } from '../../src/taskpane/pipeline/deps.types';
import { defaultDeps } from '../../src/taskpane/pipeline/ports';
import type { WorkbookPort } from '../../src/workbook/port';
import { FIXTURE, SHEET, type FixtureSheet } from '../contract/fixture';
import { cellKey, emptyCell } from '../fakes/fakeExcel';
import { excelJsHarness } from '../contract/excelJsHarness';
import type { Harness } from '../contract/harness';
import { buildFakeHost, dumpFake, officeHarness } from '../contract/officeHarness';

const COPY = 'Secondo semestre';
const main = FIXTURE[0] as FixtureSheet;
/** The contract's indicator sheet, a copy of it, instructions, an empty sheet and a budget table. */
const WORKBOOK: FixtureSheet[] = [
  main,
  { ...main, name: COPY },
  { name: 'Istruzioni', cells: [{ address: 'A1', value: 'Compilare i fogli degli obiettivi.' }, { address: 'A3', value: 'Non modificare le intestazioni.' }] },
  { name: 'Vuoto', cells: [] },
  {
    name: 'Bilancio',
    cells: [
      { address: 'A1', value: 'Voce' },
      { address: 'B1', value: 'Importo' },
      { address: 'A2', value: 'Personale' },
      { address: 'B2', value: 1200, text: '1200' },
    ],
  },
];

/** 29 November 2026, 14:05 where the test runs: the pane shows local time, so this reads 14:05 in any time zone. */
const NOW = new Date(2026, 10, 29, 14, 5);

/** A port that records every call that could change the workbook. */
function recording(port: WorkbookPort) {
  const writes: string[] = [];
  const wrapped: WorkbookPort = {
    ...port,
    listSheets: () => port.listSheets(),
    activeSheet: () => port.activeSheet(),
    readSheet: (n) => port.readSheet(n),
    readSettings: () => port.readSettings(),
    select: (s, a) => port.select(s, a),
    writeSettings: (s) => (writes.push('writeSettings'), port.writeSettings(s)),
    apply: (p) => (writes.push(`apply ${p.sheet}`), port.apply(p)),
    clear: (s) => (writes.push(`clear ${s}`), port.clear(s)),
  };
  return { port: wrapped, writes };
}

const deps = (port: WorkbookPort): PipelineDeps => ({ ...defaultDeps, openOfficeWorkbook: () => port, now: () => NOW });

const renderPane = (port: WorkbookPort, lang: 'it' | 'en' = 'it') =>
  render(
    <App
      host={{ kind: 'excel', displayLanguage: lang === 'it' ? 'it-IT' : 'en-GB', themeBackground: '#FFFFFF' }}
      query={readQuery('')}
      deps={deps(port)}
      browserLanguage={null}
      prefersDark={false}
    />,
  );

const LONG = { timeout: 20_000 };

describe.each([
  ['the fake Excel', officeHarness()],
  ['a file', excelJsHarness()],
])('The whole workbook on %s', (_name, factory) => {
  let h: Harness;
  beforeEach(async () => {
    h = await factory(WORKBOOK);
  });

  test('lists the indicator sheets, leaves out the others with a reason, computes all, and keeps each summary', async () => {
    renderPane(h.port);
    const panel = await screen.findByTestId('workbook-panel', {}, LONG);
    expect(within(panel).getByRole('button', { name: `Mostra «${SHEET}»` })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: `Mostra «${COPY}»` })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: /Istruzioni|Vuoto|Bilancio/ })).toBeNull();
    expect(screen.getByTestId('workbook-left-out').textContent).toBe(
      'Esclusi: «Istruzioni» (solo testo, ad esempio istruzioni o note); «Vuoto» (foglio vuoto); «Bilancio» (nessuna colonna di target e risultati riconosciuta)',
    );
    expect(screen.getByTestId(`workbook-sheet-${COPY}`).textContent).toContain('non calcolato');

    fireEvent.click(screen.getByRole('button', { name: 'Calcola tutti i fogli' }));
    expect((await screen.findByTestId('workbook-outcome', {}, LONG)).textContent).toContain('Fogli calcolati: 2 su 2.');
    // Both sheets were written: the results column is in each, and each has its overview line.
    const dump = await h.dump();
    for (const sheet of [SHEET, COPY]) {
      expect(Object.values(dump.cells[sheet] ?? {}).some((c) => /Traguardo/.test(String(c.value)))).toBe(true);
      expect(screen.getByTestId(`workbook-figures-${sheet}`).textContent).toMatch(/^4 indicatori · media \d+,\d% · \d+ rilie(vo|vi)$/);
    }
    // The open sheet's results are in the pane; the other sheet's line stays when showing it, and back.
    await screen.findByTestId('summary');
    const figures = (sheet: string) => screen.getByTestId(`workbook-figures-${sheet}`).textContent;
    const line = figures(SHEET);
    expect(screen.getByTestId(`workbook-sheet-${SHEET}`).textContent).toContain('aperto');
    fireEvent.click(screen.getByRole('button', { name: `Mostra «${COPY}»` }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Mostra «${COPY}»` }).getAttribute('aria-current')).toBe('true'), LONG);
    expect(figures(SHEET)).toBe(line);
    expect(screen.getByTestId(`workbook-sheet-${SHEET}`).textContent).not.toContain('aperto');
    expect(screen.getByTestId('count-met')).toBeTruthy();
  }, 60_000);

  test('a reopened workbook shows when it was computed, writing nothing', async () => {
    const first = renderPane(h.port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }, LONG));
    await screen.findByText(/^Inseriti \d+ valori/, {}, LONG);
    first.unmount();

    const { port, writes } = recording(await h.reopen());
    renderPane(port);
    expect((await screen.findByTestId('computed-at', {}, LONG)).textContent).toBe('Calcolato il 29/11/2026 alle 14:05.');
    expect(screen.getByTestId('status-bar').textContent).toContain('Risultati dell’ultimo calcolo');
    expect(screen.getByTestId('count-met')).toBeTruthy();
    expect(writes).toEqual([]);
  }, 60_000);

  test('in English the time reads "Computed on 29 Nov 2026 at 14:05"', async () => {
    renderPane(h.port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola tutti i fogli' }, LONG));
    await screen.findByTestId('workbook-outcome', {}, LONG);
    const { port, writes } = recording(await h.reopen());
    document.body.innerHTML = '';
    renderPane(port, 'en');
    expect((await screen.findByTestId('computed-at', {}, LONG)).textContent).toBe('Computed on 29 Nov 2026 at 14:05.');
    // Every sheet computed last time has its line again, read without writing.
    for (const sheet of [SHEET, COPY]) expect((await screen.findByTestId(`workbook-figures-${sheet}`, {}, LONG)).textContent).toMatch(/^4 indicators · average \d+\.\d% · \d+ findings?$/);
    expect(writes).toEqual([]);
  }, 60_000);
});

describe('Apply refused on a file because the output cell is not free', () => {
  test('names the cell, and the file is unchanged', async () => {
    const { ExcelJsWorkbook } = await import('../../src/workbook/file/excelJsWorkbook');
    const { buildExcelJs } = await import('../contract/excelJsHarness');
    const file = ExcelJsWorkbook.fromExcelJs(buildExcelJs(WORKBOOK));
    const apply = file.apply.bind(file);
    // The user types into the cell the results column will use, after the pane read the sheet.
    file.apply = (plan) => {
      const ws = file.workbook.getWorksheet(plan.sheet);
      if (ws) ws.getCell(`${plan.output.column}4`).value = 'nota a mano';
      return apply(plan);
    };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(file);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }, LONG));
    const bar = await screen.findByTestId('status-bar', {}, LONG);
    await waitFor(() => expect(bar.textContent).toContain('Le celle per i risultati non sono libere.'), LONG);
    expect(bar.textContent).toContain('La colonna dei risultati andrebbe in G4, una cella già occupata.');
    const ws = file.workbook.getWorksheet(SHEET);
    expect(ws?.getCell('G3').value ?? null).toBeNull();
    expect(ws?.getCell('G5').value ?? null).toBeNull();
  }, 60_000);
});

describe('computeSheets', () => {
  test('a sheet whose columns chosen in the pane are not valid is reported, never computed with another mapping; the next one is', async () => {
    const { computeSheets } = await import('../../src/taskpane/pipeline/workbookRun');
    const { DEFAULT_POLICY } = await import('../../src/core/scoring/policy');
    const h = await officeHarness()(WORKBOOK);
    const runs = await computeSheets(h.port, defaultDeps, [SHEET, COPY], { policy: DEFAULT_POLICY, lang: 'it', at: NOW.toISOString(), choices: { [SHEET]: null } });
    expect(runs.map((r) => [r.sheet, r.ok ? 'ok' : r.error])).toEqual([[SHEET, 'no-mapping'], [COPY, 'ok']]);
    const dump = await h.dump();
    expect(Object.values(dump.cells[SHEET] ?? {}).some((c) => /Traguardo/.test(String(c.value)))).toBe(false);
    expect(Object.values(dump.cells[COPY] ?? {}).some((c) => /Traguardo/.test(String(c.value)))).toBe(true);
    expect(await h.port.readSettings()).toMatchObject({ computedAt: { [COPY]: NOW.toISOString() } });
    expect((await h.port.readSettings())?.computedAt?.[SHEET]).toBeUndefined();
  }, 60_000);
});

describe('The workbook overview after a setting changes', () => {
  test('marks every computed sheet out of date, and a new compute all clears it', async () => {
    const h = await officeHarness()(WORKBOOK);
    renderPane(h.port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola tutti i fogli' }, LONG));
    await screen.findByTestId('workbook-outcome', {}, LONG);
    for (const sheet of [SHEET, COPY]) expect(screen.getByTestId(`workbook-sheet-${sheet}`).textContent).not.toContain('non aggiornato');
    fireEvent.click(screen.getByRole('tab', { name: 'Impostazioni' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Soglia di quasi raggiungimento/ }), { target: { value: '85' } });
    await waitFor(() => {
      for (const sheet of [SHEET, COPY]) expect(screen.getByTestId(`workbook-sheet-${sheet}`).textContent).toContain('non aggiornato');
    }, LONG);
    // An invalid value holds "compute all" as it holds Compute, with the same reason.
    fireEvent.change(screen.getByRole('textbox', { name: /Soglia di quasi raggiungimento/ }), { target: { value: '150' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Calcola tutti i fogli' }) as HTMLButtonElement).disabled).toBe(true), LONG);
    expect(screen.getByRole('button', { name: 'Calcola tutti i fogli' }).getAttribute('aria-describedby')).toBe('compute-blocked');
    fireEvent.change(screen.getByRole('textbox', { name: /Soglia di quasi raggiungimento/ }), { target: { value: '85' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Calcola tutti i fogli' }) as HTMLButtonElement).disabled).toBe(false), LONG);
    fireEvent.click(screen.getByRole('button', { name: 'Calcola tutti i fogli' }));
    await waitFor(() => {
      for (const sheet of [SHEET, COPY]) expect(screen.getByTestId(`workbook-sheet-${sheet}`).textContent).not.toContain('non aggiornato');
    }, LONG);
  }, 60_000);
});

describe('Compute all progress', () => {
  test('says which sheet is being computed, and the buttons wait', async () => {
    const h = await officeHarness()(WORKBOOK);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const port: WorkbookPort = { ...h.port, apply: async (plan) => (plan.sheet === COPY ? (await held, h.port.apply(plan)) : h.port.apply(plan)) };
    renderPane(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola tutti i fogli' }, LONG));
    await screen.findByText(`Calcolo di «${COPY}» (2 di 2)…`, {}, LONG);
    expect((screen.getByRole('button', { name: 'Calcola tutti i fogli' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Calcola raggiungimento' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('workbook-outcome')).toBeNull();
    release();
    expect((await screen.findByTestId('workbook-outcome', {}, LONG)).textContent).toContain('Fogli calcolati: 2 su 2.');
    expect(screen.queryByText(/Calcolo di «/)).toBeNull();
  }, 60_000);
});

describe('Compute all when one sheet fails', () => {
  test('computes the others and names the failing sheet with what to do', async () => {
    const h = await officeHarness()(WORKBOOK);
    const port: WorkbookPort = {
      ...h.port,
      apply: (plan) => (plan.sheet === SHEET ? Promise.reject(Object.assign(new Error('protected'), { code: 'AccessDenied' })) : h.port.apply(plan)),
    };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola tutti i fogli' }, LONG));
    const outcome = await screen.findByTestId('workbook-outcome', {}, LONG);
    expect(outcome.textContent).toContain('Fogli calcolati: 1 su 2.');
    expect(outcome.textContent).toContain(`«${SHEET}»: Il foglio è protetto. Rimuovi la protezione`);
    expect(screen.getByTestId(`workbook-sheet-${SHEET}`).textContent).toContain('non riuscito');
    expect(screen.getByTestId(`workbook-sheet-${COPY}`).textContent).toMatch(/4 indicatori/);
    const dump = await h.dump();
    expect(Object.values(dump.cells[COPY] ?? {}).some((c) => /Traguardo/.test(String(c.value)))).toBe(true);
  }, 60_000);
});

describe('Apply refused because the output cell is not free', () => {
  test.each([
    ['it', 'Le celle per i risultati non sono libere.', /La colonna dei risultati andrebbe in G4, una cella già occupata\. Sposta o svuota il suo contenuto, poi calcola di nuovo\. Il foglio non è stato modificato\./],
    ['en', 'The cells for the results are not free.', /The results column would go into G4, a cell already in use\. Move or empty its content, then compute again\. The sheet was left unchanged\./],
  ] as const)('names the cell and what to do (%s), and writes nothing', async (lang, title, body) => {
    const host = buildFakeHost(WORKBOOK);
    const { createOfficeWorkbook } = await import('../../src/workbook/office/officeWorkbook');
    const real = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
    // The user types into the cell the results column will use, after the pane read the sheet.
    const port: WorkbookPort = {
      ...real,
      apply: (plan) => {
        const sheet = host.sheets.find((s) => s.name === plan.sheet);
        sheet?.cells.set(cellKey(4, plan.output.column.charCodeAt(0) - 65), { ...emptyCell(), value: 'nota a mano' });
        return real.apply(plan);
      },
    };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(port, lang);
    fireEvent.click(await screen.findByRole('button', { name: lang === 'it' ? 'Calcola raggiungimento' : 'Compute achievement' }, LONG));
    const bar = await screen.findByTestId('status-bar', {}, LONG);
    await waitFor(() => expect(bar.textContent).toContain(title), LONG);
    expect(bar.textContent).toMatch(body);
    expect(screen.queryByTestId('summary')).toBeNull();
    // Refused before anything was written: no results header, no highlight on the sheet.
    const dump = dumpFake(host);
    expect(Object.values(dump.cells[SHEET] ?? {}).some((c) => /Traguardo/.test(String(c.value)))).toBe(false);
    expect(dump.formats[SHEET]).toEqual([]);
  }, 60_000);
});

test('a workbook opening on its instructions sheet is read once per sheet: the open sheet, the proposal of indicator sheets and the workbook list share their reads', async () => {
  const host = buildFakeHost(WORKBOOK);
  host.activeSheet = 'Istruzioni';
  const { createOfficeWorkbook } = await import('../../src/workbook/office/officeWorkbook');
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
  const reads: string[] = [];
  const counted: WorkbookPort = { ...port, readSheet: (n) => (reads.push(n), port.readSheet(n)) };
  renderPane(counted);
  await screen.findByTestId('sheet-suggestions', {}, LONG);
  await screen.findByTestId('workbook-panel', {}, LONG);
  expect([...reads].sort()).toEqual(WORKBOOK.map((s) => s.name).sort());
}, 60_000);
