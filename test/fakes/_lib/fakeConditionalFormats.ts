import type { AreaRef } from '../../../src/workbook/address';
import { FakeContext, FakeObject, FakeOfficeError } from './context';
import { FormulaRefused, checkFormula, intersects, type ConditionalFormatModel, type SheetModel } from './model';
import { writable } from './fakeRange';

type ModelRef = () => ConditionalFormatModel;

/** Fake Excel.ConditionalFormatCollection of a range: the formats that intersect it. */
export class FakeConditionalFormatCollection extends FakeObject {
  private loadedItems: FakeConditionalFormat[] | null = null;
  constructor(
    context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    private readonly areaOf: () => AreaRef,
  ) {
    super(context);
  }

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) return this.read('items');
    return this.loadedItems;
  }

  add(type: string): FakeConditionalFormat {
    let model: ConditionalFormatModel | null = null;
    const ref: ModelRef = () => {
      if (!model) throw new FakeOfficeError('ItemNotFound', 'The conditional format does not exist.');
      return model;
    };
    const cf = new FakeConditionalFormat(this.context, this.sheetOf, ref);
    this.context.enqueue(true, { add: 'conditionalFormat', type }, () => {
      const sheet = writable(this.sheetOf());
      model = { id: this.context.host.nextId(), area: this.areaOf(), type, formula: '', fill: null, fontColor: null };
      sheet.conditionalFormats.push(model);
    });
    return cf;
  }

  /**
   * Clear the conditional formats active on the range (ExcelApi 1.6,
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member(1)):
   * a rule inside the range goes, a rule reaching past it keeps the rows outside (only end rows are modelled).
   */
  clearAll(): void {
    this.context.enqueue(true, { clearAll: 'conditionalFormats' }, () => {
      const sheet = writable(this.sheetOf());
      const a = this.areaOf();
      sheet.conditionalFormats = sheet.conditionalFormats.flatMap((m) => {
        if (!intersects(m.area, a)) return [m];
        const inside = m.area.top >= a.top && m.area.bottom <= a.bottom && m.area.left >= a.left && m.area.right <= a.right;
        if (inside) return [];
        if (m.area.left >= a.left && m.area.right <= a.right) {
          if (m.area.top < a.top && m.area.bottom <= a.bottom) return [{ ...m, area: { ...m.area, bottom: a.top - 1 } }];
          if (m.area.top >= a.top && m.area.bottom > a.bottom) return [{ ...m, area: { ...m.area, top: a.bottom + 1 } }];
        }
        throw new Error('fake: clearAll splitting a rule is not modelled');
      });
    });
  }

  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormatCollection has no property '${prop}'`);
  }

  protected override execLoad(paths: string[]): unknown {
    const sheet = this.sheetOf();
    const area = this.areaOf();
    const models = sheet.conditionalFormats.filter((m) => intersects(m.area, area));
    const items = models.map((m) => new FakeConditionalFormat(this.context, this.sheetOf, () => m));
    this.loadedItems = items;
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length).split('/'));
    return items.map((item) => itemPaths.map((p) => item.loadPath(p)));
  }
}

/** Fake Excel.ConditionalFormat (custom type only). */
export class FakeConditionalFormat extends FakeObject implements Partial<Pick<Excel.ConditionalFormat, 'type'>> {
  constructor(
    context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    private readonly model: ModelRef,
  ) {
    super(context);
  }
  private customProxy: FakeCustomConditionalFormat | null = null;
  private customOrNullProxy: FakeCustomConditionalFormat | null = null;
  get type(): Excel.ConditionalFormatType | 'Custom' { return this.read('type'); }
  get custom(): FakeCustomConditionalFormat {
    this.customProxy ??= new FakeCustomConditionalFormat(this.context, this.sheetOf, this.model);
    return this.customProxy;
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    this.customOrNullProxy ??= new FakeCustomConditionalFormat(this.context, this.sheetOf, this.model, true);
    return this.customOrNullProxy;
  }
  protected override child(prop: string): FakeObject | null {
    if (/^cellValue/.test(prop) || prop === 'format') {
      // Reading a rule's properties throws once its range holds a second rule of its kind
      // (https://github.com/OfficeDev/office-js/issues/6827, https://github.com/OfficeDev/office-js/issues/6835);
      // only a single cellValue rule is readable here, and Traguardo never reads a user's rule.
      const m = this.model();
      const twins = this.sheetOf().conditionalFormats.filter((x) => x.type === m.type && intersects(x.area, m.area));
      if (twins.length > 1) throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
      throw new Error(`fake: '${prop}' of a conditional format is not modelled`);
    }
    return prop === 'custom' ? this.custom : prop === 'customOrNullObject' ? this.customOrNullObject : null;
  }
  protected propValue(prop: string): unknown {
    if (prop === 'type') return this.model().type;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormat has no property '${prop}'`);
  }
  delete(): void {
    this.context.enqueue(true, { delete: 'conditionalFormat' }, () => {
      const sheet = writable(this.sheetOf());
      this.context.host.ruleDeletes++;
      const m = this.model();
      // Deleting a "Format only cells that contain" (cellValue) rule fails with ItemNotFound when a second such rule
      // shares its cells (https://github.com/OfficeDev/office-js/issues/5222, open). Reported for cellValue rules
      // only: Traguardo deletes only its own Custom rules (and clears its own output column with `clearAll`).
      if (m.type === 'CellValue' && sheet.conditionalFormats.some((x) => x !== m && x.type === m.type && intersects(x.area, m.area))) {
        throw new FakeOfficeError('ItemNotFound', 'Item Not Found.');
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== m);
    });
  }
}

