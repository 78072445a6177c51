import { mergeClasses } from '@fluentui/react-components';
import { useRovingFocus } from '../../hooks/useRovingFocus';
import type { PaneTabsProps } from './PaneTabs.types';
import { usePaneTabsStyles } from './PaneTabs.styles';

/**
 * The pane's sections as a WAI-ARIA tab list: one Tab stop, arrow keys between tabs, Enter or Space (or a click)
 * selects. Built on plain buttons with a roving tab index, so no hidden element is ever focusable (Fluent's
 * TabList adds aria-hidden focus sentinels, which axe reports as aria-hidden-focus).
 */
export function PaneTabs<K extends string>({ tabs, selected, label, onSelect }: PaneTabsProps<K>) {
  const styles = usePaneTabsStyles();
  const roving = useRovingFocus<HTMLDivElement>('[role=tab]', 'horizontal');
  return (
    <div role="tablist" aria-label={label} className={styles.list} ref={roving.ref} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
      {tabs.map((t) => (
        <button
          key={t.value}
          type="button"
          role="tab"
          id={`tab-${t.value}`}
          aria-selected={t.value === selected}
          aria-controls={t.value === selected ? `panel-${t.value}` : undefined}
          className={mergeClasses(styles.tab, t.value === selected && styles.selected)}
          onClick={() => onSelect(t.value)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
