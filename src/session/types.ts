import type { Lang } from '../core/i18n/lang';
import type { Issue, Result } from '../core/issues';
import type { Grid } from '../core/layout/grid.types';
import type { ColumnMapping, RoleGuess } from '../core/layout/mapping';
import type { Role } from '../core/layout/roles';
import type { ScoringPolicy } from '../core/scoring/policy';
import type { SheetReport } from '../core/sheet/report.types';
import type { SheetSnapshot } from '../workbook/port';
import type { WritePlan } from '../workbook/writePlan.types';

/** What layout detection tells the session about a sheet (`detectLayout`'s answer). */
export interface LayoutView {
  mapping: ColumnMapping | null;
  guesses: RoleGuess[];
  headerRows: number[];
  issues: Issue[];
  /** Where the detected reference year came from (see `detectLayout`). */
  yearSource?: 'option' | 'header' | 'content' | 'default';
  yearEvidence?: 'title' | 'sheet-name' | 'targets';
}

/** The user's choices over the detected or stored mapping: a column letter per role, or null to drop the role. */
export type RoleOverrides = Partial<Record<Role, string | null>>;

/**
 * What the user chose for a sheet this time: the pane's dropdowns, header-row field and year, or the CLI's `--map`,
 * `--header-row` and `--year`. Every field wins over the stored mapping, which wins over detection.
 */
export interface SheetChoices {
  overrides: RoleOverrides;
  /** 1-based Excel row of the header, or null to keep the stored or detected one. */
  headerRow: number | null;
  /** The reference year, or null for the stored or default one (`defaultYear`). */
  year: number | null;
}

export const NO_CHOICES: SheetChoices = { overrides: {}, headerRow: null, year: null };

/** The core and workbook functions the session runs, behind one seam so the pane's tests can stand in for any. */
export interface SessionDeps {
  detectLayout(grid: Grid, opts: { sheet: string; year?: number }): LayoutView;
  applyOverrides(mapping: ColumnMapping | null, overrides: RoleOverrides, year?: number): Result<ColumnMapping>;
  scoreSheet(grid: Grid, mapping: ColumnMapping, policy: ScoringPolicy): SheetReport;
  buildWritePlan(snapshot: SheetSnapshot, report: SheetReport, opts: { lang: Lang; policy: ScoringPolicy }): WritePlan;
}

/** A sheet as read: its snapshot, what detection found (no year given), and the mapping stored in the workbook. */
export interface OpenedSheet {
  name: string;
  snapshot: SheetSnapshot;
  layout: LayoutView;
  stored: ColumnMapping | null;
}

/** The mapping a sheet is scored with, where it came from, and the mapping findings to show and report. */
export interface ResolvedMapping {
  mapping: Result<ColumnMapping>;
  /** `stored`: the mapping confirmed at the last compute; `detected`: this run's detection; `none`: neither. */
  base: 'stored' | 'detected' | 'none';
  /** The detection the mapping rests on (re-run for a chosen year when the base is detected). */
  layout: LayoutView;
  /** Mapping findings (detection's, when the base is detected, and the overrides'), without `no-header-row`. */
  issues: Issue[];
}

/** A scored sheet: the report (mapping findings included) and what would be written. */
export interface Scored {
  mapping: ColumnMapping;
  report: SheetReport;
  plan: WritePlan;
}
