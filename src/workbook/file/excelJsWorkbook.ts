import ExcelJS from 'exceljs';
import type { ApplyOutcome, ClearOutcome, SheetSnapshot, StoredSettings, WorkbookPort } from '../port';
import type { WritePlan } from '../writePlan.types';
import { isEmptyPlan } from '../writePlan';
import { HostError, WorkbookReadError, WorkbookSaveRefused } from '../errors';
import { StoredSettingsSchema, keyedTo, settingsOf, type WorkbookState } from '../state';
import { sameSheet } from '../address';
import { readWorksheetBounded } from './readWorksheet';
import { findStateSheet, readState, writeState } from './stateStore';
import { checkOutputFree, undoState, writeEdit } from './applyPlan';
import { fileAnchorNow } from './anchor';
import { editOf } from '../edit';
import type { SheetEdit } from '../edit.types';
import { PackagePatcher } from './package/packagePatcher';
import { DEFAULT_LIMITS, guardPackage, type PackageLimits } from './package/guard';
import { PackageRefused, PatchUnsupported, ZipReader } from './package/zip';
import { lostParts } from './package/unmodelledParts';
import { auditCells, auditSheetName, isAuditSheet, type AuditSheet } from '../auditSheet';
import { emptyReviews } from '../reviews';

export { WorkbookReadError } from '../errors';

/** Options of the file adapter. */
export interface ExcelJsWorkbookOptions {
  /** Also write a findings sheet with links to the cells (notes are always written). @default false */
  findingsSheet?: boolean;
  /**
   * Save a workbook loaded from bytes by patching its original package (only the parts Traguardo changes are
   * rewritten, everything else is copied as it is); false always re-serialises it with ExcelJS. @default true
   */
  packagePatch?: boolean;
  /** Budgets of the package (each part, all parts together) checked before anything inflates it. */
  limits?: PackageLimits;
  /**
   * Let ExcelJS's rewrite drop the parts it does not model (charts, macros, custom XML…) instead of refusing to save
   * (`WorkbookSaveRefused`): only to compare with the rewrite on purpose. @default false
   */
  allowPartLoss?: boolean;
}

/** How the last `save` wrote the workbook: by patching the original package, or by ExcelJS's full rewrite. */
export type SaveMode = 'patch' | 'rewrite';

