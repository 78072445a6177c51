import type { Lang } from '../../../core/i18n/lang';
import type { FindingRow } from '../../pipeline/findings';
import type { PaneStrings } from '../../strings';

export interface FindingsListProps {
  strings: PaneStrings;
  lang: Lang;
  /** Null before the first computation. */
  findings: FindingRow[] | null;
  /** The address currently selected, to mark its finding. */
  selected: string | null;
  /** Base name for exported files ("monitoraggio-2023"). */
  exportName: string;
  onSelect(address: string): void;
}
