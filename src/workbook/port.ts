import type { Grid } from '../core/layout/grid.types';
import type { WritePlan } from './writePlan.types';
import type { AreaRef } from './address';
import type { StoredReviews } from './reviews';
import type { AuditSheet } from './auditSheet';

/** Why a cell beyond the snapshot's grid is not free for Traguardo's output column. */
export type ReservedKind = 'merge' | 'table' | 'formula' | 'value' | 'validation';

/**
 * A sheet as the core sees it: a plain grid plus its name, and what the adapter knows of where Traguardo may
 * write its output column (the core ignores both).
 */
export interface SheetSnapshot extends Grid {
  name: string;
  /**
   * The column of Traguardo's output from an earlier run (letters), as Traguardo's own marker says: the stored
   * record of what it applied (the state) or, in Excel, the name over the output column. Never read from header text.
   */
  outputColumn?: string;
  /**
   * Areas right of the grid, over its rows, that hold the user's content the grid does not show: merged areas,
   * tables, formulas (one showing "" reads as empty), values left out of the grid, data validation. Sheet
   * coordinates (rows 1-based, columns 0-based). The output column is never put over them.
   */
  reserved?: Array<AreaRef & { kind: ReservedKind }>;
}

/** What `apply` did, for the pane's and the CLI's messages. */
export interface ApplyOutcome {
  values: number;
  highlights: number;
  notes: number;
  /** Where notes could not be written (API unsupported), the findings sheet that holds them instead. */
  findingsSheet: string | null;
}

/** What `clear` removed ("Rimossi 49 valori, 14 evidenziazioni, 6 note"). */
export interface ClearOutcome {
  values: number;
  highlights: number;
  notes: number;
}

/**
 * The one port between the core and a spreadsheet. Adapters: Office.js (`office/officeWorkbook.ts`) and
 * ExcelJS (`file/excelJsWorkbook.ts`). Reads return plain data; writes take a plan computed by pure code.
 */
export interface WorkbookPort {
  /** Names of the visible worksheets, in order. */
  listSheets(): Promise<string[]>;
  /** The name of the active sheet (first visible sheet for files). */
  activeSheet(): Promise<string>;
  /** Read the used range of a sheet as a plain snapshot (values, text, formats, merges, tables, hidden rows/cols). */
  readSheet(name: string): Promise<SheetSnapshot>;
  /** Read Traguardo's stored settings (confirmed mappings per sheet, policy), or null when none. */
  readSettings(): Promise<StoredSettings | null>;
  /** Store Traguardo's settings in the workbook. */
  writeSettings(settings: StoredSettings): Promise<void>;
  /** Apply a write plan: output column, highlights, notes (or findings sheet). Idempotent: applying twice equals once. */
  apply(plan: WritePlan): Promise<ApplyOutcome>;
  /** Remove everything Traguardo added to a sheet and restore it exactly. */
  clear(sheet: string): Promise<ClearOutcome>;
  /** Select a cell (for "jump to finding"); a no-op where there is no UI. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Write the audit sheet ("Traguardo – Rilievi"), replacing the one Traguardo wrote before (recognised by its
   * record and its marker cell, never by its name alone; a user's sheet of that name is left alone). Returns its name.
   */
  writeAuditSheet?(sheet: AuditSheet): Promise<string>;
  /** Remove the audit sheet Traguardo wrote, if it is still there; true when one was removed. */
  removeAuditSheet?(): Promise<boolean>;
  /**
   * Call `handler` each time the person selects cells in the workbook; resolves to the unsubscribe. Only where
   * there is a UI that selects (Excel); absent on files.
   */
  onSelectionChanged?(handler: SelectionHandler): Promise<() => Promise<void>>;
}

/** What the person selected: a sheet's name and the selected area's address on it ("G5", "B2:D4"). */
export type SelectionHandler = (sel: { sheet: string; address: string }) => void;

/** Settings stored in the workbook, versioned. */
export interface StoredSettings {
  version: 1;
  /** Confirmed mapping per sheet name (a `ColumnMapping`, validated with its zod schema on read). */
  mappings: Record<string, unknown>;
  /** Scoring policy overrides (a `ScoringPolicyInput`). */
  policy?: Record<string, unknown>;
  /** The auditor's review: marks per finding, each sheet's last review, the audit sheet (`reviews.ts`). */
  reviews?: StoredReviews;
  /**
   * When each sheet was last computed, by sheet name: an ISO 8601 instant ("2026-11-29T13:05:00.000Z"). Optional:
   * workbooks scored before it existed read as never timed.
   */
  computedAt?: Record<string, string>;
}
