import { parseAddressList, type AreaRef } from '../../../src/workbook/address';
import { FakeContext, FakeObject, FakeOfficeError } from './context';
import { FakeRange } from './fakeRange';
import { newSheet } from './model';

/**
 * A workbook-scoped name: the sheet and area it refers to (moved by row inserts and deletes, see rowEdits.ts); a
 * null area when every cell it covered was deleted: Excel keeps the name, referring to `=Sheet!#REF!`
 * (https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64:
 * deleting the cells a name refers to leaves the name with a #REF! error), and its range is a null object
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem#excel-excel-nameditem-getrangeornullobject-member(1)).
 */
export interface NameModel {
  sheet: string;
  area: AreaRef | null;
}

/**
 * Fake Excel.NamedItemCollection (ExcelApi 1.4): workbook-scoped names. Like Excel, a name refers to cells, so
 * inserting or deleting rows above or inside it moves or resizes it
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection,
 * https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
export class FakeNamedItemCollection extends FakeObject {
  add(name: string, reference: string): FakeNamedItem {
    this.context.enqueue(true, { add: 'name', name, reference }, () => {
      const names = this.context.host.names;
      if ([...names.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `The name '${name}' exists.`);
      const list = parseAddressList(reference.replace(/^=/, ''));
      const first = list?.[0];
      if (!list || list.length !== 1 || !first || first.sheet === null) throw new FakeOfficeError('InvalidArgument', `Invalid reference '${reference}'`);
      names.set(name, { sheet: first.sheet, area: first.area });
    });
    return new FakeNamedItem(this.context, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name, true);
  }
  /**
   * A name by its name (ExcelApi 1.1, https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-getitem-member(1)):
   * no request of its own; a missing name makes the command that uses it fail with ItemNotFound.
   */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `NamedItemCollection has no property '${prop}'`);
  }
}

/** Fake Excel.NamedItem. */
export class FakeNamedItem extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly key: string,
    orNull = false,
  ) {
    super(context);
    if (orNull) context.enqueue(false, { resolve: 'name', key }, () => this.setNull(this.model() === null));
  }
  private model(): NameModel | null {
    const names = this.context.host.names;
    const k = [...names.keys()].find((n) => n.toLowerCase() === this.key.toLowerCase());
    return k === undefined ? null : (names.get(k) ?? null);
  }
  /** The range the name refers to (ExcelApi 1.4); a null range when the name is gone or its cells were deleted. */
  getRangeOrNullObject(): FakeRange {
    // Whether a host answers a method called on a null object with another null object is not documented; a
    // host option makes it refuse, so the adapter's fallback is tested (`FakeExcelHost.nullChainsRefused`).
    if (this.context.host.nullChainsRefused) {
      this.context.enqueue(false, { check: 'name', key: this.key }, () => {
        if (this.model() === null) throw new FakeOfficeError('ItemNotFound', `The name '${this.key}' does not exist.`);
      });
    }
    const sheetOf = () => {
      const m = this.model();
      return (m && this.context.host.sheets.find((x) => x.name.toLowerCase() === m.sheet.toLowerCase())) || newSheet('');
    };
    return new FakeRange(this.context, sheetOf, () => this.model()?.area ?? null, true);
  }
  delete(): void {
    this.context.enqueue(true, { delete: 'name', key: this.key }, () => {
      const names = this.context.host.names;
      const k = [...names.keys()].find((n) => n.toLowerCase() === this.key.toLowerCase());
      if (k === undefined) throw new FakeOfficeError('ItemNotFound', `No name '${this.key}'`);
      names.delete(k);
    });
  }
  protected propValue(prop: string): unknown {
    const m = this.model();
    if (!m) throw new FakeOfficeError('ItemNotFound', `No name '${this.key}'`);
    if (prop === 'name') return this.key;
    throw new FakeOfficeError('InvalidArgument', `NamedItem has no property '${prop}'`);
  }
}
