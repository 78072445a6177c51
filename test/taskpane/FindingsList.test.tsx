/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsList } from '../../src/taskpane/components/FindingsList/FindingsList';
import { collectFindings } from '../../src/taskpane/pipeline/findings';
import { stringsFor } from '../../src/taskpane/strings';
import { render as renderIssue, report } from './fixtures';

const setup = (selected: string | null = null) => {
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        strings={stringsFor('it')}
        lang="it"
        findings={collectFindings(report(), 'it', renderIssue)}
        selected={selected}
        exportName="x"
        onSelect={onSelect}
      />
    </FluentProvider>,
  );
  return onSelect;
};

describe('FindingsList', () => {
  test('groups findings under headings by severity, errors first', () => {
    setup();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Errori1', 'Avvisi1', 'Informazioni1']);
  });

  test('shows the cell, the message without the repeated cell, and the indicator', () => {
    setup();
    const list = screen.getByRole('list', { name: /Errori/ });
    const button = within(list).getByRole('button');
    expect(button.textContent).toBe('C4target-reference-unresolvedEventi');
  });

  test('clicking a finding selects its cell', () => {
    const onSelect = setup();
    fireEvent.click(screen.getByRole('button', { name: /C3/ }));
    expect(onSelect).toHaveBeenCalledWith('C3');
  });

  test('marks the finding of the selected cell as current', () => {
    setup('C4');
    expect(screen.getByRole('button', { name: /C4/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /C3/ }).getAttribute('aria-current')).toBeNull();
  });

  test('a sheet-level finding without a cell cannot be clicked', () => {
    setup();
    const list = screen.getByRole('list', { name: /Avvisi/ });
    expect((within(list).getByRole('button') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('collectFindings', () => {
  test('falls back to the result cell of the indicator when an issue names no cell', () => {
    const r = report();
    r.indicators[0]!.evaluation.findings.push({ code: 'missing-result', severity: 'warning' });
    const row = collectFindings(r, 'en', renderIssue).find((f) => f.code === 'missing-result');
    expect(row).toMatchObject({ address: 'D2', row: 2, indicator: 'Pratiche evase', message: 'missing-result' });
  });
});
