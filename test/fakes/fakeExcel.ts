/**
 * A faithful fake of the Excel JavaScript API subset Traguardo uses, typed against @types/office-js:
 * commands are queued and run only on `context.sync()`; reading a property that was not loaded (or before the
 * sync that loads it) throws 'PropertyNotLoaded'; every sync is recorded with its request/response size; a
 * request over the payload limit fails with 'RequestPayloadSizeLimitExceeded'; a protected sheet refuses writes
 * with 'AccessDenied'; APIs above the configured ExcelApi version fail with 'ApiNotFound'; and a failure can be
 * injected on a given sync (e.g. 'InvalidOperationInCellEditMode'). Like Excel, a batch is not transactional:
 * commands before a failing one stay applied.
 */
import { FakeContext, FakeOfficeError, type SyncRecord } from './_lib/context';
import type { Registration } from './_lib/fakeEvents';
import { FakeWorksheetCollection } from './_lib/fakeWorksheet';
import { FakeSettingCollection } from './_lib/fakeSettings';
import { FakeNamedItemCollection, type NameModel } from './_lib/fakeNames';
import { newSheet, type SheetModel } from './_lib/model';

export { FakeOfficeError } from './_lib/context';
export type { SyncRecord } from './_lib/context';
export type { CellModel, SheetModel } from './_lib/model';
export { cellKey, emptyCell, newSheet } from './_lib/model';

const versionNumber = (v: string): number => {
  const [major = 0, minor = 0] = v.split('.').map(Number);
  return major * 1000 + minor;
};

/** The fake workbook the context works on. */
class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
}

/** Fake Excel.RequestContext. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook = new FakeWorkbook(this);
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host supports. @default '1.18' */
  excelApi?: string;
  /** Request/response payload limit in bytes. @default 5 MB (Excel on the web) */
  payloadLimit?: number;
}

export class FakeExcelHost {
  sheets: SheetModel[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  /** Workbook settings (Excel.SettingCollection), saved with the file. */
  settings = new Map<string, unknown>();
  /** Conditional formats deleted one by one (`ConditionalFormat.delete`), which office-js #5222 makes fail on stacked rules. */
  ruleDeletes = 0;
  /** Refuse (ItemNotFound) a range asked of a name that does not exist, instead of answering a null range. */
  nullChainsRefused = false;
  /** Workbook-scoped defined names. */
  names = new Map<string, NameModel>();
  payloadLimit: number;
  excelApi: string;
  /** Every sync of every context, in order. */
  syncs: SyncRecord[] = [];
  /** Handlers added to `worksheets.onSelectionChanged`, with the context each was added in. */
  selectionHandlers: Registration[] = [];
  private sheetIds = new WeakMap<SheetModel, string>();
  private failures: Array<{ code: string; writesOnly: boolean; skip: number }> = [];
  private ids = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.excelApi = options.excelApi ?? '1.18';
  }

  /** Add a sheet to the workbook model (the first one becomes active). */
  addSheet(name: string, init: Partial<Omit<SheetModel, 'name'>> = {}): SheetModel {
    const s = { ...newSheet(name), ...init };
    this.sheets.push(s);
    if (this.activeSheet === '') this.activeSheet = name;
    return s;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** Office.context.requirements.isSetSupported as this host answers it. */
  readonly isSetSupported = (set: string, version?: string): boolean =>
    set === 'ExcelApi' && versionNumber(version ?? '1.1') <= versionNumber(this.excelApi);

  /** Throw 'ApiNotFound' for an API above the host's version. */
  requireApi(version: string): void {
    if (!this.isSetSupported('ExcelApi', version)) throw new FakeOfficeError('ApiNotFound', `ExcelApi ${version} is not supported by this host.`);
  }

  /** Make a later sync fail with `code` before running anything (`skip` matching syncs pass first). */
  failSync(code: string, opts: { writesOnly?: boolean; skip?: number } = {}): void {
    this.failures.push({ code, writesOnly: opts.writesOnly ?? false, skip: opts.skip ?? 0 });
  }

  /** Write commands run so far (all contexts), and the injected command failure. */
  writeCommands = 0;
  private commandFailure: { index: number; code: string; persist: boolean } | null = null;
  /** Set when a persistent command failure fired: every later sync fails with it (a host that stopped answering). */
  broken: string | null = null;

  /**
   * Make the write command of global index `index` (counted from now, 0-based, across syncs) fail with `code`.
   * Like Excel, the commands before it in the same batch stay applied: batches are not transactional
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling,
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance). With `persist`, every later sync
   * fails too, until `repair()`: the session is gone and only a later one can recover.
   */
  failAtCommand(index: number, code = 'GeneralException', opts: { persist?: boolean } = {}): void {
    this.writeCommands = 0;
    this.commandFailure = { index, code, persist: opts.persist ?? false };
  }

  /** The error a write command about to run must raise, if any. */
  takeCommandFailure(): string | null {
    const f = this.commandFailure;
    const at = this.writeCommands++;
    if (!f || at !== f.index) return null;
    this.commandFailure = null;
    if (f.persist) this.broken = f.code;
    return f.code;
  }

  repair(): void {
    this.broken = null;
    this.commandFailure = null;
  }

  /** The injected failure for a sync about to run, if any. */
  takeFailure(hasWrites: boolean): string | null {
    const f = this.failures[0];
    if (!f || (f.writesOnly && !hasWrites)) return null;
    if (f.skip > 0) {
      f.skip--;
      return null;
    }
    this.failures.shift();
    return f.code;
  }

  /** A sheet's ID: stable for the sheet's life, unchanged by a rename (Excel's IDs look like "{00000000-0001-…}"). */
  sheetId(sheet: SheetModel): string {
    let id = this.sheetIds.get(sheet);
    if (id === undefined) {
      id = `{00000000-${String(++this.ids).padStart(4, '0')}-0000-0000-000000000000}`;
      this.sheetIds.set(sheet, id);
    }
    return id;
  }

  /**
   * The person selects `address` on `sheet`: the sheet becomes active, and every handler added to
   * `worksheets.onSelectionChanged` (and not removed) is called with Excel.WorksheetSelectionChangedEventArgs
   * (address on its sheet, the sheet's ID, type). Resolves when the handlers' promises settle.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetselectionchangedeventargs
   */
  async userSelects(sheet: string, address: string): Promise<void> {
    const model = this.sheet(sheet);
    this.activeSheet = model.name;
    this.selection = { sheet: model.name, address };
    const args = { address, worksheetId: this.sheetId(model), type: 'WorksheetSelectionChanged' as const };
    await Promise.allSettled([...this.selectionHandlers].map((r) => r.handler(args)));
  }

  nextId(): number {
    return ++this.ids;
  }

  /** Forget the recorded syncs (to count one operation). */
  resetSyncs(): void {
    this.syncs = [];
  }

  /** Run one batch, typed for tests. */
  batch<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.run<T>(fn);
  }

  /** Excel.run over this host, assignable to `typeof Excel.run`. */
  readonly run = <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw new Error('fake: Excel.run needs a batch function');
    // Excel.run(context, batch) runs the batch on that same context (how an event handler is removed).
    const given = args.length > 1 ? args[0] : undefined;
    const context = given instanceof FakeContext ? given : new FakeRequestContext(this);
    return Promise.resolve((batch as (ctx: Excel.RequestContext) => Promise<T>)(context as unknown as Excel.RequestContext));
  };
}
