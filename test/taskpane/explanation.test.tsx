/**
 * @jest-environment jsdom
 *
 * Every number explained: selecting a cell of an indicator's row in Excel (the fake Excel's documented selection
 * event, through the real Office adapter and the real core) shows how its achievement was computed.
 */
import './textCodec';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { readQuery } from '../../src/taskpane/boot/query';
import { defaultDeps } from '../../src/taskpane/pipeline/ports';
import { indicatorAt, selectedRow } from '../../src/taskpane/components/Explanation/explanationModel';
import type { SheetReport } from '../../src/core/sheet/report.types';
import { FIXTURE, SHEET } from '../contract/fixture';
import { officeHarness } from '../contract/officeHarness';
import type { FakeExcelHost } from '../fakes/fakeExcel';

const LONG = { timeout: 20_000 };

async function computedPane(lang: 'it' | 'en' = 'it') {
  const h = await officeHarness()(FIXTURE);
  const host = (h as unknown as { host: FakeExcelHost }).host;
  const view = render(
    <App
      host={{ kind: 'excel', displayLanguage: lang === 'it' ? 'it-IT' : 'en-GB', themeBackground: '#FFFFFF' }}
      query={readQuery('')}
      deps={{ ...defaultDeps, openOfficeWorkbook: () => h.port }}
      browserLanguage={null}
      prefersDark={false}
    />,
  );
  const compute = await screen.findByRole('button', { name: lang === 'it' ? 'Calcola raggiungimento' : 'Compute achievement' }, LONG);
  // Nothing to explain yet: no subscription before there are results.
  expect(host.selectionHandlers).toHaveLength(0);
  fireEvent.click(compute);
  await screen.findByTestId('summary', {}, LONG);
  await waitFor(() => expect(host.selectionHandlers).toHaveLength(1));
  await screen.findByTestId('explanation', {}, LONG); // loaded on demand
  return { host, view };
}

const select = (host: FakeExcelHost, sheet: string, address: string) => act(() => host.userSelects(sheet, address));
const card = () => screen.getByTestId('explanation');
/** The card's terms and values, as read. */
const entries = () =>
  Object.fromEntries(within(card()).queryAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));

