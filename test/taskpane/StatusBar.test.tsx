/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { issue } from '../../src/core/issues';
import { StatusBar } from '../../src/taskpane/components/StatusBar/StatusBar';
import type { Notice, PaneError } from '../../src/taskpane/pipeline/pipeline.types';
import { stringsFor } from '../../src/taskpane/strings';

const setup = (error: PaneError | null, notice: Notice | null = null, lang: 'it' | 'en' = 'it') => {
  const onDismiss = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusBar error={error} errorDetail={null} notice={notice} strings={stringsFor(lang)} lang={lang} onDismiss={onDismiss} />
    </FluentProvider>,
  );
  return onDismiss;
};

const host = (code: string): PaneError => ({ kind: 'host', issue: issue('host-error', 'error', { params: { code } }) });

describe('StatusBar', () => {
  test.each([
    ['AccessDenied', 'Il foglio è protetto.', 'Rimuovi la protezione'],
    ['InvalidOperationInCellEditMode', 'Excel sta modificando una cella.', 'Premi Invio o Esc'],
    ['RequestPayloadSizeLimitExceeded', 'Il foglio è troppo grande per una sola richiesta.', 'dividi il foglio'],
    ['SomethingElse', 'Excel ha rifiutato l’operazione.', 'Riprova'],
  ])('explains the host error %s and what to do', (code, title, action) => {
    setup(host(code));
    const bar = screen.getByTestId('status-bar');
    expect(bar.textContent).toContain(title);
    expect(bar.textContent).toContain(action);
    expect(bar.textContent).toContain('Il foglio non è stato modificato.');
  });

  test('reports what Clear removed', () => {
    setup(null, { kind: 'cleared', outcome: { values: 49, highlights: 14, notes: 6 } });
    expect(screen.getByText('Rimossi 49 valori, 14 evidenziazioni, 6 note')).toBeTruthy();
  });

  test('says when there was nothing to clear', () => {
    setup(null, { kind: 'cleared', outcome: { values: 0, highlights: 0, notes: 0 } }, 'en');
    expect(screen.getByText('Nothing to clear: the sheet holds nothing added by Traguardo.')).toBeTruthy();
  });

  test('can be dismissed with its labelled button', () => {
    const onDismiss = setup(host('AccessDenied'));
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi il messaggio' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test('renders nothing without error or notice', () => {
    setup(null);
    expect(screen.queryByTestId('status-bar')).toBeNull();
  });

  test('an output cell in a merged area names the cell and the area, in both languages', () => {
    const refused: PaneError = { kind: 'host', issue: issue('host-error', 'error', { params: { code: 'OutputNotFree', detail: 'G5, F3:G6' } }) };
    setup(refused);
    expect(screen.getByTestId('status-bar').textContent).toBe(
      'Le celle per i risultati non sono libere.La colonna dei risultati andrebbe in G5 (area unita F3:G6), una cella già occupata. Sposta o svuota il suo contenuto, poi calcola di nuovo. Il foglio non è stato modificato.×',
    );
    document.body.innerHTML = '';
    setup(refused, null, 'en');
    expect(screen.getByTestId('status-bar').textContent).toContain('The results column would go into G5 (merged area F3:G6), a cell already in use.');
  });

  test('an OutputNotFree without a cell still says what to do', () => {
    setup({ kind: 'host', issue: issue('host-error', 'error', { params: { code: 'OutputNotFree' } }) });
    expect(screen.getByTestId('status-bar').textContent).toContain('Sposta o svuota le celle a destra dei dati, poi calcola di nuovo.');
  });
});
