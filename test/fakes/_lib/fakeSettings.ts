import { FakeContext, FakeObject, FakeOfficeError } from './context';

const SETTINGS_LIMIT = 2 * 1024 * 1024;

/** Fake Excel.SettingCollection (ExcelApi 1.4): key/value pairs saved with the workbook. */
export class FakeSettingCollection extends FakeObject {
  private loadedItems: FakeSetting[] | null = null;
  constructor(context: FakeContext) {
    super(context);
  }
  get items(): FakeSetting[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.loadedItems;
  }
  protected override execLoad(paths: string[]): unknown {
    const itemPaths = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length).split('/'));
    const use = itemPaths.length > 0 ? itemPaths : [['key'], ['value']];
    this.loadedItems = [...this.context.host.settings.keys()].map((k) => new FakeSetting(this.context, k));
    return this.loadedItems.map((item) => use.map((p) => item.loadPath(p)));
  }
  add(key: string, value: unknown): FakeSetting {
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue(true, { add: 'setting', key, value: stored }, () => {
      // Settings hold at most 2 MB in all, not per setting
      // (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
      const settings = this.context.host.settings;
      let total = JSON.stringify(key).length + JSON.stringify(stored).length;
      for (const [k, v] of settings) if (k !== key) total += JSON.stringify(k).length + JSON.stringify(v).length;
      if (total > SETTINGS_LIMIT) throw new FakeOfficeError('GeneralException', 'The settings exceed the 2 MB limit.');
      settings.set(key, stored);
    });
    return new FakeSetting(this.context, key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
  protected propValue(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `SettingCollection has no property '${prop}'`);
  }
}

/** Fake Excel.Setting. */
export class FakeSetting extends FakeObject implements Partial<Pick<Excel.Setting, 'key' | 'value'>> {
  constructor(
    context: FakeContext,
    private readonly settingKey: string,
    orNull = false,
  ) {
    super(context);
    if (orNull) context.enqueue(false, { resolve: 'setting', key: settingKey }, () => this.setNull(!this.context.host.settings.has(settingKey)));
  }
  get key(): string { return this.read('key'); }
  get value(): unknown { return this.read('value'); }
  delete(): void {
    this.context.enqueue(true, { delete: 'setting', key: this.settingKey }, () => {
      if (!this.context.host.settings.delete(this.settingKey)) throw new FakeOfficeError('ItemNotFound', `No setting '${this.settingKey}'`);
    });
  }
  protected override defaultProps(): string[] {
    return ['key', 'value'];
  }
  protected propValue(prop: string): unknown {
    const host = this.context.host;
    if (!host.settings.has(this.settingKey)) throw new FakeOfficeError('ItemNotFound', `No setting '${this.settingKey}'`);
    if (prop === 'key') return this.settingKey;
    if (prop === 'value') return host.settings.get(this.settingKey);
    throw new FakeOfficeError('InvalidArgument', `Setting has no property '${prop}'`);
  }
}
