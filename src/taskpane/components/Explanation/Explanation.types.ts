import type { PaneMode } from '../../pipeline/pipeline.types';
import type { PaneStrings } from '../../strings';
import type { ExplanationView } from './explanationModel';

export interface ExplanationProps {
  strings: PaneStrings;
  mode: PaneMode;
  /** The selected indicator's explanation, or null when the selection is on no indicator's row. */
  view: ExplanationView | null;
  /** Select the achievement cell (or the row's first cell) in the workbook. */
  onJump(address: string): void;
  onClose(): void;
}
