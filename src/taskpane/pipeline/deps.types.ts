import type { Lang } from '../../core/i18n/lang';
import type { Issue } from '../../core/issues';
import type { Grid } from '../../core/layout/grid.types';
import type { SessionDeps } from '../../session/types';
import type { WorkbookPort } from '../../workbook/port';

export type { LayoutView, RoleOverrides } from '../../session/types';

/** A workbook opened from a file (preview mode): the port plus saving back to bytes. */
export interface FileWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
}

/** Everything the pane needs from the session, core and workbook, behind one seam so tests can stand in for any part. */
export interface PipelineDeps extends SessionDeps {
  /** 0..1: how much a sheet looks like an indicator sheet (`indicatorSheetScore`). */
  indicatorSheetScore(grid: Grid): number;
  renderIssue(issue: Issue, lang: Lang): string;
  toIssue(error: unknown): Issue;
  openOfficeWorkbook(): WorkbookPort;
  openFileWorkbook(bytes: Uint8Array): Promise<FileWorkbook>;
}
