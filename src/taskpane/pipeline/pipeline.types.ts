import type { Issue } from '../../core/issues';
import type { ScoringPolicy } from '../../core/scoring/policy';
import type { SheetReport } from '../../core/sheet/report.types';
import type { OpenedSheet } from '../../session/types';
import type { ApplyOutcome, ClearOutcome } from '../../workbook/port';
import type { WritePlan } from '../../workbook/writePlan.types';
import type { StoredReviews } from '../../workbook/reviews';
import type { RoleOverrides } from './deps.types';

/** Inside Excel (Office.js adapter) or in a browser on a file (ExcelJS adapter). */
export type PaneMode = 'excel' | 'preview';

/** What the pane is doing right now. */
export type Activity = { kind: 'idle' } | { kind: 'loading' } | { kind: 'computing'; step: ComputeStep } | { kind: 'clearing' };

export type ComputeStep = 'read' | 'score' | 'write';
export const COMPUTE_STEPS: readonly ComputeStep[] = ['read', 'score', 'write'];

/** The sheet under analysis: its snapshot, what detection found, and the mapping stored in the workbook. */
export type SheetState = OpenedSheet;

/** The last computation: what was scored and what was written (null: read back from a scored sheet, nothing written). */
export interface Computed {
  report: SheetReport;
  plan: WritePlan;
  outcome: ApplyOutcome | null;
}

/** An error shown in the bar at the top: from the host, or a file that is not a workbook. */
export type PaneError = { kind: 'host'; issue: Issue } | { kind: 'file'; name: string; issue: Issue } | { kind: 'no-sheets' };

/** A success message shown in the bar at the top. */
export type Notice =
  | { kind: 'applied'; outcome: ApplyOutcome }
  | { kind: 'cleared'; outcome: ClearOutcome }
  | { kind: 'opened'; name: string }
  /** A sheet scored before: its results recomputed in memory from the stored mapping, nothing written. */
  | { kind: 'restored' };

export interface PipelineState {
  mode: PaneMode;
  activity: Activity;
  workbook: { name: string | null; sheets: string[] } | null;
  sheet: SheetState | null;
  overrides: RoleOverrides;
  /** The header row the user chose (1-based Excel row), or null to keep the detected or stored one. */
  headerRow: number | null;
  year: number | null;
  policy: ScoringPolicy;
  computed: Computed | null;
  error: PaneError | null;
  notice: Notice | null;
  /** A1 address of the cell selected from a finding. */
  selected: string | null;
  /**
   * When the open sheet is not an indicator sheet: the workbook's other sheets that are (in order), proposed in its
   * place; null when not looked for.
   */
  suggestions: string[] | null;
  /** The auditor's review stored in the workbook (marks, last reviews), or null when none. */
  reviews?: StoredReviews | null;
}
