import type { Result } from '../../../core/issues';
import type { ColumnMapping } from '../../../core/layout/mapping';
import type { Role } from '../../../core/layout/roles';
import type { ColumnOption } from '../../pipeline/columns';
import type { LayoutView, RoleOverrides } from '../../pipeline/deps.types';
import type { PaneStrings } from '../../strings';

export interface MappingPanelProps {
  strings: PaneStrings;
  sheets: string[];
  sheet: string;
  columns: ColumnOption[];
  layout: LayoutView;
  /** The mapping confirmed earlier and stored in the workbook, if any. */
  stored: ColumnMapping | null;
  overrides: RoleOverrides;
  /** The detected or stored mapping with the overrides applied. */
  mapping: Result<ColumnMapping> | null;
  /** Sentences for the mapping's and the detection's findings. */
  messages: string[];
  /** True when another message already says the sheet is not understood (the sheets to pick instead). */
  quiet?: boolean;
  year: number | null;
  /** The header row chosen by hand, or null when the detected or stored one is used. */
  headerRow: number | null;
  disabled: boolean;
  onSheetChange(sheet: string): void;
  onOverride(role: Role, column: string | null): void;
  onYearChange(year: number | null): void;
  onHeaderRowChange(row: number | null): void;
}

/** How sure the pane is of one role's column, for its badge. */
export type RoleConfidence =
  { level: 'high' | 'medium' | 'low'; percent: number } | { level: 'missing' } | { level: 'unused' } | { level: 'manual' } | { level: 'confirmed' };

export interface RoleRowView {
  role: Role;
  column: string | null;
  confidence: RoleConfidence;
  reason: string | null;
  /** True for a role the computation needs (target, result, indicator) that is missing or unsure. */
  attention: boolean;
}
