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

/** How a change target ("incremento del 15% rispetto al 2022") measures the change, and from what. */
export interface TargetChange {
  /** `relative`: (A − B) / B in percent; `points`: A − B in percentage points; `absolute`: A − B in the indicator's unit; null: as written ("+10%"), A − B. */
  measure: 'relative' | 'points' | 'absolute' | null;
  /** What the change is counted from: the previous year (the baseline column), a figure stated in the cell, another reference, or not said. */
  base: 'previous-year' | 'baseline' | 'stated' | 'reference' | null;
  /** The stated base ("rispetto al valore di 120" → 120). */
  baseValue: number | null;
  /** The base as written ("rispetto all'anno precedente"). */
  baseText: string | null;
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
  /** What the value counts, as written after it ("iniziative di formazione", "dipendenti"). */
  noun?: string;
  /** For changes: relative, points or absolute, and the base. */
  change?: TargetChange;
  /** "N su M": the parts of a ratio target (value is 100 N / M, in percent). */
  ratio?: { numerator: number; denominator: number };
  /** For deliverables ("Rilascio del nuovo portale"): what is to be delivered. */
  deliverable?: string;
  /** Several quantities joined by "e" ("almeno 3 webinar e 150 partecipanti"): every part must be met. */
  parts?: Target[];
}
