import { COMPUTE_STEPS } from '../../pipeline/pipeline.types';
import type { ComputeBarProps } from './ComputeBar.types';

export interface ComputeBarView {
  busy: boolean;
  /** The current step's label and progress in [0, 1], while computing. */
  progress: { label: string; value: number } | null;
}

export function useComputeBar({ activity, strings }: ComputeBarProps): ComputeBarView {
  if (activity.kind !== 'computing') return { busy: activity.kind !== 'idle', progress: null };
  const index = COMPUTE_STEPS.indexOf(activity.step);
  return { busy: true, progress: { label: strings.computing[activity.step], value: (index + 1) / (COMPUTE_STEPS.length + 1) } };
}
