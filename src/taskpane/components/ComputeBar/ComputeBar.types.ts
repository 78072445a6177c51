import type { Activity } from '../../pipeline/pipeline.types';
import type { PaneStrings } from '../../strings';

export interface ComputeBarProps {
  strings: PaneStrings;
  activity: Activity;
  canCompute: boolean;
  /** Why Compute is disabled, shown under it; null when there is nothing to say. */
  blockedReason?: string | null;
  canClear: boolean;
  onCompute(): void;
  onClear(): void;
}
