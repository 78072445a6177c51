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
