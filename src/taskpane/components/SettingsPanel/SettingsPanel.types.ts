import type { ScoringPolicy } from '../../../core/scoring/policy';
import type { PaneStrings } from '../../strings';

export interface SettingsPanelProps {
  strings: PaneStrings;
  policy: ScoringPolicy;
  disabled: boolean;
  /** Called with a validated policy only. */
  onChange(policy: ScoringPolicy): void;
  /** Told whether a field holds a value the policy refuses (Compute is then disabled), and false on leaving. */
  onValidityChange?(invalid: boolean): void;
}

/** The numeric policy fields the pane edits as text. */
export type NumericField = 'cap' | 'nearMiss' | 'decayPerDay' | 'threshold' | 'displayDecimals';
