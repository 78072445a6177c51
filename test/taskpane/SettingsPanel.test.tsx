/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DEFAULT_POLICY, type ScoringPolicy } from '../../src/core/scoring/policy';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel/SettingsPanel';
import { stringsFor } from '../../src/taskpane/strings';

const setup = (policy: ScoringPolicy = DEFAULT_POLICY) => {
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel strings={stringsFor('en')} policy={policy} disabled={false} onChange={onChange} />
    </FluentProvider>,
  );
  return onChange;
};

describe('SettingsPanel', () => {
  test('labels every control', () => {
    setup();
    for (const label of ['Cap (%)', 'Near-miss band (%)', 'Points lost per day', 'Minimum threshold (%)', 'Decimals shown']) {
      expect(screen.getByRole('textbox', { name: new RegExp(label.replace(/[()]/g, '\\$&')) })).toBeTruthy();
    }
    expect(screen.getByRole('radio', { name: 'Mirror: (2T − A) / T' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Inverse: T / A' })).toBeTruthy();
  });

  test.each([
    ['120', { cap: 120 }],
    ['150,5', { cap: 150.5 }],
  ])('accepts a cap of %s', (text, expected) => {
    const onChange = setup();
    fireEvent.change(screen.getByRole('textbox', { name: /Cap/ }), { target: { value: text } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_POLICY, ...expected });
  });

  test.each(['99', '1001', 'abc', ''])('rejects a cap of "%s" with the allowed range and keeps the policy', (text) => {
    const onChange = setup();
    fireEvent.change(screen.getByRole('textbox', { name: /Cap/ }), { target: { value: text } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a number between 100 and 1000.')).toBeTruthy();
  });

  test('an empty threshold means none', () => {
    const onChange = setup({ ...DEFAULT_POLICY, threshold: 50 });
    fireEvent.change(screen.getByRole('textbox', { name: /Minimum threshold/ }), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_POLICY, threshold: null });
  });

  test('choosing the inverse rule changes the partial-credit policy', () => {
    const onChange = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Inverse: T / A' }));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_POLICY, decreasing: 'inverse' });
  });

  test('choosing the linear deadline rule changes the deadline policy', () => {
    const onChange = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Loses points for each day late' }));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_POLICY, deadline: 'linear' });
  });

  test('notes: problems by default; choosing every finding asks for notes on information too', () => {
    const onChange = setup();
    expect((screen.getByRole('radio', { name: 'Warnings, errors and indicators not evaluable' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Every finding, information included' }));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_POLICY, notes: 'all' });
  });

  test('the explanation note is off by default and the checkbox turns it on', () => {
    const onChange = setup();
    const box = screen.getByRole('checkbox', { name: 'A note with the computation on each achievement' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_POLICY, explainNotes: true });
  });

  test('the notes controls speak Italian in the Italian pane', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel strings={stringsFor('it')} policy={{ ...DEFAULT_POLICY, notes: 'all', explainNotes: true }} disabled={false} onChange={jest.fn()} />
      </FluentProvider>,
    );
    expect((screen.getByRole('radio', { name: 'Tutti i rilievi, comprese le informazioni' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Nota con il calcolo su ogni raggiungimento' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Note nel foglio')).toBeTruthy();
  });

  test('restore defaults gives back the default policy, and is disabled when already default', () => {
    const onChange = setup({ ...DEFAULT_POLICY, cap: 120, nearMiss: 80 });
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(onChange).toHaveBeenCalledWith(DEFAULT_POLICY);
  });

  test('restore defaults is disabled on the default policy', () => {
    setup();
    expect((screen.getByRole('button', { name: 'Restore defaults' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
