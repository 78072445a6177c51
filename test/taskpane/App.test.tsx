/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { issue } from '../../src/core/issues';
import type { ApplyOutcome, StoredSettings, WorkbookPort } from '../../src/workbook/port';
import type { WritePlan } from '../../src/workbook/writePlan.types';
import { App } from '../../src/taskpane/App';
import type { PipelineDeps } from '../../src/taskpane/pipeline/deps.types';
import { readQuery } from '../../src/taskpane/boot/query';
import { MAPPING, render as renderIssue, report, snapshot } from './fixtures';

const PLAN: WritePlan = {
  sheet: 'Foglio1',
  output: { column: 'E', headerRow: 1, header: 'Raggiungimento (Traguardo)', numberFormat: '0.0%', cells: [{ row: 2, value: 0.5714, text: null }] },
  highlights: [{ address: 'D2', band: 'shortfall' }],
  notes: [{ address: 'C4', text: 'C4: target non valutabile' }],
  findings: [],
};

/** A fake port that records calls in order; `apply` may be made to fail with a host code. */
function fakePort(applyError: string | null = null, initial: StoredSettings | null = null) {
  const calls: string[] = [];
  let settings: StoredSettings | null = initial;
  const port: WorkbookPort = {
    listSheets: async () => ['Foglio1'],
    activeSheet: async () => 'Foglio1',
    readSheet: async () => (calls.push('readSheet'), snapshot()),
    readSettings: async () => settings,
    writeSettings: async (s) => void (calls.push('writeSettings'), (settings = s)),
    apply: async (): Promise<ApplyOutcome> => {
      calls.push('apply');
      if (applyError) throw Object.assign(new Error('host'), { code: applyError });
      return { values: 3, highlights: 1, notes: 1, findingsSheet: null };
    },
    clear: async () => (calls.push('clear'), { values: 3, highlights: 1, notes: 1 }),
    select: async (_sheet, address) => void calls.push(`select ${address}`),
  };
  return { port, calls, settings: () => settings };
}

function deps(port: WorkbookPort): PipelineDeps {
  return {
    detectLayout: () => ({
      mapping: MAPPING,
      guesses: [{ role: 'target', column: 'C', confidence: 0.95, reason: "header 'Target 2023'" }],
      headerRows: [1],
      issues: [],
    }),
    indicatorSheetScore: () => 0,
    applyOverrides: (m, o, year) =>
      m
        ? { ok: true, value: { ...m, columns: { ...m.columns, ...(o as Record<string, string>) }, year: year ?? m.year }, issues: [] }
        : { ok: false, issues: [] },
    scoreSheet: () => report(),
    buildWritePlan: () => PLAN,
    renderIssue,
    toIssue: (e) => issue('host-error', 'error', { params: { code: (e as { code?: string }).code ?? 'Unknown' } }),
    openOfficeWorkbook: () => port,
    openFileWorkbook: async () => ({ ...port, save: async () => new Uint8Array([80, 75]) }),
  };
}

/** The pane in Excel mode, in Italian, over `port`, with `d` where a test replaces some of the pipeline's deps. */
const renderExcel = (port: WorkbookPort, d: PipelineDeps = deps(port)) =>
  render(
    <App
      host={{ kind: 'excel', displayLanguage: 'it-IT', themeBackground: '#FFFFFF' }}
      query={readQuery('')}
      deps={d}
      browserLanguage="en-US"
      prefersDark={false}
    />,
  );

