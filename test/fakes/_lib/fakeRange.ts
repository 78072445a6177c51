import { areaAddress, excelAreaAddress, parseArea, quoteSheet, type AreaRef } from '../../../src/workbook/address';
import { formatCell } from '../../../src/workbook/file/formatCell';
import { FakeContext, FakeObject, FakeOfficeError } from './context';
import { FakeConditionalFormatCollection } from './fakeConditionalFormats';
import { FormulaRefused, MAX_COL, MAX_ROW, cellKey, checkFormula, emptyCell, type CellModel, type SheetModel } from './model';

export type SheetResolver = () => SheetModel;
type CellScalar = string | number | boolean;

/** Check a sheet may be written; a protected sheet refuses like Excel. */
export function writable(sheet: SheetModel): SheetModel {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The sheet '${sheet.name}' is protected.`);
  return sheet;
}

/** Fake Excel.Range: a rectangle resolved at sync time (an address, the whole sheet, or the used range). */
export class FakeRange extends FakeObject implements Partial<Pick<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>> {
  constructor(
    context: FakeContext,
    readonly sheetOf: SheetResolver,
    private readonly areaOf: (sheet: SheetModel) => AreaRef | null,
    orNull = false,
  ) {
    super(context);
    if (orNull) context.enqueue(false, { resolve: 'range' }, () => this.setNull(this.areaOf(this.sheetOf()) === null));
  }

  /** The area now, or an error for a null range. */
  area(): AreaRef {
    const a = this.areaOf(this.sheetOf());
    if (!a) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
    return a;
  }

  get address(): string { return this.read('address'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get values(): CellScalar[][] { return this.read('values'); }
  set values(v: CellScalar[][]) { this.write('values', v); }
  get text(): string[][] { return this.read('text'); }
  get numberFormat(): string[][] { return this.read('numberFormat'); }
  set numberFormat(v: string[][]) { this.write('numberFormat', v); }
  get formulas(): CellScalar[][] { return this.read('formulas'); }
  set formulas(v: CellScalar[][]) { this.write('formulas', v); }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.host.requireApi('1.6');
    return new FakeConditionalFormatCollection(this.context, this.sheetOf, () => this.area());
  }

  protected override defaultProps(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'text', 'numberFormat'];
  }

  protected propValue(prop: string): unknown {
    const sheet = this.sheetOf();
    const a = this.area();
    switch (prop) {
      // Excel writes whole rows and columns as "1:4" and "A:B" (Range.address,
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-address-member).
      case 'address': return `${quoteSheet(sheet.name)}!${excelAreaAddress(a)}`;
      case 'rowIndex': return a.top - 1;
      case 'columnIndex': return a.left;
      case 'rowCount': return a.bottom - a.top + 1;
      case 'columnCount': return a.right - a.left + 1;
      case 'values':
      case 'text':
      case 'numberFormat':
      case 'formulas':
        return this.matrix(sheet, a, prop);
      default: throw new FakeOfficeError('InvalidArgument', `Range has no property '${prop}'`);
    }
  }

  private matrix(sheet: SheetModel, a: AreaRef, prop: 'values' | 'text' | 'numberFormat' | 'formulas'): unknown[][] {
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 5_000_000) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'Too many cells.');
    const out: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const cell = sheet.cells.get(cellKey(r, c)) ?? emptyCell();
        if (prop === 'values') row.push(cell.value);
        else if (prop === 'numberFormat') row.push(cell.numberFormat);
        else if (prop === 'formulas') row.push(cell.formula ?? cell.value);
        else row.push(cell.text ?? formatCell(cell.value === '' ? null : cell.value, cell.numberFormat));
      }
      out.push(row);
    }
    return out;
  }

  private write(prop: 'values' | 'numberFormat' | 'formulas', matrix: CellScalar[][]): void {
    this.context.enqueue(true, { set: prop, matrix }, () => {
      const sheet = writable(this.sheetOf());
      const a = this.area();
      if (matrix.length !== a.bottom - a.top + 1 || matrix.some((row) => row.length !== a.right - a.left + 1)) {
        throw new FakeOfficeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
      }
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          const key = cellKey(a.top + i, a.left + j);
          const cell = sheet.cells.get(key) ?? emptyCell();
          cell.text = null;
          if (prop === 'numberFormat') cell.numberFormat = String(v);
          else enter(cell, v);
          sheet.cells.set(key, cell);
        }),
      );
    });
  }

  /** The `count` columns right of this range, resolved at sync (ExcelApi 1.2); past the last column fails. */
  getColumnsAfter(count = 1): FakeRange {
    this.context.host.requireApi('1.2');
    if (!Number.isInteger(count) || count < 1) throw new Error(`fake: getColumnsAfter(${count}) not modelled`);
    return new FakeRange(this.context, this.sheetOf, () => {
      const a = this.area();
      if (a.right + count > MAX_COL) throw new FakeOfficeError('InvalidArgument', 'The range is outside the worksheet.');
      return { top: a.top, left: a.right + 1, bottom: a.bottom, right: a.right + count };
    });
  }

  /**
   * The merged areas whose top-left cell lies in this range (ExcelApi 1.13,
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
   * an area that only crosses the range from the left or above is not returned, as the Excel team answered in
   * https://github.com/OfficeDev/office-js/issues/3611. The whole sheet's range returns them all.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.host.requireApi('1.13');
    return new FakeRangeAreas(this.context, this.sheetOf, (sheet) => {
      const a = this.area();
      return sheet.merges.filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right);
    });
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.context.host.requireApi('1.9');
    if (cellType !== 'Visible') throw new Error(`fake: special cells '${cellType}' not modelled`);
    return new FakeRangeAreas(this.context, this.sheetOf, (sheet) => visibleAreas(sheet, this.area()));
  }

  select(): void {
    this.context.enqueue(true, { select: true }, () => {
      this.context.host.selection = { sheet: this.sheetOf().name, address: areaAddress(this.area()) };
    });
  }
}

/**
 * A value written through `values` or `formulas` as Excel takes it: "If the value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member), and a
 * string that reads as a number or a date becomes one ("1.10" → 1.1, "3/4" → 4 March), as when typed. A cell
 * in the Text format "@" keeps the string as it is
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values,
 * https://support.microsoft.com/en-us/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 * A formula whose text constant is over 255 characters is refused (`checkFormula`).
 */
function enter(cell: CellModel, v: CellScalar): void {
  cell.formula = null;
  if (typeof v !== 'string' || v === '' || cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (/^[=+-]/.test(v)) {
    const body = v.startsWith('=') ? v : `=${v}`;
    if (/^[+-]\s*\d+(\.\d+)?$/.test(v)) {
      cell.value = Number(v.replace(/\s/g, ''));
      return;
    }
    try {
      checkFormula(body);
    } catch (err) {
      if (err instanceof FormulaRefused) throw new FakeOfficeError('InvalidArgument', err.message);
      throw err;
    }
    cell.formula = body;
    cell.value = evaluate(body);
    return;
  }
  const n = v.trim();
  if (/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(n)) {
    cell.value = Number(n);
    return;
  }
  const date = /^(\d{1,2})\/(\d{1,2})$/.exec(n);
  if (date) {
    const serial = Math.round((Date.UTC(2026, Number(date[1]) - 1, Number(date[2])) - Date.UTC(1899, 11, 30)) / 86_400_000);
    cell.value = serial;
    if (cell.numberFormat === 'General') cell.numberFormat = 'd-mmm';
    return;
  }
  cell.value = v;
}

/** The few formulas the adapter writes: HYPERLINK shows its friendly name; anything else is #NAME?. */
function evaluate(formula: string): CellScalar {
  const m = /^=HYPERLINK\(".*","(.*)"\)$/i.exec(formula);
  return m ? (m[1] as string) : '#NAME?';
}

/** Fake Excel.RangeAreas: several areas, resolved at sync time; a null object when there are none. */
export class FakeRangeAreas extends FakeObject implements Partial<Pick<Excel.RangeAreas, 'address' | 'areaCount'>> {
  constructor(
    context: FakeContext,
    private readonly sheetOf: SheetResolver,
    private readonly areasOf: (sheet: SheetModel) => AreaRef[],
  ) {
    super(context);
    context.enqueue(false, { resolve: 'areas' }, () => this.setNull(this.areasOf(this.sheetOf()).length === 0));
  }
  get address(): string { return this.read('address'); }
  get areaCount(): number { return this.read('areaCount'); }
  protected propValue(prop: string): unknown {
    const sheet = this.sheetOf();
    const areas = this.areasOf(sheet);
    if (prop === 'areaCount') return areas.length;
    // Unbounded areas come back as whole rows/columns: `getSpecialCellsOrNullObject('Visible')` on a sheet with
    // row 5 hidden answers "Sheet1!1:4,Sheet1!6:1048576", with column C hidden "Sheet1!A:B,Sheet1!D:XFD"
    // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1),
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges).
    if (prop === 'address') return areas.map((a) => `${quoteSheet(sheet.name)}!${excelAreaAddress(a)}`).join(',');
    throw new FakeOfficeError('InvalidArgument', `RangeAreas has no property '${prop}'`);
  }
}

/** Visible cells of an area as rectangles: runs of visible rows × runs of visible columns. */
function visibleAreas(sheet: SheetModel, a: AreaRef): AreaRef[] {
  const runs = (from: number, to: number, hidden: Set<number>): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    const sorted = [...hidden].filter((h) => h >= from && h <= to).sort((x, y) => x - y);
    let start = from;
    for (const h of sorted) {
      if (h > start) out.push([start, h - 1]);
      start = h + 1;
    }
    if (start <= to) out.push([start, to]);
    return out;
  };
  const out: AreaRef[] = [];
  for (const [top, bottom] of runs(a.top, a.bottom, sheet.hiddenRows)) {
    for (const [left, right] of runs(a.left, a.right, sheet.hiddenCols)) out.push({ top, left, bottom, right });
  }
  return out;
}

/** Resolve an address ("A1:B2", "Sheet1!C3") or the whole sheet. */
export function areaFromAddress(address: string | undefined): AreaRef {
  if (address === undefined) return { top: 1, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const a = parseArea(address);
  if (!a) throw new FakeOfficeError('InvalidArgument', `Invalid address '${address}'`);
  return a;
}
