/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsList } from '../../src/taskpane/components/FindingsList/FindingsList';
import { collectFindings, csvField, findingsToCsv, findingsToTsv, resolvedSince, withReview, type FindingRow } from '../../src/taskpane/pipeline/findings';
import { reportFindings } from '../../src/core/rules/fingerprint';
import { groupFindings } from '../../src/taskpane/pipeline/findingGroups';
import { stringsFor } from '../../src/taskpane/strings';
import { render as renderIssue, report } from './fixtures';

/** `n` missing results on rows 10, 11, …, as a sheet with many empty result cells gives. */
const missing = (n: number): FindingRow[] =>
  Array.from({ length: n }, (_, i) => ({ key: `m${i}`, severity: 'error' as const, address: `D${10 + i}`, row: 10 + i, code: 'missing-result' as const, indicator: `Ind ${i}`, message: 'risultato mancante.' }));

const setup = (selected: string | null = null, findings: FindingRow[] = collectFindings(report(), 'it', renderIssue), lang: 'it' | 'en' = 'it') => {
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        strings={stringsFor(lang)}
        lang={lang}
        findings={findings}
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
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Errori1', 'Avvisi1', 'Informazioni1']);
  });

  test('shows the cell, the message without the repeated cell, and the indicator', () => {
    setup();
    const list = screen.getByRole('list', { name: 'Target non valutabile dal foglio' });
    const button = within(list).getByRole('button');
    expect(button.textContent).toBe('C4target-reference-unresolvedEventi');
  });

  test('titles each check by its name and count, never by its code', () => {
    setup();
    const toggles = screen.getAllByRole('button', { expanded: true }).map((b) => b.textContent);
    expect(toggles).toContain('▾Target non valutabile dal foglio — 1 cella');
    expect(toggles.join(' ')).not.toMatch(/target-reference-unresolved/);
  });

  test('folds 26 identical findings into one line that opens on click', () => {
    setup(null, missing(26));
    const toggle = screen.getByRole('button', { name: 'Risultato mancante — 26 celle' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /D10/ })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(screen.getByRole('list', { name: 'Risultato mancante' })).getAllByRole('button')).toHaveLength(26);
  });

  test('a small group opens by default and folds on click', () => {
    setup(null, missing(2));
    const toggle = screen.getByRole('button', { name: 'Risultato mancante — 2 celle' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.queryByRole('button', { name: /D10/ })).toBeNull();
  });

  test('speaks English throughout in English', () => {
    setup(null, missing(4), 'en');
    expect(screen.getByRole('button', { name: 'Missing result — 4 cells' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Errors4');
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

  test('a sheet-level finding without a cell cannot be activated but stays reachable', () => {
    const onSelect = setup();
    const button = screen.getByRole('button', { name: /^—/ });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe('FindingsList filters', () => {
  const rows = (): FindingRow[] => [
    ...missing(5),
    { key: 'w', severity: 'warning', address: 'E4', row: 4, code: 'stated-mismatch', indicator: null, message: 'dichiarato diverso.' },
  ];

  test('the check filter lists each check by name with its count and keeps only the one chosen', async () => {
    setup(null, rows());
    fireEvent.click(screen.getByRole('combobox', { name: 'Controllo' }));
    const option = await screen.findByRole('option', { name: 'Raggiungimento dichiarato diverso (1)' });
    expect(screen.getByRole('option', { name: 'Risultato mancante (5)' })).toBeTruthy();
    fireEvent.click(option);
    expect(screen.queryByRole('button', { name: /Risultato mancante/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Raggiungimento dichiarato diverso — 1 cella' })).toBeTruthy();
  });

  test('the severity filter keeps only the severity chosen', async () => {
    setup(null, rows());
    fireEvent.click(screen.getByRole('combobox', { name: 'Gravità' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Errori (5)' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Errori5']);
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

describe('collectFindings and the review', () => {
  test('gives each finding the fingerprint of its own finding (same check, same indicator), whatever the sort', () => {
    const r = report();
    const rows = collectFindings(r, 'it', renderIssue);
    const prints = reportFindings(r);
    expect(rows.map((f) => f.fingerprint).sort()).toEqual(prints.map((f) => f.fingerprint).sort());
    for (const row of rows) expect(row.fingerprint?.split('|')[0]).toBe(row.code);
  });

  test('marks, "new" and "resolved" follow the stored review', () => {
    const rows = collectFindings(report(), 'it', renderIssue);
    const [a, b] = rows;
    const reviews = { marks: [{ fingerprint: a!.fingerprint!, status: 'corrected' as const, comment: 'sistemato' }], baselines: { Foglio1: { at: '2024-03-01T10:00:00.000Z', findings: [{ fingerprint: a!.fingerprint!, cell: 'C4', indicator: 'X' }, { fingerprint: 'missing-target|Foglio1|code:z||1', cell: 'C9', indicator: 'Z' }] } }, auditSheet: null };
    const reviewed = withReview(rows, reviews, 'Foglio1');
    expect(reviewed[0]).toMatchObject({ status: 'corrected', comment: 'sistemato', isNew: false });
    expect(reviewed.find((f) => f.fingerprint === b!.fingerprint)).toMatchObject({ status: 'open', comment: '', isNew: true });
    expect(resolvedSince(rows, reviews, 'Foglio1')).toEqual([{ fingerprint: 'missing-target|Foglio1|code:z||1', code: 'missing-target', cell: 'C9', indicator: 'Z' }]);
    expect(withReview(rows, reviews, 'Altro').every((f) => f.isNew === false)).toBe(true);
  });
});

describe('groupFindings', () => {
  const rows: FindingRow[] = [
    ...missing(3),
    { key: 'w', severity: 'warning', address: 'E4', row: 4, code: 'stated-mismatch', indicator: null, message: 'x' },
    { key: 'i', severity: 'info', address: 'D5', row: 5, code: 'result-from-narrative', indicator: null, message: 'y' },
  ];

  test('groups by severity, errors first, then by check', () => {
    expect(groupFindings(rows, { severity: null, code: null }).map((g) => [g.severity, g.count, g.rules.map((r) => r.code)])).toEqual([
      ['error', 3, ['missing-result']],
      ['warning', 1, ['stated-mismatch']],
      ['info', 1, ['result-from-narrative']],
    ]);
  });

  test('keeps only the chosen severity and check', () => {
    expect(groupFindings(rows, { severity: 'warning', code: null }).map((g) => g.severity)).toEqual(['warning']);
    expect(groupFindings(rows, { severity: null, code: 'missing-result' }).map((g) => g.count)).toEqual([3]);
    expect(groupFindings(rows, { severity: 'info', code: 'missing-result' })).toEqual([]);
  });
});

describe('findingsToCsv', () => {
  const it = stringsFor('it');
  const en = stringsFor('en');
  const row: FindingRow = { key: '0', severity: 'warning', address: 'D4', row: 4, code: 'missing-result', indicator: '=HYPERLINK("http://x")', message: 'risultato mancante.' };

  test('writes severity and check in Italian, separated by semicolons', () => {
    const csv = findingsToCsv([row, { ...row, status: 'accepted', comment: '=giustificato' }], 'it', { header: it.csvHeader, severity: it.severity, ruleNames: it.ruleNames, statuses: it.review.statuses });
    expect(csv.split('\r\n')[1]).toBe(`Avviso;D4;Risultato mancante;missing-result;"'=HYPERLINK(""http://x"")";risultato mancante.;;;Da rivedere;`);
    expect(csv.split('\r\n')[2]).toMatch(/;Accettato con nota;'=giustificato$/);
    expect(csv).not.toMatch(/warning;/);
  });

  test('writes severity and check in English, separated by commas', () => {
    const csv = findingsToCsv([row], 'en', { header: en.csvHeader, severity: en.severity, ruleNames: en.ruleNames, statuses: en.review.statuses });
    expect(csv.split('\r\n')[0]).toBe('Severity,Cell,Check,Code,Indicator,Message,Computed achievement,Stated achievement,Review status,Comment');
    expect(csv.split('\r\n')[1]).toMatch(/^Warning,D4,Missing result,missing-result,/);
  });

  test('copies tab-separated text for the clipboard, formula-like text neutralised, tabs and line breaks flattened', () => {
    const tsv = findingsToTsv([{ ...row, status: 'confirmed', comment: 'riga 1\n\triga 2', achievement: 57.142857, stated: '70%' }], { header: en.csvHeader, severity: en.severity, ruleNames: en.ruleNames, statuses: en.review.statuses }, 'en');
    const [head, line] = tsv.split('\r\n');
    expect(head).toBe('Severity\tCell\tCheck\tIndicator\tMessage\tComputed achievement\tStated achievement\tReview status\tComment');
    expect(line!.split('\t')).toEqual(['Warning', 'D4', 'Missing result', `'=HYPERLINK("http://x")`, 'risultato mancante.', '57.1%', '70%', 'Confirmed', 'riga 1 riga 2']);
  });

  test.each(['=1+1', '+39 010', '-5', '@SUM(A1)', '\tx'])('neutralises %j so a spreadsheet reads it as text', (text) => {
    expect(csvField(text).replace(/^"|"$/g, '')).toBe(`'${text}`);
  });

  test('leaves ordinary text alone', () => {
    expect(csvField('Pratiche evase')).toBe('Pratiche evase');
  });
});

describe('FindingsList review', () => {
  const marked = (n: number): FindingRow[] => missing(n).map((r, i) => ({ ...r, fingerprint: `missing-result|S|code:i${i}||1`, status: 'open' as const, comment: '' }));
  const renderReview = (rows: FindingRow[], lang: 'it' | 'en' = 'it', extra: Record<string, unknown> = {}) => {
    const onMark = jest.fn(async () => true);
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsList strings={stringsFor(lang)} lang={lang} findings={rows} selected={null} exportName="x" onSelect={jest.fn()} onMark={onMark} onRecordReview={async () => true} sheet="S" {...extra} />
      </FluentProvider>,
    );
    return onMark;
  };

  test('marks a whole folded group at once: "Segna tutti i 26 come «Confermato»"', async () => {
    const onMark = renderReview(marked(26));
    fireEvent.click(screen.getByRole('button', { name: 'Rivedi tutti i 26 rilievi «Risultato mancante»' }));
    expect(await screen.findByRole('region', { name: 'Revisione di 26 rilievi: Risultato mancante' })).toBeTruthy();
    expect((document.activeElement as HTMLInputElement).value).toBe('confirmed');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Segna tutti i 26 come «Confermato»' })));
    expect(onMark).toHaveBeenCalledWith(marked(26).map((r) => r.fingerprint), 'confirmed', '');
  });

  test('an accepted finding needs a note: saving without one says so and stores nothing', async () => {
    const onMark = renderReview(marked(1));
    fireEvent.click(screen.getByRole('button', { name: 'Rivedi il rilievo della cella D10: Risultato mancante' }));
    await screen.findByTestId('review-panel');
    fireEvent.click(screen.getByRole('radio', { name: 'Accettato con nota' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Salva' })));
    expect(onMark).not.toHaveBeenCalled();
    expect(screen.getByText('Scrivi la nota che giustifica l’accettazione.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Commento/ }), { target: { value: 'Dato non disponibile per legge' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Salva' })));
    expect(onMark).toHaveBeenCalledWith([marked(1)[0]!.fingerprint], 'accepted', 'Dato non disponibile per legge');
  });

  test('Escape closes the review and focus goes back to the button that opened it', async () => {
    renderReview(marked(1));
    const opener = screen.getByRole('button', { name: 'Rivedi il rilievo della cella D10: Risultato mancante' });
    opener.focus();
    fireEvent.click(opener);
    const panel = await screen.findByTestId('review-panel');
    expect(panel.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('review-panel')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  test('filters by review status, and by what is new since the last review', async () => {
    const rows = marked(3).map((r, i) => ({ ...r, status: i === 0 ? ('confirmed' as const) : ('open' as const), isNew: i === 2 }));
    renderReview(rows);
    fireEvent.click(screen.getByRole('combobox', { name: 'Stato revisione' }));
    expect(await screen.findByRole('option', { name: 'Nuovi dall’ultima revisione (1)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('option', { name: 'Confermato (1)' }));
    const items = screen.getAllByRole('button').filter((b) => b.dataset.address);
    expect(items.map((b) => b.dataset.address)).toEqual(['D10']);
    expect(items[0]!.textContent).toContain('Confermato');
  });

  test('a group says how many of its findings are new since the last review, folded or not', () => {
    renderReview(marked(3).map((r, i) => ({ ...r, isNew: i > 0 })));
    expect(document.querySelector('[data-rule="missing-result"]')?.textContent).toMatch(/3 celle, 2 nuove$/);
  });

  test('the list stays one tab stop with the review buttons in it', () => {
    renderReview(marked(2));
    const group = screen.getByRole('group', { name: /Elenco dei rilievi/ });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.length).toBe(1 + 1 + 2 * 2); // the rule's toggle and "review all", then each finding and its "review"
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    fireEvent.keyDown(group, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Rivedi');
  });

  test('speaks English throughout in English', async () => {
    renderReview(marked(2).map((r, i) => ({ ...r, isNew: i === 0 })), 'en', { resolved: [{ fingerprint: 'f', code: 'missing-target', cell: 'C9', indicator: 'Old' }], lastReview: null });
    expect(screen.getByRole('button', { name: 'Review all 2 findings "Missing result"' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Resolved since last review (1)' })).toBeTruthy();
    expect(screen.getByTestId('review-bar').textContent).toContain('No review recorded yet');
    expect(screen.getAllByText('new')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Review the finding of cell D10: Missing result' }));
    expect(await screen.findByRole('radio', { name: 'Accepted with a note' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  test('copies what the filters show to the clipboard as tab-separated text', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderReview(marked(2));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copia negli appunti' })));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect((writeText.mock.calls[0] as unknown as [string])[0].split('\r\n')[0]).toBe('Gravità\tCella\tControllo\tIndicatore\tMessaggio\tRaggiungimento calcolato\tRaggiungimento dichiarato\tStato revisione\tCommento');
    expect(screen.getByRole('status').textContent).toBe('2 rilievi copiati negli appunti.');
  });
});
