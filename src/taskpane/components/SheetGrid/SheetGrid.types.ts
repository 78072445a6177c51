import type { Lang } from '../../../core/i18n/lang';
import type { Band } from '../../../core/sheet/report.types';
import type { SheetSnapshot } from '../../../workbook/port';
import type { WritePlan } from '../../../workbook/writePlan.types';
import type { PaneStrings } from '../../strings';

export interface SheetGridProps {
  strings: PaneStrings;
  lang: Lang;
  snapshot: SheetSnapshot;
  /** What Traguardo wrote (output column, highlights, notes), or null when nothing is applied. */
  plan: WritePlan | null;
  decimals: number;
  selected: string | null;
  /** A click on a cell (its address), to explain its row; keyboard users have the summary's indicators. */
  onCellClick?: ((address: string) => void) | undefined;
}

/** One rendered cell: its text, where it is, and what Traguardo added to it. */
export interface GridCellView {
  address: string;
  text: string;
  numeric: boolean;
  rowSpan: number;
  colSpan: number;
  band: Exclude<Band, 'not-evaluable'> | null;
  note: string | null;
  output: boolean;
}

export interface GridRowView {
  /** 1-based Excel row. */
  row: number;
  cells: GridCellView[];
}

export interface GridModel {
  columns: string[];
  rows: GridRowView[];
  /** Covered cells of merged areas → the address of the area's top-left cell. */
  mergedInto: Map<string, string>;
}