/**
 * The workbook port over an .xlsx file held in memory (ExcelJS): the CLI's adapter and the pane's preview.
 * Works in Node and in a browser bundle: bytes in, bytes out.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  /** The part names of the package the workbook was loaded from (null for a workbook built in memory). */
  private originalParts: string[] | null = null;
  /** The original package, when the workbook was loaded from bytes the patcher can handle; else null. */
  private patcher: PackagePatcher | null = null;
  /** The state the original package holds. */
  private inPackage: WorkbookState | null = null;
  /** Sheets applied or cleared since loading. */
  private readonly dirty = new Set<string>();
  /** The note texts of the last plan applied to each sheet. */
  private readonly planNotes = new Map<string, Map<string, string>>();
  private mode: SaveMode | null = null;
  private readonly droppedCells = new Map<string, { count: number; at: string[] }>();
  private readonly shown = new Set<string>();
  /** The state last stored in the model (saves decoding it again), or null when none was stored since loading. */
  private stateNow: WorkbookState | null = null;
  /** Why the last save could not patch the package (null when it did). */
  private fallbackReason: string | null = null;
  /** The name of Traguardo's state sheet in the model (found by its signature, not its name), or null. */
  private stateSheet: string | null = null;
  /** The name of Traguardo's state sheet in the original package, or null. */
  private stateSheetInPackage: string | null = null;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly options: ExcelJsWorkbookOptions,
  ) {
    this.stateSheet = findStateSheet(workbook)?.name ?? null;
  }

  /** True when `name` is Traguardo's state sheet (never listed, read or scored). */
  private isStateSheet(name: string): boolean {
    return this.stateSheet !== null && name === this.stateSheet;
  }

  /** How the last `save` wrote the workbook, and why it had to rewrite it (null before any save). */
  get lastSave(): { mode: SaveMode; reason: string | null } | null {
    return this.mode === null ? null : { mode: this.mode, reason: this.fallbackReason };
  }

  /** Open the original package for patching (before ExcelJS reads it, so its sheets inflate meanwhile). */
  private static openPackage(bytes: Uint8Array, options: ExcelJsWorkbookOptions): PackagePatcher | string {
    if (options.packagePatch === false || options.findingsSheet === true) return 'package patch switched off';
    try {
      return PackagePatcher.open(bytes);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }

  private attachPackage(patcher: PackagePatcher | string): void {
    if (typeof patcher === 'string') {
      this.fallbackReason = patcher;
      return;
    }
    this.patcher = patcher;
    this.stateSheetInPackage = this.stateSheet;
    this.inPackage = JSON.parse(JSON.stringify(readState(this.workbook))) as WorkbookState;
  }

  /**
   * Open an .xlsx file from its bytes.
   * @throws WorkbookReadError with reason 'not-xlsx', 'encrypted' (password-protected) or 'corrupt'
   * @throws PackageRefused when the package breaks a budget (a zip bomb) or names a part twice
   */
  static async load(data: ArrayBuffer | Uint8Array, options: ExcelJsWorkbookOptions = {}): Promise<ExcelJsWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = sniff(bytes);
    if (kind !== 'zip') throw new WorkbookReadError(kind, kind === 'encrypted' ? 'The file is password-protected' : 'The file is not an .xlsx workbook');
    let forExcelJs: Uint8Array;
    try {
      forExcelJs = await guardPackage(bytes, options.limits ?? DEFAULT_LIMITS);
    } catch (err) {
      if (err instanceof PackageRefused) throw err;
      throw new WorkbookReadError('corrupt', `The .xlsx package cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    const wb = new ExcelJS.Workbook();
    const patcher = ExcelJsWorkbook.openPackage(bytes, options);
    try {
      await wb.xlsx.load(forExcelJs as unknown as ExcelJS.Buffer);
    } catch (err) {
      throw new WorkbookReadError('corrupt', `The .xlsx package cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    const out = new ExcelJsWorkbook(wb, options);
    out.attachPackage(patcher);
    out.originalParts = new ZipReader(bytes).entries.map((e) => e.name);
    return out;
  }

  /** Wrap a workbook already in memory. */
  static fromExcelJs(wb: ExcelJS.Workbook, options: ExcelJsWorkbookOptions = {}): ExcelJsWorkbook {
    return new ExcelJsWorkbook(wb, options);
  }

  /**
   * The workbook as .xlsx bytes: the original package patched where Traguardo changed it (see
   * `PackagePatcher`), or, for a workbook built in memory or a package the patcher cannot handle safely, the
   * whole workbook serialised again by ExcelJS (which drops the parts it does not model).
   */
  async save(): Promise<Uint8Array> {
    if (this.patcher && this.inPackage) {
      try {
        const out = await this.patcher.save({
          inPackage: this.inPackage,
          state: this.stateNow ?? this.inPackage,
          stateChanged: this.stateNow !== null,
          stateSheet: { inPackage: this.stateSheetInPackage, now: this.stateSheet },
          dirty: this.dirty,
          notes: this.planNotes,
          model: this.workbook,
        });
        this.mode = 'patch';
        this.fallbackReason = null;
        return out;
      } catch (err) {
        // Only a cause the patcher names falls back to the rewrite (which drops charts and other parts ExcelJS
        // does not model); anything else is a defect and reaches the caller.
        if (!(err instanceof PatchUnsupported)) throw err;
        this.fallbackReason = err.message;
      }
    }
    const out = await this.rewrite();
    // The rewrite is never silent about what it cannot write: refuse rather than drop the user's parts.
    const lost = this.originalParts ? lostParts(this.originalParts, new ZipReader(out).entries.map((e) => e.name)) : [];
    if (lost.length > 0 && this.options.allowPartLoss !== true) throw new WorkbookSaveRefused(lost, this.fallbackReason ?? 'no package to patch');
    this.mode = 'rewrite';
    return out;
  }

  private async rewrite(): Promise<Uint8Array> {
    // Fast deflate: a third less time than the default level for files about a quarter larger.
    const out: unknown = await this.workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions);
    if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    return new Uint8Array(out as ArrayBuffer);
  }

  private get date1904(): boolean {
    return Boolean((this.workbook.properties as { date1904?: boolean }).date1904);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws || this.isStateSheet(name)) throw new HostError('ItemNotFound', `No worksheet named "${name}"`);
    return ws;
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.filter((ws) => (ws.state === 'visible' || this.shown.has(ws.name)) && !this.isStateSheet(ws.name)).map((ws) => ws.name);
  }

  async activeSheet(): Promise<string> {
    const [first] = await this.listSheets();
    if (first === undefined) throw new HostError('ItemNotFound', 'The workbook has no visible worksheet');
    return first;
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const read = readWorksheetBounded(this.sheet(name), this.date1904);
    if (read.dropped > 0) this.droppedCells.set(name, { count: read.dropped, at: read.droppedAt });
    else this.droppedCells.delete(name);
    // Traguardo's output column is the one its stored record names, never one found by its header's text.
    // Where the name over it is now when the user inserted or deleted columns in Excel since (see file/anchor.ts).
    const recorded = keyedTo(this.state(), name).sheets[name]?.column;
    const column = recorded === undefined || recorded === null ? recorded : (fileAnchorNow(this.workbook, name)?.column ?? recorded);
    return column === undefined || column === null ? read.snapshot : { ...read.snapshot, outputColumn: column };
  }

  /**
   * Cells with a value left out of the snapshots read so far because they lie far from their sheet's block of
   * data (a value typed at XFD1048576): by sheet, how many and the first few addresses.
   */
  get farCells(): ReadonlyMap<string, { count: number; at: string[] }> {
    return this.droppedCells;
  }

  /** Hidden and very hidden sheets named explicitly (never the state sheet) become listed, so they can be scored when asked for by name. */
  showHidden(names: readonly string[]): void {
    for (const name of names) {
      const ws = this.workbook.getWorksheet(name);
      if (ws && !this.isStateSheet(name) && ws.state !== 'visible') this.shown.add(name);
    }
  }

  /** True when a sheet is protected (Excel refuses edits to its locked cells). */
  isProtected(name: string): boolean {
    const p = (this.sheet(name) as unknown as { sheetProtection?: { sheet?: boolean | string } | null }).sheetProtection;
    return Boolean(p && (p.sheet === true || p.sheet === '1' || p.sheet === 'true'));
  }

  /** The stored state: the one last stored in this session, else the one in the workbook. */
  private state(): WorkbookState {
    return this.stateNow ?? readState(this.workbook);
  }

  async readSettings(): Promise<StoredSettings | null> {
    return settingsOf(this.state());
  }

  async writeSettings(settings: StoredSettings): Promise<void> {
    const state = this.state();
    state.settings = StoredSettingsSchema.parse(settings);
    this.store(state);
  }

  async apply(plan: WritePlan): Promise<ApplyOutcome> {
    if (isEmptyPlan(plan)) {
      // Nothing to write (a header-only sheet): only an earlier run's additions are taken away.
      if (this.state().sheets[plan.sheet] !== undefined) await this.clear(plan.sheet);
      else this.sheet(plan.sheet);
      return { values: 0, highlights: 0, notes: 0, findingsSheet: null };
    }
    return this.applyEdit(editOf(plan));
  }

  /** Execute an edit: the inverse of the sheet's record, then the edit's cells, rules and notes (see `edit.ts`). */
  async applyEdit(edit: SheetEdit): Promise<ApplyOutcome> {
    const ws = this.sheet(edit.sheet);
    const state = this.state();
    this.patchUnlessMoved(edit.sheet, state);
    checkOutputFree(ws, edit, state.sheets[edit.sheet]);
    undoState(this.workbook, ws, state.sheets[edit.sheet]);
    const { state: added, outcome } = writeEdit(this.workbook, ws, edit, this.options.findingsSheet === true);
    if (this.patcher && this.inPackage) {
      try {
        await this.patcher.prepare(edit.sheet);
        this.patcher.recordOriginals(edit.sheet, this.inPackage.sheets[edit.sheet], added);
      } catch (err) {
        if (!(err instanceof PatchUnsupported)) throw err;
        this.patcher = null;
        this.fallbackReason = err.message;
      }
    }
    state.sheets[edit.sheet] = added;
    this.store(state);
    this.dirty.add(edit.sheet);
    this.planNotes.set(edit.sheet, new Map(edit.notes.map((n) => [n.address, n.text])));
    return outcome;
  }

  /**
   * The package patch restores cells where the record put them; rows inserted, deleted or sorted in Excel since
   * (the name over the output column moved) leave the save to ExcelJS's rewrite, reported as its reason.
   */
  private patchUnlessMoved(sheet: string, state: WorkbookState): void {
    const recorded = state.sheets[sheet];
    const now = fileAnchorNow(this.workbook, sheet);
    if (!this.patcher || !recorded || !now || !recorded.anchor) return;
    if (now.top === recorded.anchor.top && now.bottom === recorded.anchor.bottom && now.column === recorded.column) return;
    this.patcher = null;
    this.fallbackReason = `rows or columns of "${sheet}" moved in Excel since Traguardo wrote it`;
  }

  async clear(sheet: string): Promise<ClearOutcome> {
    const ws = this.sheet(sheet);
    const state = this.state();
    this.patchUnlessMoved(sheet, state);
    const outcome = undoState(this.workbook, ws, state.sheets[sheet]);
    delete state.sheets[sheet];
    this.store(state);
    this.dirty.add(sheet);
    this.planNotes.delete(sheet);
    return outcome;
  }

  private store(state: WorkbookState): void {
    this.stateSheet = writeState(this.workbook, state);
    this.stateNow = state;
  }

  /** Traguardo's audit sheet in the model: the one its settings name, with the marker in A1; else null. */
  private ownAuditSheet(): ExcelJS.Worksheet | null {
    const recorded = this.state().settings?.reviews?.auditSheet ?? null;
    const ws = recorded === null ? undefined : this.workbook.worksheets.find((w) => sameSheet(w.name, recorded));
    return ws && isAuditSheet(ws.name, recorded, ws.getCell(1, 1).value) ? ws : null;
  }

  /** Record the audit sheet's name (null: none) in the state; the package patcher does not add or remove sheets, so the save rewrites. */
  private recordAuditSheet(name: string | null): void {
    const state = this.state();
    const settings = state.settings ?? { version: 1 as const, mappings: {} };
    state.settings = { ...settings, reviews: { ...(settings.reviews ?? emptyReviews()), auditSheet: name } };
    this.store(state);
    if (this.patcher) {
      this.patcher = null;
      this.fallbackReason = 'the audit sheet is a sheet the package patcher does not add or remove';
    }
  }

  /** Write the audit sheet: texts with the Text format, links as HYPERLINK formulas; replaces Traguardo's previous one only. */
  async writeAuditSheet(audit: AuditSheet): Promise<string> {
    const own = this.ownAuditSheet();
    const name = auditSheetName(audit.name, this.workbook.worksheets.map((w) => w.name), own?.name ?? null);
    if (own) this.workbook.removeWorksheet(own.id);
    const ws = this.workbook.addWorksheet(name);
    const { texts, links } = auditCells(audit);
    texts.forEach((row, r) =>
      row.forEach((text, c) => {
        const link = r >= 2 && c === 0 ? links[r - 2] : null;
        const cell = ws.getCell(r + 1, c + 1);
        if (link) {
          cell.value = { formula: link, result: audit.rows[r - 2]?.address ?? '' };
          return;
        }
        cell.numFmt = '@';
        cell.value = text;
      }),
    );
    this.recordAuditSheet(name);
    return name;
  }

  /** Remove Traguardo's audit sheet (never a user's sheet of that name); false when there was none. */
  async removeAuditSheet(): Promise<boolean> {
    if ((this.state().settings?.reviews?.auditSheet ?? null) === null) return false;
    const own = this.ownAuditSheet();
    if (own) this.workbook.removeWorksheet(own.id);
    this.recordAuditSheet(null);
    return own !== null;
  }

  /** Files have no selection: a no-op once the sheet is known to exist. */
  async select(sheet: string, _address: string): Promise<void> {
    this.sheet(sheet);
  }
}

/** What the first bytes say the file is: a zip package, an encrypted (CFB) workbook, or something else. */
function sniff(bytes: Uint8Array): 'zip' | 'encrypted' | 'not-xlsx' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
  if (!cfb) return 'not-xlsx';
  return containsUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'not-xlsx';
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
