import type { Lang } from '../../../core/i18n/lang';
import type { Workbook } from '../../hooks/useWorkbook';
import type { PaneStrings } from '../../strings';

export interface WorkbookPanelProps {
  strings: PaneStrings;
  lang: Lang;
  workbook: Workbook;
  /** The sheet open in the pane. */
  openSheet: string | null;
  /** The open sheet's results are out of date (columns, year or settings changed since). */
  openOutOfDate: boolean;
  /** Something else is running (a compute, a load): the buttons wait. */
  busy: boolean;
  /** Why computing is held (an invalid setting), or null. */
  blockedReason: string | null;
  decimals: number;
}
