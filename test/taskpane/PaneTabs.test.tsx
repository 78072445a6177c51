/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PaneTabs } from '../../src/taskpane/components/PaneTabs/PaneTabs';

const TABS = [
  { value: 'summary', label: 'Riepilogo' },
  { value: 'findings', label: 'Rilievi' },
  { value: 'settings', label: 'Impostazioni' },
] as const;

const setup = () => {
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneTabs tabs={TABS} selected="summary" label="Sezioni" onSelect={onSelect} />
    </FluentProvider>,
  );
  return onSelect;
};

describe('PaneTabs', () => {
  test('is one tab stop: only the first tab is tabbable, and no element is hidden and focusable', () => {
    setup();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(document.querySelectorAll('[aria-hidden="true"][tabindex]')).toHaveLength(0);
  });

  test('arrow keys, Home and End move focus between tabs and carry the tab stop', () => {
    setup();
    const [first, second, third] = screen.getAllByRole('tab');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(second!, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  test('marks the selected tab and selects another on click', () => {
    const onSelect = setup();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Riepilogo');
    fireEvent.click(screen.getByRole('tab', { name: 'Rilievi' }));
    expect(onSelect).toHaveBeenCalledWith('findings');
  });
});