describe('the explanation card', () => {
  test('selecting G5, the achievement cell Traguardo wrote, explains row 5; the button selects it again', async () => {
    const { host } = await computedPane();
    expect(within(card()).getByRole('heading', { name: 'Come è calcolato' })).toBeTruthy();
    expect(screen.getByTestId('explanation-title').textContent).toMatch(/^Seleziona in Excel la cella del raggiungimento/);

    await select(host, SHEET, 'G5');
    const title = screen.getByTestId('explanation-title');
    expect(title.textContent).toBe('Pratiche evase: raggiungimento 97,1%');
    expect(title.getAttribute('aria-live')).toBe('polite');
    expect(entries()).toEqual({
      Calcolo: '97,1% = 680 / 700',
      'Target scritto': '>= 700',
      'Target letto': '≥ 700',
      'Risultato scritto': '680',
      'Risultato letto': '680',
      Regola: 'rapporto risultato / target',
      Criteri: 'tetto 100%; quasi raggiunto da 90%',
      Rilievi: 'Nessun rilievo.',
    });
    // The number Excel shows in G5 is the one explained.
    expect(host.sheet(SHEET).cells.get('5,6')?.value).toBeCloseTo(680 / 700, 4);
    // Focus stays where it was: the selection moved in Excel, not in the pane.
    const focused = document.activeElement;
    await select(host, SHEET, 'B4');
    expect(document.activeElement).toBe(focused);
    expect(screen.getByTestId('explanation-title').textContent).toBe('Imprese aderenti: raggiungimento 100,0%');

    host.selection = null;
    await act(async () => fireEvent.click(within(card()).getByRole('button', { name: 'Vai alla cella G4' })));
    expect(host.selection).toEqual({ sheet: SHEET, address: 'G4' });
  }, 60_000);

  test('the card\'s computation is the one the explanation note writes on the achievement cell', async () => {
    const h = await officeHarness()(FIXTURE);
    const host = (h as unknown as { host: FakeExcelHost }).host;
    render(
      <App
        host={{ kind: 'excel', displayLanguage: 'it-IT', themeBackground: '#FFFFFF' }}
        query={readQuery('')}
        deps={{ ...defaultDeps, openOfficeWorkbook: () => h.port }}
        browserLanguage={null}
        prefersDark={false}
      />,
    );
    const compute = await screen.findByRole('button', { name: 'Calcola raggiungimento' }, LONG);
    fireEvent.click(screen.getByRole('tab', { name: 'Impostazioni' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Nota con il calcolo su ogni raggiungimento' }));
    fireEvent.click(compute);
    await screen.findByText(/^Scritti \d+ valori|^Inseriti \d+ valori/, {}, LONG);
    fireEvent.click(screen.getByRole('tab', { name: 'Riepilogo' }));
    await waitFor(() => expect(host.selectionHandlers).toHaveLength(1));
    await select(host, SHEET, 'G5');
    const note = host.sheet(SHEET).notes.get('G5') ?? '';
    expect(note).toMatch(/^Traguardo: /);
    expect(note).toContain(entries()['Calcolo']);
  }, 60_000);

  test('a cell of another sheet, or outside any indicator\'s row, shows no explanation', async () => {
    const { host } = await computedPane();
    await select(host, SHEET, 'G5');
    expect(within(card()).queryAllByRole('term').length).toBeGreaterThan(0);
    await select(host, 'Dati', 'A5');
    expect(within(card()).queryAllByRole('term')).toHaveLength(0);
    expect(screen.getByTestId('explanation-title').textContent).toMatch(/^Seleziona in Excel/);
    await select(host, SHEET, 'G5');
    await select(host, SHEET, 'C3'); // the header row
    expect(within(card()).queryAllByRole('term')).toHaveLength(0);
  }, 60_000);

  test('clicking an indicator in the summary explains it and selects its cell, again after the card was closed', async () => {
    const { host } = await computedPane();
    fireEvent.click(screen.getByRole('button', { name: /Digitalizzazione/ }));
    const indicator = await screen.findByRole('button', { name: 'Pratiche evase' });
    await act(async () => fireEvent.click(indicator));
    expect(screen.getByTestId('explanation-title').textContent).toBe('Pratiche evase: raggiungimento 97,1%');
    expect(host.selection?.address).toBe('D5');
    const close = within(card()).getByRole('button', { name: 'Chiudi la spiegazione' });
    close.focus();
    fireEvent.click(close);
    expect(within(card()).queryAllByRole('term')).toHaveLength(0);
    // Focus stays in the card, not on the page's body.
    expect(document.activeElement).toBe(card());
    await act(async () => fireEvent.click(indicator));
    expect(screen.getByTestId('explanation-title').textContent).toBe('Pratiche evase: raggiungimento 97,1%');
  }, 60_000);

  test('the pane closing the workbook removes the handler from Excel', async () => {
    const { host, view } = await computedPane();
    view.unmount();
    await waitFor(() => expect(host.selectionHandlers).toHaveLength(0));
  }, 60_000);

  test('Clear drops the results and the subscription', async () => {
    const { host } = await computedPane();
    fireEvent.click(screen.getByRole('button', { name: 'Cancella' }));
    await waitFor(() => expect(screen.queryByTestId('summary')).toBeNull(), LONG);
    await waitFor(() => expect(host.selectionHandlers).toHaveLength(0));
  }, 60_000);

  test('in English, every word is English', async () => {
    const { host } = await computedPane('en');
    await select(host, SHEET, 'A5');
    expect(screen.getByTestId('explanation-title').textContent).toBe('Pratiche evase: achievement 97.1%');
    expect(entries()).toEqual({
      Computation: '97.1% = 680 / 700',
      'Target as written': '>= 700',
      'Target as read': '≥ 700',
      'Result as written': '680',
      'Result as read': '680',
      Rule: 'ratio result / target',
      Policy: 'cap 100%; near miss from 90%',
      Findings: 'No findings.',
    });
    expect(within(card()).getByRole('button', { name: 'Go to cell G5' })).toBeTruthy();
  }, 60_000);
});

describe('the selection\'s indicator', () => {
  const report = { sheet: 'Obiettivi', indicators: [{ row: 5 }, { row: 7 }] } as unknown as SheetReport;
  test.each([
    ['G5', 5],
    ['$B$7:$D$9', 7],
    ['5:6', 5],
    ["'Obiettivi'!C7", 7],
    ['A:B', null],
    ['', null],
  ])('the row of %s is %p', (address, row) => expect(selectedRow(address)).toBe(row));
  test('is the row\'s indicator on the report\'s sheet only', () => {
    expect(indicatorAt(report, { sheet: 'OBIETTIVI', address: 'H7' })?.row).toBe(7);
    expect(indicatorAt(report, { sheet: 'Dati', address: 'H7' })).toBeNull();
    expect(indicatorAt(report, { sheet: 'Obiettivi', address: 'H6' })).toBeNull();
  });
});
