export interface PaneTabsProps<K extends string> {
  tabs: ReadonlyArray<{ value: K; label: string }>;
  selected: K;
  label: string;
  onSelect(value: K): void;
}
