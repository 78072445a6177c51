import { areaAddress, parseCell, stripSheet } from '../../../src/workbook/address';
import { FakeClientResult, FakeContext, FakeObject, FakeOfficeError } from './context';
import { FakeRange, areaFromAddress, writable, type SheetResolver } from './fakeRange';
import { newSheet, usedArea, type SheetModel } from './model';
import { FakeSelectionEvent } from './fakeEvents';

const normal = (address: string): string => {
  const c = parseCell(stripSheet(address));
  if (!c) throw new FakeOfficeError('InvalidArgument', `Invalid cell address '${address}'`);
  return areaAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col });
};

/** Fake Excel.Worksheet. */
export class FakeWorksheet extends FakeObject implements Partial<Pick<Excel.Worksheet, 'name' | 'visibility'>> {
  private notesProxy: FakeNoteCollection | null = null;
  private commentsProxy: FakeCommentCollection | null = null;
  private tablesProxy: FakeTableCollection | null = null;
  constructor(
    context: FakeContext,
    readonly sheetOf: SheetResolver,
    orNull = false,
  ) {
    super(context);
    if (orNull) context.enqueue(false, { resolve: 'worksheet' }, () => this.setNull(!this.exists()));
  }
  private exists(): boolean {
    try {
      this.sheetOf();
      return true;
    } catch {
      return false;
    }
  }
  get name(): string { return this.read('name'); }
  get id(): string { return this.read('id'); }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' { return this.read('visibility'); }
  set visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.context.enqueue(true, { set: 'visibility', v }, () => {
      this.sheetOf().visibility = v as SheetModel['visibility'];
    });
  }
  protected override defaultProps(): string[] {
    return ['name', 'visibility'];
  }
  protected propValue(prop: string): unknown {
    const s = this.sheetOf();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'id') return this.context.host.sheetId(s);
    throw new FakeOfficeError('InvalidArgument', `Worksheet has no property '${prop}'`);
  }
  getRange(address?: string): FakeRange {
    const area = areaFromAddress(address);
    return new FakeRange(this.context, this.sheetOf, () => area);
  }
  /** Like Excel, a blank sheet's used range is its top-left cell (it does not throw). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this.sheetOf, (s) => usedArea(s, valuesOnly === true) ?? { top: 1, left: 0, bottom: 1, right: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this.sheetOf, (s) => usedArea(s, valuesOnly === true), true);
  }
  activate(): void {
    this.context.enqueue(true, { activate: true }, () => {
      this.context.host.activeSheet = this.sheetOf().name;
    });
  }
  delete(): void {
    this.context.enqueue(true, { delete: 'worksheet' }, () => {
      const s = this.sheetOf();
      const host = this.context.host;
      if (host.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      host.sheets = host.sheets.filter((x) => x !== s);
    });
  }
  get notes(): FakeNoteCollection {
    this.context.host.requireApi('1.18');
    this.notesProxy ??= new FakeNoteCollection(this.context, this.sheetOf);
    return this.notesProxy;
  }
  get comments(): FakeCommentCollection {
    this.context.host.requireApi('1.10');
    this.commentsProxy ??= new FakeCommentCollection(this.context, this.sheetOf);
    return this.commentsProxy;
  }
  get tables(): FakeTableCollection {
    this.tablesProxy ??= new FakeTableCollection(this.context, this.sheetOf);
    return this.tablesProxy;
  }
}

/** Fake Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeObject {
  private loadedItems: FakeWorksheet[] | null = null;
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }
  /** Like `getItem(key)`, resolves a sheet by its name or its ID (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)). */
  private byName(name: string): SheetResolver {
    return () => {
      const host = this.context.host;
      const s = host.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase() || host.sheetId(x) === name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource '${name}' doesn't exist.`);
      return s;
    };
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.byName(name));
  }
  /** Selection changes on any worksheet (ExcelApi 1.9); see `FakeSelectionEvent`. */
  get onSelectionChanged(): FakeSelectionEvent {
    return new FakeSelectionEvent(this.context, this.context.host.selectionHandlers);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.byName(name), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.byName(this.context.host.activeSheet)());
  }
  /**
   * Add a worksheet. Excel refuses a name that is blank, longer than 31 characters, holds / \ ? * : [ or ], or
   * begins or ends with an apostrophe (https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9;
   * the same rules: https://docs.devexpress.com/OfficeFileAPI/DevExpress.Spreadsheet.Worksheet.Name.property), and a
   * name another sheet has in any case.
   */
  add(name: string): FakeWorksheet {
    this.context.enqueue(true, { add: 'worksheet', name }, () => {
      const host = this.context.host;
      if (name.trim() === '' || name.length > 31 || /[/\\?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
        throw new FakeOfficeError('InvalidArgument', `The worksheet name '${name}' is not valid.`);
      }
      if (host.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' exists.`);
      host.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.context, this.byName(name));
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `WorksheetCollection has no property '${prop}'`);
  }
  protected override execLoad(paths: string[]): unknown {
    const sheets = [...this.context.host.sheets];
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length).split('/'));
    const use = itemPaths.length > 0 ? itemPaths : [['name'], ['visibility']];
    this.loadedItems = sheets.map((s) => new FakeWorksheet(this.context, () => s));
    return this.loadedItems.map((w) => use.map((p) => w.loadPath(p)));
  }
}