/** Fake Excel.CustomConditionalFormat: a rule and a format. */
export class FakeCustomConditionalFormat extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    private readonly model: ModelRef,
    private readonly orNull = false,
  ) {
    super(context);
  }
  private ruleProxy: FakeRule | null = null;
  private formatProxy: { fill: FakeColor; font: FakeColor } | null = null;
  get rule(): FakeRule {
    this.ruleProxy ??= new FakeRule(this.context, this.sheetOf, this.model, this.orNull);
    return this.ruleProxy;
  }
  get format(): { fill: FakeColor; font: FakeColor } {
    this.formatProxy ??= { fill: new FakeColor(this.context, this.sheetOf, this.model, 'fill'), font: new FakeColor(this.context, this.sheetOf, this.model, 'fontColor') };
    return this.formatProxy;
  }
  override loadPath(path: string[]): unknown {
    if (this.orNull) this.setNull(this.model().type !== 'Custom');
    return super.loadPath(path);
  }
  protected override child(prop: string): FakeObject | null {
    return prop === 'rule' ? this.rule : null;
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `CustomConditionalFormat has no property '${prop}'`);
  }
}

/** Fake Excel.ConditionalFormatRule. */
export class FakeRule extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    private readonly model: ModelRef,
    private readonly orNull: boolean,
  ) {
    super(context);
  }
  get formula(): string { return this.read('formula'); }
  set formula(v: string) {
    this.context.enqueue(true, { set: 'formula', v }, () => {
      writable(this.sheetOf());
      try {
        checkFormula(v);
      } catch (err) {
        if (err instanceof FormulaRefused) throw new FakeOfficeError('InvalidArgument', err.message);
        throw err;
      }
      this.model().formula = v;
    });
  }
  protected propValue(prop: string): unknown {
    const m = this.model();
    if (this.orNull && m.type !== 'Custom') return null;
    if (prop === 'formula') return m.formula;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormatRule has no property '${prop}'`);
  }
}

/** Fake fill or font of a conditional format: only its colour. */
export class FakeColor extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly sheetOf: () => SheetModel,
    private readonly model: ModelRef,
    private readonly which: 'fill' | 'fontColor',
  ) {
    super(context);
  }
  get color(): string { return this.read('color'); }
  set color(v: string) {
    this.context.enqueue(true, { set: this.which, v }, () => {
      writable(this.sheetOf());
      this.model()[this.which] = v;
    });
  }
  protected propValue(prop: string): unknown {
    if (prop === 'color') return this.model()[this.which];
    throw new FakeOfficeError('InvalidArgument', `No property '${prop}'`);
  }
}
