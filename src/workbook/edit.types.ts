import type { HighlightRule } from './highlight';
import type { AppliedEdit, CellBefore } from './state';
import type { WritePlan } from './writePlan.types';

/** One cell Traguardo writes: a number (with its number format) or a text (on the cell's own format). */
export interface CellWrite {
  /** Column letters. */
  column: string;
  /** 1-based Excel row. */
  row: number;
  value: string | number;
  /** Number format to set with the value; null keeps the cell's own format. */
  format: string | null;
}

/**
 * Everything one apply writes to a sheet, computed by pure code (`planEdit`): generic cell writes, rule adds and
 * note writes. Executors (Office.js, ExcelJS, the package patcher) write any `CellWrite` without knowing which
 * output it belongs to, and record what each cell held before (`AppliedEdit`); an output added to the plan is a
 * few more cell writes here and nothing in the executors.
 */
export interface SheetEdit {
  sheet: string;
  /** Traguardo's output column: where the anchor goes (Excel) and what `SheetSnapshot.outputColumn` names later. */
  column: string;
  /** The output column's header row: the first cell of the anchor's span. */
  headerRow: number;
  /** Every cell written, in any column. */
  cells: CellWrite[];
  /** Conditional-format rules added (a few per column, see `highlight.ts`). */
  rules: HighlightRule[];
  /** Notes written on flagged cells (Traguardo's part; the user's part is kept by the executor). */
  notes: Array<{ address: string; text: string }>;
  /** Values counted in the outcome (indicator rows written; the header is not one). */
  counts: { values: number; highlights: number; notes: number };
  /** The plan, for the findings-sheet fallback's rows. */
  plan: WritePlan;
}

/** A cell to give back what it held: `before` as the executor that wrote it recorded it, null for an empty cell. */
export interface CellRestore {
  column: string;
  row: number;
  before: CellBefore | null;
}

/**
 * The inverse of applied edits (`invert`): the cells to put back, the notes to take Traguardo's text out of, the
 * findings sheets to delete. Clear is this, executed; an apply executes the inverse of the earlier records minus
 * the cells it writes again.
 */
export interface SheetInverse {
  sheet: string;
  cells: CellRestore[];
  notes: AppliedEdit['notes'];
  findingsSheets: string[];
}

/** An adapter that executes edits directly (the port's `apply(plan)` is `applyEdit(editOf(plan))`). */
export interface EditExecutor {
  applyEdit(edit: SheetEdit): Promise<import('./port').ApplyOutcome>;
}