/** Fake Excel.NoteCollection (ExcelApi 1.18). */
export class FakeNoteCollection extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
  ) {
    super(context);
  }
  add(cellAddress: string, content: string): FakeNote {
    const at = normal(cellAddress);
    this.context.enqueue(true, { add: 'note', at, content }, () => {
      const s = writable(this.sheetOf());
      if (s.notes.has(at)) throw new FakeOfficeError('InvalidArgument', `The cell ${at} already has a note.`);
      s.notes.set(at, content);
    });
    return new FakeNote(this.context, this.sheetOf, at);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, this.sheetOf, normal(key), true);
  }
  /**
   * The note of a cell (ExcelApi 1.18, https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection#excel-excel-notecollection-getitem-member(1)):
   * no request of its own; a cell without a note makes the command that uses it fail with ItemNotFound.
   */
  getItem(key: string): FakeNote {
    return new FakeNote(this.context, this.sheetOf, normal(key));
  }
  private loadedItems: FakeNote[] | null = null;
  /** The notes of the sheet, once loaded (`items/content`). */
  get items(): FakeNote[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }
  protected override execLoad(paths: string[]): unknown {
    const s = this.sheetOf();
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length).split('/'));
    this.loadedItems = [...s.notes.keys()].map((at) => new FakeNote(this.context, this.sheetOf, at));
    return this.loadedItems.map((item) => itemPaths.map((p) => item.loadPath(p)));
  }
  /** The number of notes on the sheet (ExcelApi 1.18). */
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { count: 'notes' }, () => this.sheetOf().notes.size);
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `NoteCollection has no property '${prop}'`);
  }
}

/** Fake Excel.Note, keyed by its cell. */
export class FakeNote extends FakeObject implements Partial<Pick<Excel.Note, 'content'>> {
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
    private readonly at: string,
    orNull = false,
  ) {
    super(context);
    if (orNull) context.enqueue(false, { resolve: 'note', at }, () => this.setNull(!this.sheetOf().notes.has(at)));
  }
  get content(): string { return this.read('content'); }
  set content(v: string) {
    this.context.enqueue(true, { set: 'note', at: this.at, v }, () => {
      const s = writable(this.sheetOf());
      if (!s.notes.has(this.at)) throw new FakeOfficeError('ItemNotFound', `No note at ${this.at}`);
      s.notes.set(this.at, v);
    });
  }
  delete(): void {
    this.context.enqueue(true, { delete: 'note', at: this.at }, () => {
      const s = writable(this.sheetOf());
      if (!s.notes.delete(this.at)) throw new FakeOfficeError('ItemNotFound', `No note at ${this.at}`);
    });
  }
  protected propValue(prop: string): unknown {
    const note = this.sheetOf().notes.get(this.at);
    if (note === undefined) throw new FakeOfficeError('ItemNotFound', `No note at ${this.at}`);
    if (prop === 'content') return note;
    throw new FakeOfficeError('InvalidArgument', `Note has no property '${prop}'`);
  }
}

