import type { Unit } from '../target/target.types';

/** How the measured value was obtained from the result cell. */
export type ResultSource =
  | 'number'
  | 'percent'
  | 'ratio'
  | 'date'
  | 'yes-no'
  | 'zero-word'
  | 'narrative'
  | 'none';

export interface ResultValue {
  /** The measured value in the target's unit (percent numbers for percentages); null when unknown. */
  value: number | null;
  unit: Unit | null;
  /** For ratios: the parts. */
  numerator: number | null;
  denominator: number | null;
  /** For dates: YYYY-MM-DD. */
  date: string | null;
  /** For yes/no results. */
  yes: boolean | null;
  source: ResultSource;
  /** The token the value was read from ("28,56%", "4.481/64.095"). */
  token: string | null;
  /** Why that token, for narratives ("value after 'pari a'"). */
  reason: string | null;
  /** A stated achievement found in the narrative ("Percentuale di raggiungimento = 57%"), percent number. */
  statedInText: number | null;
}
