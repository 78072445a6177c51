import type { Activity } from '../../pipeline/pipeline.types';
import type { PaneStrings } from '../../strings';

export interface ComputeBarProps {
  strings: PaneStrings;
  activity: Activity;
  canCompute: boolean;
  canClear: boolean;
  onCompute(): void;
  onClear(): void;
}
