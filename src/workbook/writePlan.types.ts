import type { Band } from '../core/sheet/report.types';

/** One cell of Traguardo's output column. */
export interface OutputCell {
  /** 1-based Excel row. */
  row: number;
  /** Achievement as a fraction for a percent format (0.5714 for 57.14%), or null when not evaluable. */
  value: number | null;
  /** Text written instead of a number when not evaluable ("n.v." / "n/a"). */
  text: string | null;
}

/**
 * Everything Traguardo writes to one sheet, computed by pure code (`buildWritePlan`) from a snapshot and a
 * report. Adapters only execute it. Nothing here touches a user's cell: the output column is Traguardo's own,
 * highlights are reversible, and notes are Traguardo's.
 */
export interface WritePlan {
  sheet: string;
  output: {
    /** Column letter of the output column (right of the used range, or the column Traguardo used before). */
    column: string;
    /** 1-based Excel row of the header cell. */
    headerRow: number;
    header: string;
    /** Number format of the values ("0.0%"). */
    numberFormat: string;
    cells: OutputCell[];
    /** Lower bound of the near-miss band as a fraction (0.9), read by the highlight rules. @default 0.9 */
    nearMiss?: number;
    /** Rows of the output column holding a number the plan does not write: no highlight rule may cover them. */
    occupied?: number[];
  };
  /** Cells to highlight by band (met → Good, near-miss → Neutral, shortfall → Bad). */
  highlights: Array<{ address: string; band: Exclude<Band, 'not-evaluable'> }>;
  /** Notes on flagged cells: the rendered findings, one note per cell. */
  notes: Array<{ address: string; text: string }>;
  /** Every finding with its cell, for the findings-sheet fallback and exports. */
  findings: Array<{ address: string; severity: 'error' | 'warning' | 'info'; code: string; indicator: string | null; message: string }>;
}
