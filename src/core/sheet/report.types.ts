import type { Issue } from '../issues';
import type { ColumnMapping } from '../layout/mapping';
import type { Target } from '../target/target.types';
import type { ResultValue } from '../result/result.types';

export type Status = 'met' | 'shortfall' | 'not-evaluable';
/** Status with the near-miss band split out of shortfall (for colours). */
export type Band = 'met' | 'near-miss' | 'shortfall' | 'not-evaluable';

/** The engine's answer for one indicator. */
export interface Evaluation {
  target: Target;
  result: ResultValue;
  /** Achievement as an unrounded percentage (57.14), within [floor, cap]; null when not evaluable. */
  achievement: number | null;
  status: Status;
  band: Band;
  /** The scoring rule used ("ratio", "mirror", "attained", "deadline", "delta", "baseline-progress"…). */
  rule: string | null;
  /** Parts of the formula a message renders per language ("0,12 / 0,21"). */
  formula: string | null;
  /**
   * What the formula computes when the policy changed it (cap, floor, threshold, bands): 151.8 for 167 / 110 scored
   * 120 under a cap of 120. Absent when the achievement is the formula's value.
   */
  computed?: number;
  findings: Issue[];
}

export interface IndicatorReport {
  /** 1-based Excel row. */
  row: number;
  objective: string | null;
  code: string | null;
  name: string | null;
  weight: number | null;
  /** A1 addresses of the cells the evaluation read. */
  cells: { target: string | null; result: string | null; stated: string | null };
  evaluation: Evaluation;
}

export interface ObjectiveRollup {
  /** The objective's code ("A01.01") or its title when no code. */
  key: string;
  title: string | null;
  /** The strategic objective this one rolls up to ("A01" for "A01.01"), when known. */
  parent: string | null;
  /** Weighted achievement over evaluable indicators (Σ w·a / Σ w), null when none is evaluable. */
  achievement: number | null;
  /** Σ w(evaluable) / Σ w(all), as a percentage. */
  coverage: number;
  counts: { met: number; shortfall: number; notEvaluable: number };
  /** Excel rows of its indicators. */
  rows: number[];
}

export interface SheetReport {
  sheet: string;
  mapping: ColumnMapping;
  indicators: IndicatorReport[];
  objectives: ObjectiveRollup[];
  counts: { met: number; shortfall: number; notEvaluable: number };
  /** Sheet-level findings (missing roles, no header…). */
  issues: Issue[];
}
