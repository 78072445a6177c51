/** What a target cell means for the reference year. */
export type TargetKind =
  | 'at-least'
  | 'above'
  | 'at-most'
  | 'below'
  | 'equal'
  | 'deadline'
  | 'delta'
  | 'range'
  | 'yes-no'
  | 'unknown';

/** Units the grammar recognises; percentages are percent numbers (27 for 27%). */
export type Unit = 'percent' | 'days' | 'hours' | 'minutes' | 'euro' | 'count' | 'date';

/** Where the effective target came from: the line and the token of the cell. */
export interface TargetProvenance {
  /** 0-based line of the cell text that gave the target. */
  line: number;
  /** That line, verbatim. */
  lineText: string;
  /** The token read as the value ("27%", "31/12/2023"). */
  token: string;
}

/** A revision: a later value on the year's line (or a "ridefinito in" / "modificato … in") replaced an earlier one. */
export interface TargetRevision {
  from: string;
  to: string;
  /** How the revision was written: "second value", "ridefinito in", "modificato in", "nuovo target". */
  via: string;
}

export interface Target {
  kind: TargetKind;
  /** The threshold (low end of a range); percentages as percent numbers. Null for deadlines and yes/no. */
  value: number | null;
  /** The high end, for ranges. */
  high: number | null;
  unit: Unit | null;
  /** Deadline as YYYY-MM-DD. */
  date: string | null;
  /** For yes/no targets: the expected answer. */
  expected: boolean | null;
  /** Text that names a value the sheet does not hold ("dato medio nazionale"). */
  reference: string | null;
  /** Parenthesised or trailing notes, kept for display ("livello prepandemia"). */
  notes: string[];
  /** True when the direction (at-least / at-most) was inferred from the unit or the algorithm. */
  directionInferred: boolean;
  provenance: TargetProvenance | null;
  revisions: TargetRevision[];
}
