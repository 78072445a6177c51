import type { Issue } from '../issues';
import type { ColumnMapping } from '../layout/mapping';
import type { IndicatorReport } from './report.types';

/** Which findings a note is written for: `problems` (warnings, errors, and every finding of an indicator that is not evaluable) or `all`. */
export type NotesSetting = 'problems' | 'all';

/** A cell reference as an A1 address on its sheet: "$D$14" and "'Foglio 1'!D14" give "D14". */
export const bareAddress = (cell: string): string => cell.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();

/**
 * The one rule for where a finding belongs, shared by the notes, the pane's list and the JSON report: its own cell;
 * else, for an indicator's finding, its result cell, else its target cell, else its row in the indicator column (the
 * first mapped column when there is none); a sheet-level finding without a cell belongs to no cell ("").
 * @example findingCell({ code: 'missing-result', severity: 'error' }, ind, mapping) //=> "E14"
 */
export function findingCell(finding: Issue, ind: IndicatorReport | null, mapping: ColumnMapping): string {
  if (finding.cell !== undefined && /^(?:.*!)?\$?[A-Za-z]{1,3}\$?\d+$/.test(finding.cell)) return bareAddress(finding.cell);
  if (!ind) return '';
  const column = mapping.columns.indicator ?? Object.values(mapping.columns).sort()[0] ?? 'A';
  return ind.cells.result ?? ind.cells.target ?? `${column}${ind.row}`;
}

/**
 * True when a finding gets a note: with `problems` a warning or an error, or any finding of an indicator that is not
 * evaluable (it says why); with `all` every finding, information included ("value read from the text").
 */
export const takesNote = (finding: Issue, evaluable: boolean, setting: NotesSetting): boolean =>
  setting === 'all' || finding.severity !== 'info' || !evaluable;