describe('App in Excel mode', () => {
  test('opens the active sheet in Italian and shows the detected mapping', async () => {
    const { port } = fakePort();
    renderExcel(port);
    await screen.findByText('Riga di intestazione: 1 · Dati: righe 2–4');
    expect(screen.getByRole('button', { name: 'Calcola raggiungimento' })).toBeTruthy();
    expect(screen.getByTestId('confidence-target').textContent).toBe('Affidabilità alta (95%)');
  });

  test('computing stores the confirmed mapping before applying, then shows counts and what was written', async () => {
    const { port, calls, settings } = fakePort();
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    await screen.findByText('Inseriti 3 valori, 1 evidenziazione, 1 nota');
    expect(calls).toEqual(['readSheet', 'readSheet', 'writeSettings', 'apply']);
    expect(settings()?.mappings['Foglio1']).toEqual(MAPPING);
    expect(screen.getByTestId('count-shortfall').textContent).toBe('2');
    // The time is stored with the mapping and shown above the summary.
    const at = settings()?.computedAt?.['Foglio1'] ?? '';
    expect(Date.now() - Date.parse(at)).toBeGreaterThanOrEqual(0);
    expect(screen.getByTestId('computed-at').textContent).toMatch(/^Calcolato il \d\d\/\d\d\/\d{4} alle \d\d:\d\d\.$/);
  });

  test('a protected sheet shows what to do and no results', async () => {
    const { port } = fakePort('AccessDenied');
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    await screen.findByText('Il foglio è protetto.');
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(screen.getByText(/Rimuovi la protezione/)).toBeTruthy();
  });

  test('clicking a finding selects its cell through the port', async () => {
    const { port, calls } = fakePort();
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^C4/ })));
    expect(calls).toContain('select C4');
  });

  test('Clear reports its counts and drops the summary', async () => {
    const { port } = fakePort();
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Cancella' }));
    await screen.findByText('Rimossi 3 valori, 1 evidenziazione, 1 nota');
    await waitFor(() => expect(screen.queryByTestId('summary')).toBeNull());
  });
});

