import type { Lang } from '../../../core/i18n/lang';
import type { SheetReport } from '../../../core/sheet/report.types';
import type { PaneStrings } from '../../strings';

export interface SummaryProps {
  strings: PaneStrings;
  lang: Lang;
  report: SheetReport | null;
  decimals: number;
  /** The policy's near-miss bound in percent, for the objectives' bands in the charts. @default 90 */
  nearMiss?: number;
  onSelect(address: string): void;
}
