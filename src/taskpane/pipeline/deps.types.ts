import type { Lang } from '../../core/i18n/lang';
import type { Issue, Result } from '../../core/issues';
import type { Grid } from '../../core/layout/grid.types';
import type { ColumnMapping, RoleGuess } from '../../core/layout/mapping';
import type { Role } from '../../core/layout/roles';
import type { ScoringPolicy } from '../../core/scoring/policy';
import type { SheetReport } from '../../core/sheet/report.types';
import type { SheetSnapshot, WorkbookPort } from '../../workbook/port';
import type { WritePlan } from '../../workbook/writePlan.types';

/** What layout detection tells the pane about a sheet. */
export interface LayoutView {
  mapping: ColumnMapping | null;
  guesses: RoleGuess[];
  headerRows: number[];
  issues: Issue[];
  /** Where the detected reference year came from (see `detectLayout`). */
  yearSource?: 'option' | 'header' | 'content' | 'default';
  yearEvidence?: 'title' | 'sheet-name' | 'targets';
}

/** The user's choices over the detected mapping: a column letter per role, or null to drop the role. */
export type RoleOverrides = Partial<Record<Role, string | null>>;

/** A workbook opened from a file (preview mode): the port plus saving back to bytes. */
export interface FileWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
}

/** Everything the pane needs from core and workbook, behind one seam so tests can stand in for any part. */
export interface PipelineDeps {
  detectLayout(grid: Grid, opts: { sheet: string; year?: number }): LayoutView;
  /** 0..1: how much a sheet looks like an indicator sheet (`indicatorSheetScore`). */
  indicatorSheetScore(grid: Grid): number;
  applyOverrides(mapping: ColumnMapping | null, overrides: RoleOverrides, year?: number): Result<ColumnMapping>;
  scoreSheet(grid: Grid, mapping: ColumnMapping, policy: ScoringPolicy): SheetReport;
  buildWritePlan(snapshot: SheetSnapshot, report: SheetReport, opts: { lang: Lang; policy: ScoringPolicy }): WritePlan;
  renderIssue(issue: Issue, lang: Lang): string;
  toIssue(error: unknown): Issue;
  openOfficeWorkbook(): WorkbookPort;
  openFileWorkbook(bytes: Uint8Array): Promise<FileWorkbook>;
  /** The clock that stamps a compute (tests pass a fixed one); the system clock when absent. */
  now?(): Date;
}