/** Fake Excel.CommentCollection of a worksheet (ExcelApi 1.10). */
export class FakeCommentCollection extends FakeObject {
  private loadedItems: FakeComment[] | null = null;
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
  ) {
    super(context);
  }
  get items(): FakeComment[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }
  add(cellAddress: string, content: string): FakeComment {
    const at = normal(cellAddress);
    this.context.enqueue(true, { add: 'comment', at, content }, () => {
      const s = writable(this.sheetOf());
      if (s.comments.has(at)) throw new FakeOfficeError('InvalidArgument', `The cell ${at} already has a comment.`);
      // A cell holds a note or a threaded comment, not both
      // (https://support.microsoft.com/en-us/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3,
      // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-notes); a host with comments
      // (ExcelApi 1.10) but without the notes API (1.18) cannot see the note that makes `add` fail.
      if (s.notes.has(at)) throw new FakeOfficeError('InvalidOperation', `The cell ${at} has a note: it cannot take a threaded comment.`);
      s.comments.set(at, { id: `c${this.context.host.nextId()}`, content });
    });
    return new FakeComment(this.context, this.sheetOf, () => at);
  }
  /** The number of threaded comments on the sheet (ExcelApi 1.10). */
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { count: 'comments' }, () => this.sheetOf().comments.size);
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `CommentCollection has no property '${prop}'`);
  }
  protected override execLoad(paths: string[]): unknown {
    const s = this.sheetOf();
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length).split('/'));
    this.loadedItems = [...s.comments.values()].map((c) => new FakeComment(this.context, this.sheetOf, () => locate(s, c.id)));
    return this.loadedItems.map((item) => itemPaths.map((p) => item.loadPath(p)));
  }
}

function locate(s: SheetModel, id: string): string {
  for (const [at, c] of s.comments) if (c.id === id) return at;
  throw new FakeOfficeError('ItemNotFound', `No comment ${id}`);
}

/** Fake Excel.Comment. */
export class FakeComment extends FakeObject implements Partial<Pick<Excel.Comment, 'content'>> {
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
    private readonly at: () => string,
  ) {
    super(context);
  }
  get content(): string { return this.read('content'); }
  set content(v: string) {
    this.context.enqueue(true, { set: 'comment', v }, () => {
      const s = writable(this.sheetOf());
      const at = this.at();
      const c = s.comments.get(at);
      if (!c) throw new FakeOfficeError('ItemNotFound', 'No comment');
      s.comments.set(at, { ...c, content: v });
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, this.sheetOf, () => areaFromAddress(this.at()));
  }
  delete(): void {
    this.context.enqueue(true, { delete: 'comment' }, () => {
      writable(this.sheetOf()).comments.delete(this.at());
    });
  }
  protected propValue(prop: string): unknown {
    const c = this.sheetOf().comments.get(this.at());
    if (!c) throw new FakeOfficeError('ItemNotFound', 'No comment');
    if (prop === 'content') return c.content;
    throw new FakeOfficeError('InvalidArgument', `Comment has no property '${prop}'`);
  }
}

/** Fake Excel.TableCollection of a worksheet. */
export class FakeTableCollection extends FakeObject {
  private loadedItems: FakeTable[] | null = null;
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
  ) {
    super(context);
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `TableCollection has no property '${prop}'`);
  }
  protected override execLoad(paths: string[]): unknown {
    const s = this.sheetOf();
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length).split('/'));
    this.loadedItems = s.tables.map((t) => new FakeTable(this.context, this.sheetOf, t));
    return this.loadedItems.map((item) => itemPaths.map((p) => item.loadPath(p)));
  }
}

/** Fake Excel.Table. */
export class FakeTable extends FakeObject implements Partial<Pick<Excel.Table, 'name' | 'showHeaders'>> {
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
    private readonly model: SheetModel['tables'][number],
  ) {
    super(context);
  }
  get name(): string { return this.read('name'); }
  get id(): string { return this.read('id'); }
  get showHeaders(): boolean { return this.read('showHeaders'); }
  getRange(): FakeRange {
    return new FakeRange(this.context, this.sheetOf, () => this.model.area);
  }
  protected propValue(prop: string): unknown {
    if (prop === 'name') return this.model.name;
    if (prop === 'showHeaders') return this.model.showHeaders;
    throw new FakeOfficeError('InvalidArgument', `Table has no property '${prop}'`);
  }
}