describe('App after computing', () => {
  test('folds the set-up to one line with Modifica, and puts the summary first with focus on it', async () => {
    const { port } = fakePort();
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    expect((await screen.findByTestId('setup-summary', {}, { timeout: 10_000 })).textContent).toBe('Foglio «Foglio1», intestazione riga 1, anno 2023Modifica');
    expect(screen.queryByRole('combobox', { name: 'Colonna per Target' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('tabpanel'));
    fireEvent.click(screen.getByRole('button', { name: 'Modifica' }));
    expect(screen.getByRole('spinbutton', { name: 'Anno di riferimento' })).toBeTruthy();
  });

  test('when Excel refuses to open the workbook (a cell in edit mode), "Riprova" opens it without reloading the pane', async () => {
    const { port } = fakePort();
    let refuse = true;
    const flaky: WorkbookPort = { ...port, listSheets: async () => (refuse ? Promise.reject(Object.assign(new Error('host'), { code: 'InvalidOperationInCellEditMode' })) : port.listSheets()) };
    renderExcel(flaky);
    const retry = await screen.findByRole('button', { name: 'Riprova' }, { timeout: 10_000 });
    refuse = false;
    fireEvent.click(retry);
    expect(await screen.findByRole('button', { name: 'Calcola raggiungimento' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Riprova' })).toBeNull();
  });

  test('a year changed after computing marks the results out of date', async () => {
    const { port } = fakePort();
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    const edit = await screen.findByRole('button', { name: 'Modifica' }, { timeout: 10_000 });
    expect(screen.queryByTestId('out-of-date')).toBeNull();
    fireEvent.click(edit);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Anno di riferimento' }), { target: { value: '2022' } });
    expect((await screen.findByTestId('out-of-date')).textContent).toMatch(/non sono aggiornati/);
  });

  test('a setting changed after computing marks the results out of date, on the summary too', async () => {
    const { port } = fakePort();
    renderExcel(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Calcola raggiungimento' }));
    await screen.findByRole('button', { name: 'Modifica' }, { timeout: 10_000 });
    expect(screen.queryByTestId('out-of-date')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Impostazioni' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Tetto massimo/ }), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Riepilogo' }));
    expect((await screen.findByTestId('out-of-date')).textContent).toMatch(/non sono aggiornati/);
  });

  test('an invalid setting disables Compute and says why', async () => {
    const { port } = fakePort();
    renderExcel(port);
    await screen.findByRole('button', { name: 'Calcola raggiungimento' });
    fireEvent.click(screen.getByRole('tab', { name: 'Impostazioni' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Soglia di quasi raggiungimento/ }), { target: { value: '150' } });
    const compute = screen.getByRole('button', { name: 'Calcola raggiungimento' }) as HTMLButtonElement;
    await waitFor(() => expect(compute.disabled).toBe(true));
    expect(screen.getByText('Correggi le impostazioni non valide (scheda Impostazioni) per calcolare.')).toBeTruthy();
  });

  test('an optional role without a column reads "non usata"', async () => {
    const { port } = fakePort();
    renderExcel(port);
    await screen.findByText('Riga di intestazione: 1 · Dati: righe 2–4');
    expect(screen.getByTestId('confidence-weight').textContent).toBe('non usata');
  });

  test('asks for the header row only while detection is unsure', async () => {
    const { port } = fakePort();
    const d = deps(port);
    const sure = (role: string, column: string) => ({ role: role as 'target', column, confidence: 0.95, reason: 'header' });
    renderExcel(port, { ...d, detectLayout: () => ({ mapping: MAPPING, guesses: [sure('indicator', 'B'), sure('target', 'C'), sure('result', 'D')], headerRows: [1], issues: [] }) });
    await screen.findByText('Riga di intestazione: 1 · Dati: righe 2–4');
    expect(screen.queryByRole('spinbutton', { name: 'Riga di intestazione' })).toBeNull();
  });
});

describe('App on a workbook scored before', () => {
  test('reopens with the last results and findings, writing nothing', async () => {
    const { port, calls } = fakePort(null, { version: 1, mappings: { Foglio1: MAPPING } });
    renderExcel(port);
    expect((await screen.findByTestId('count-shortfall', {}, { timeout: 10_000 })).textContent).toBe('2');
    expect(screen.getByText(/Risultati dell’ultimo calcolo, riletti dal foglio senza modificarlo/)).toBeTruthy();
    expect(calls).toEqual(['readSheet']);
    // Scored before the time was stored: no time is shown, rather than a wrong one.
    expect(screen.queryByTestId('computed-at')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    expect(screen.getByRole('button', { name: /^C4/ })).toBeTruthy();
  });
});

describe('App on a workbook that does not open on an indicator sheet', () => {
  const open = (sheets: string[]) => {
    const { port, calls } = fakePort();
    const wb: WorkbookPort = {
      ...port,
      listSheets: async () => sheets,
      activeSheet: async () => sheets[0] as string,
      readSheet: async (name) => (calls.push(`readSheet ${name}`), { ...snapshot(), name }),
    };
    const d = deps(wb);
    renderExcel(wb, {
          ...d,
          detectLayout: (g, o) => (o.sheet === 'Istruzioni' ? { mapping: null, guesses: [], headerRows: [], issues: [issue('no-header-row', 'error')] } : d.detectLayout(g, o)),
          indicatorSheetScore: (g) => ((g as { name?: string }).name === 'Obiettivi 2023' ? 0.9 : 0),
          applyOverrides: (m, o, year) => (m ? d.applyOverrides(m, o, year) : { ok: false, issues: [issue('no-header-row', 'error')] }),
        });
    return calls;
  };

  test('proposes the indicator sheets in one message, instead of two errors', async () => {
    open(['Istruzioni', 'Obiettivi 2023', 'Note']);
    const bar = await screen.findByTestId('sheet-suggestions', {}, { timeout: 10_000 });
    expect(bar.textContent).toContain('«Istruzioni» non sembra un foglio di indicatori.');
    expect(screen.queryByText(/Riga di intestazione non riconosciuta/)).toBeNull();
    expect(screen.queryByText(/riga di intestazione non trovata/i)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apri «Obiettivi 2023»' }));
    await screen.findByText('Riga di intestazione: 1 · Dati: righe 2–4', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('sheet-suggestions')).toBeNull();
  });

  test('a workbook with no sheet says so, not that a cell no longer exists', async () => {
    open([]);
    expect(await screen.findByText('La cartella di lavoro non ha fogli visibili.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(/non esiste più/)).toBeNull();
  });
});

describe('App when no header row is recognised', () => {
  test('lets the user enter the header row and map the roles by hand, then compute', async () => {
    const { port, calls } = fakePort();
    const d = deps(port);
    const real = await import('../../src/core/layout/applyOverrides');
    renderExcel(port, {
          ...d,
          detectLayout: () => ({ mapping: null, guesses: [], headerRows: [], issues: [issue('no-header-row', 'error')] }),
          indicatorSheetScore: () => 0,
    applyOverrides: (m, o, year) => (m ? real.applyOverrides(m, o, year) : { ok: false, issues: [issue('no-header-row', 'error')] }),
        });
    await screen.findByText(/Riga di intestazione non riconosciuta/);
    expect((screen.getByRole('button', { name: 'Calcola raggiungimento' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Riga di intestazione' }), { target: { value: '1' } });
    await screen.findByText('Riga di intestazione: 1 · Dati: righe 2–4');
    expect(calls).toEqual(['readSheet']);
  });
});

describe('App: the auditor reviews findings', () => {
  test('a mark is stored in the workbook and shown again when the pane reopens; the first mark records the review', async () => {
    const { port, settings } = fakePort(null, { version: 1, mappings: { Foglio1: MAPPING } });
    const first = renderExcel(port);
    await screen.findByTestId('count-shortfall', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    fireEvent.click(screen.getByRole('button', { name: /^Rivedi il rilievo della cella C4/ }));
    const dialog = await screen.findByTestId('review-panel');
    fireEvent.click(screen.getByRole('radio', { name: 'Accettato con nota' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Commento/ }), { target: { value: 'Valore medio concordato con l’OIV' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Salva' })));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    const stored = settings()?.reviews;
    expect(stored?.marks).toEqual([expect.objectContaining({ status: 'accepted', comment: 'Valore medio concordato con l’OIV' })]);
    expect(stored?.marks[0]?.fingerprint).toMatch(/^target-reference-unresolved\|Foglio1\|/);
    expect(stored?.baselines.Foglio1?.findings.length).toBeGreaterThan(0);
    // The mapping stays with it.
    expect(settings()?.mappings.Foglio1).toEqual(MAPPING);
    first.unmount();

    renderExcel(port);
    await screen.findByTestId('count-shortfall', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    const item = screen.getByRole('button', { name: /^C4/ });
    expect(item.textContent).toContain('Accettato con nota');
    expect(item.textContent).toContain('Valore medio concordato con l’OIV');
    expect(item.textContent).not.toContain('nuovo');
  });

  test('a compute keeps the marks stored before', async () => {
    const reviews = { marks: [{ fingerprint: 'x|Foglio1|sheet||1', status: 'confirmed' as const, comment: '' }], baselines: {}, auditSheet: null };
    const { port, settings } = fakePort(null, { version: 1, mappings: {}, reviews });
    renderExcel(port);
    const compute = await screen.findByRole('button', { name: 'Calcola raggiungimento' }, { timeout: 10_000 });
    await act(async () => fireEvent.click(compute));
    await waitFor(() => expect(settings()?.mappings.Foglio1).toBeTruthy());
    expect(settings()?.reviews).toEqual(reviews);
  });

  test('findings absent from the last review are new, and the ones gone are listed as resolved', async () => {
    const baselines = { Foglio1: { at: '2024-03-01T10:00:00.000Z', findings: [{ fingerprint: 'missing-target|Foglio1|code:z||1', cell: 'C9', indicator: 'Vecchio indicatore' }] } };
    const { port } = fakePort(null, { version: 1, mappings: { Foglio1: MAPPING }, reviews: { marks: [], baselines, auditSheet: null } });
    renderExcel(port);
    await screen.findByTestId('count-shortfall', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    expect(screen.getByRole('button', { name: /^C4/ }).textContent).toContain('nuovo');
    expect(screen.getByRole('heading', { name: 'Risolti dall\'ultima revisione (1)' })).toBeTruthy();
    expect(screen.getByTestId('resolved').textContent).toContain('Target mancante — cella C9 — Vecchio indicatore');
    expect(screen.getByTestId('review-bar').textContent).toMatch(/Revisione registrata il 01\/03\/2024 alle \d\d:\d\d:/);
  });

  test('inside Excel the exports are the Rilievi sheet and the clipboard, not downloads', async () => {
    const { port } = fakePort(null, { version: 1, mappings: { Foglio1: MAPPING } });
    const written: unknown[] = [];
    const wb: WorkbookPort = { ...port, writeAuditSheet: async (a) => (written.push(a), 'Traguardo – Rilievi') };
    renderExcel(wb);
    await screen.findByTestId('count-shortfall', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    expect(screen.queryByRole('button', { name: 'Esporta CSV' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Esporta JSON' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copia negli appunti' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Crea foglio Rilievi' })));
    expect(written).toEqual([expect.objectContaining({ name: 'Traguardo – Rilievi', title: 'Traguardo – Rilievi · Foglio1' })]);
    expect(await screen.findByText('Creato il foglio «Traguardo – Rilievi».')).toBeTruthy();
  });
});

test('App: Clear also removes the audit sheet Traguardo wrote', async () => {
  const { port, calls } = fakePort(null, { version: 1, mappings: { Foglio1: MAPPING } });
  const wb: WorkbookPort = { ...port, removeAuditSheet: async () => (calls.push('removeAuditSheet'), true) };
  renderExcel(wb);
  await screen.findByTestId('count-shortfall', {}, { timeout: 10_000 });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancella' })));
  await waitFor(() => expect(calls.slice(-2)).toEqual(['clear', 'removeAuditSheet']));
});
