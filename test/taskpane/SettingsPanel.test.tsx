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
