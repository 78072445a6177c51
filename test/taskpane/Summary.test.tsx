/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Summary } from '../../src/taskpane/components/Summary/Summary';
import { stringsFor } from '../../src/taskpane/strings';
import { report } from './fixtures';

const renderSummary = (lang: 'it' | 'en', r = report()) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Summary strings={stringsFor(lang)} lang={lang} report={r} decimals={1} onSelect={jest.fn()} />
    </FluentProvider>,
  );

describe('Summary', () => {
  test('shows the three counts as integers in the summary region', () => {
    renderSummary('it');
    const summary = screen.getByTestId('summary');
    expect(within(summary).getByTestId('count-met').textContent).toBe('0');
    expect(within(summary).getByTestId('count-shortfall').textContent).toBe('2');
    expect(within(summary).getByTestId('count-not-evaluable').textContent).toBe('1');
    expect(within(summary).getByText('Non valutabili')).toBeTruthy();
  });

  test.each([
    ['it', 'di cui 1 quasi raggiunto'],
    ['en', 'including 1 near miss'],
  ] as const)('the shortfall tile says how many of its indicators are near misses (the band chart counts them apart), in %s', (lang, text) => {
    renderSummary(lang);
    expect(screen.getByTestId('count-shortfall-sub').textContent).toBe(text);
    expect(screen.queryByTestId('count-met-sub')).toBeNull();
  });

  test.each([
    ['it', 'Raggiungimento 77,1% · Copertura 100%'],
    ['en', 'Achievement 77.1% · Coverage 100%'],
  ] as const)('formats an objective achievement in %s as "%s"', (lang, text) => {
    renderSummary(lang);
    expect(screen.getByRole('button', { name: new RegExp(`A01 – Digitalizzazione`) }).textContent).toContain(text);
  });

  test('shows n.v. for an objective with no evaluable indicator', () => {
    renderSummary('it');
    expect(screen.getByRole('button', { name: /A02/ }).textContent).toContain('Raggiungimento n.v.');
  });

  test.each([
    ['it', '57,1% = 0,12 / 0,21'],
    ['en', '57.1% = 0.12 / 0.21'],
  ] as const)('explains each indicator\'s achievement in %s as "%s"', (lang, how) => {
    const r = report();
    r.indicators[0]!.evaluation.formula = '0.12 / 0.21';
    renderSummary(lang, r);
    fireEvent.click(screen.getByRole('button', { name: /A01 – Digitalizzazione/ }));
    const list = screen.getByRole('list', { name: lang === 'it' ? '2 indicatori' : '2 indicators' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain(how);
  });

  test('asks to compute when there is no report yet', () => {
    render(<Summary strings={stringsFor('en')} lang="en" report={null} decimals={1} onSelect={jest.fn()} />);
    expect(screen.getByText('Press "Compute achievement" to see the summary.')).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
  });
});

describe('Summary charts', () => {
  /** The fixture with a third objective above 100% (cap 120) and one met indicator. */
  const wide = () => {
    const r = report();
    r.indicators.push({ ...r.indicators[0]!, row: 5, objective: 'A03', name: 'Pratiche telematiche', evaluation: { ...r.indicators[0]!.evaluation, achievement: 120, status: 'met', band: 'met' } });
    r.objectives.push({ key: 'A03', title: 'Semplificazione', parent: null, achievement: 120, coverage: 100, counts: { met: 1, shortfall: 0, notEvaluable: 0 }, rows: [5] });
    return r;
  };

  test.each([
    ['it', 'Indicatori per fascia, 3 in tutto: 1 quasi raggiunto, 1 non raggiunto, 1 non valutabile.'],
    ['en', 'Indicators by band, 3 in all: 1 near miss, 1 shortfall, 1 not evaluable.'],
  ] as const)('draws the indicators by band as one bar whose text alternative in %s counts them', (lang, label) => {
    renderSummary(lang);
    const img = screen.getByRole('img', { name: label });
    expect([...img.querySelectorAll('[data-band]')].map((s) => [s.getAttribute('data-band'), s.getAttribute('data-count'), (s as HTMLElement).style.width]))
      .toEqual([['near-miss', '1', `${100 / 3}%`], ['shortfall', '1', `${100 / 3}%`], ['not-evaluable', '1', `${100 / 3}%`]]);
  });

  test.each([
    ['it', ['A01 77,1%, Non raggiunto', 'A02 n.v., Non valutabile', 'A03 120,0%, Raggiunto']],
    ['en', ['A01 77.1%, Shortfall', 'A02 n/a, Not evaluable', 'A03 120.0%, Met']],
  ] as const)('lists each objective in %s with its figure and band, its bar on one scale with the 100%% mark', (lang, items) => {
    renderSummary(lang, wide());
    const list = screen.getByRole('list', { name: lang === 'it' ? 'Raggiungimento ponderato di 3 obiettivi, per fascia.' : 'Weighted achievement of 3 objectives, by band.' });
    const lis = within(list).getAllByRole('listitem');
    expect(lis.map((li) => [...li.children].map((c) => c.textContent).filter(Boolean).join(' '))).toEqual(items);
    expect(lis.map((li) => li.getAttribute('data-band'))).toEqual(['shortfall', 'not-evaluable', 'met']);
    const widths = lis.map((li) => (li.querySelector('[aria-hidden] > span') as HTMLElement).style.width);
    expect(widths.map((w) => Math.round(parseFloat(w) * 10) / 10)).toEqual([64.3, 0, 100]);
    expect((lis[2]!.querySelectorAll('[aria-hidden] > span')[1] as HTMLElement).style.left).toBe(`${10_000 / 120}%`);
  });

  test('puts an objective at 92% in the near-miss band under the default policy, in the shortfall band with the bound at 95%', () => {
    const r = report();
    r.objectives[0]!.achievement = 92;
    const { unmount } = renderSummary('it', r);
    expect(screen.getByText('A01', { selector: 'li span' }).closest('li')?.getAttribute('data-band')).toBe('near-miss');
    unmount();
    render(
      <FluentProvider theme={webLightTheme}>
        <Summary strings={stringsFor('it')} lang="it" report={r} decimals={1} nearMiss={95} onSelect={jest.fn()} />
      </FluentProvider>,
    );
    expect(screen.getByText('A01', { selector: 'li span' }).closest('li')?.getAttribute('data-band')).toBe('shortfall');
    expect(screen.getByText(/Quasi raggiunto 95% – 100%/)).toBeTruthy();
  });

  test('names the not-evaluable band in the legend with the short form the figures use, apart from the count tile', () => {
    renderSummary('en');
    expect(within(screen.getByTestId('chart-objectives')).getByText('Not evaluable (n/a)')).toBeTruthy();
    expect(screen.getAllByText('Not evaluable', { exact: true }).map((e) => e.tagName)).toEqual(['DT']);
  });

  test('takes no tab stop: the charts are pictures and text, nothing to operate', () => {
    renderSummary('en');
    const charts = screen.getByTestId('summary-charts');
    expect(charts.querySelectorAll('button, a, input, [tabindex]')).toHaveLength(0);
  });
});

describe('Summary charts with two levels of objectives', () => {
  /** A02 gets an operational objective A02.01 under it. */
  const twoLevels = () => {
    const r = report();
    r.objectives.push({ key: 'A02.01', title: 'Eventi', parent: 'A02', achievement: 40, coverage: 100, counts: { met: 0, shortfall: 1, notEvaluable: 0 }, rows: [4] });
    return r;
  };
  const keys = () => within(screen.getByTestId('chart-objective-bars')).getAllByRole('listitem').map((li) => li.firstElementChild?.textContent);

  test('shows the top-level objectives first, all of them on request and back, with a keyboard-reachable button', () => {
    renderSummary('it', twoLevels());
    expect(keys()).toEqual(['A01', 'A02']);
    const toggle = screen.getByRole('button', { name: 'Mostra tutti gli obiettivi (3)' });
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    expect(keys()).toEqual(['A01', 'A02', 'A02.01']);
    expect(screen.getByRole('list', { name: 'Raggiungimento ponderato di 3 obiettivi, per fascia.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra solo gli obiettivi di primo livello (2)' }));
    expect(keys()).toEqual(['A01', 'A02']);
  });

  test('has no switch when there is one level only', () => {
    renderSummary('en');
    expect(screen.queryByTestId('chart-objectives-toggle')).toBeNull();
  });
});
