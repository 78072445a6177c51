import type { WorkbookPort } from '../../src/workbook/port';
import type { FixtureSheet } from './fixture';

/** Everything a user could see of a cell: value (or formula), its whole style, its note. */
export interface CellDump {
  value: unknown;
  style: unknown;
  note: string | null;
}

/** The whole workbook as the user sees it, to compare before and after. */
export interface WorkbookDump {
  sheets: Array<{ name: string; visible: boolean }>;
  /** sheet → address → cell (cells with no value, style or note are left out). */
  cells: Record<string, Record<string, CellDump>>;
  /** sheet → conditional formats (ref, fill colour "#RRGGBB", formula). */
  formats: Record<string, Array<{ ref: string; fill: string | null; formula: string }>>;
  merges: Record<string, string[]>;
  /** Workbook-level stored settings keys (Office). */
  settings: string[];
}

/** One adapter over one document, with a way to look at the document directly. */
export interface Harness {
  port: WorkbookPort;
  dump(): Promise<WorkbookDump>;
  /** A new adapter over the same document, as in a later session (the file saved and opened again). */
  reopen(): Promise<WorkbookPort>;
}

export type HarnessFactory = (fixture: FixtureSheet[]) => Promise<Harness>;
