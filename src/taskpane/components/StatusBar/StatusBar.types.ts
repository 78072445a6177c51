import type { Lang } from '../../../core/i18n/lang';
import type { Notice, PaneError } from '../../pipeline/pipeline.types';
import type { PaneStrings } from '../../strings';

export interface StatusBarProps {
  error: PaneError | null;
  /** The host's finding rendered as a sentence, shown under the advice. */
  errorDetail: string | null;
  notice: Notice | null;
  strings: PaneStrings;
  lang: Lang;
  onDismiss(): void;
  /** Offered with an error when the pane could not open the workbook: try again. */
  onRetry?: (() => void) | null;
}
