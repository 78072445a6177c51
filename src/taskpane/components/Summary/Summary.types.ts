import type { Lang } from '../../../core/i18n/lang';
import type { SheetReport } from '../../../core/sheet/report.types';
import type { PaneStrings } from '../../strings';

export interface SummaryProps {
  strings: PaneStrings;
  lang: Lang;
  report: SheetReport | null;
  decimals: number;
  onSelect(address: string): void;
}
