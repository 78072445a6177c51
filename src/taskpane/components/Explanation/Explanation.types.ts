import type { Lang } from '../../../core/i18n/lang';
import type { ScoringPolicy } from '../../../core/scoring/policy';
import type { SheetReport } from '../../../core/sheet/report.types';
import type { SheetSnapshot } from '../../../workbook/port';
import type { WritePlan } from '../../../workbook/writePlan.types';
import type { PaneMode } from '../../pipeline/pipeline.types';
import type { PaneStrings } from '../../strings';
import type { Selection } from './explanationModel';

export interface ExplanationProps {
  strings: PaneStrings;
  lang: Lang;
  mode: PaneMode;
  /** The results, the plan that wrote them and the sheet they were read from. */
  report: SheetReport;
  plan: WritePlan | null;
  snapshot: SheetSnapshot | null;
  policy: Pick<ScoringPolicy, 'cap' | 'nearMiss' | 'displayDecimals'>;
  /** The selection to explain; nothing is explained when it is on no indicator's row. */
  selection: Selection | null;
  /** Select the achievement cell in the workbook. */
  onJump(address: string): void;
  onClose(): void;
}
