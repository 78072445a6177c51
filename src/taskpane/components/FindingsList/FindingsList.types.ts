import type { Lang } from '../../../core/i18n/lang';
import type { ReviewStatus } from '../../../core/rules/reviewMarks';
import type { AuditSheet } from '../../../workbook/auditSheet';
import type { FindingRow, ResolvedFinding } from '../../pipeline/findings';
import type { PaneMode } from '../../pipeline/pipeline.types';
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
  /** Inside Excel a download may be refused: the exports are the audit sheet and the clipboard. @default 'preview' */
  mode?: PaneMode;
  /** The scored sheet's name (for the audit sheet's rows and links). */
  sheet?: string;
  /** Findings of the last review that the last compute no longer finds. */
  resolved?: ResolvedFinding[];
  /** When the sheet's last review was recorded (ISO), or null. */
  lastReview?: string | null;
  /** Decimals of percentages in the exports. @default 1 */
  decimals?: number;
  /** Store a mark on findings; resolves false when the host refused (the error is shown by the pane). */
  onMark?(fingerprints: readonly string[], status: ReviewStatus, comment: string): Promise<boolean>;
  onRecordReview?(): Promise<boolean>;
  /** Write the audit sheet; its name, or null when it failed. */
  onAuditSheet?(sheet: AuditSheet): Promise<string | null>;
}
