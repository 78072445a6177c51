import { attrs, childrenOf, escapeAttr, outer, removeAttr, root, setAttr, type El } from './xml';
import { PatchUnsupported } from './zip';

/** Excel's built-in number formats (ECMA-376 18.8.30), by id. */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Order of the children of `styleSheet` (CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs' | 'dxfs';
const ITEM: Record<Collection, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf', dxfs: 'dxf' };

interface Group {
  el: El | null;
  items: string[];
  added: string[];
}

/** The stylesheet of a package (xl/styles.xml), with new number formats, cell formats and dxfs appended. */
export class StylesPart {
  private readonly groups = new Map<Collection, Group>();
  private readonly rootEl: El;
  private readonly numFmtMemo = new Map<string, number>();
  private readonly xfMemo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.rootEl = root(xml);
    if (this.rootEl.name !== 'styleSheet') throw new PatchUnsupported(`styles root <${this.rootEl.name}>`);
    const kids = childrenOf(xml, this.rootEl);
    for (const name of Object.keys(ITEM) as Collection[]) {
      const el = kids.find((k) => k.name === name) ?? null;
      const items = el ? childrenOf(xml, el).filter((c) => c.name === ITEM[name]).map((c) => outer(xml, c)) : [];
      this.groups.set(name, { el, items, added: [] });
    }
    if (!this.groups.get('cellXfs')?.el) throw new PatchUnsupported('styles without cellXfs');
  }

  private group(name: Collection): Group {
    return this.groups.get(name) as Group;
  }

  private all(name: Collection): string[] {
    const g = this.group(name);
    return [...g.items, ...g.added];
  }

  /** Index of an item equal to `raw`, appended when there is none. */
  private findOrAdd(name: Collection, raw: string): number {
    const list = this.all(name);
    const at = list.indexOf(raw);
    if (at >= 0) return at;
    this.group(name).added.push(raw);
    return list.length;
  }

  get changed(): boolean {
    return [...this.groups.values()].some((g) => g.added.length > 0);
  }

  private formatCode(id: number): string | null {
    for (const raw of this.all('numFmts')) {
      const a = attrs(raw);
      if (Number(a['numFmtId']) === id) return a['formatCode'] ?? null;
    }
    return BUILTIN[id] ?? null;
  }

  /** The id of a number format code: built-in, already defined, or a new custom one. */
  numFmtId(code: string): number {
    const memo = this.numFmtMemo.get(code);
    if (memo !== undefined) return memo;
    let id = -1;
    const builtin = Object.entries(BUILTIN).find(([, c]) => c === code);
    if (builtin) id = Number(builtin[0]);
    let max = 163;
    for (const raw of this.all('numFmts')) {
      const a = attrs(raw);
      const n = Number(a['numFmtId']);
      if (id < 0 && a['formatCode'] === code) id = n;
      if (Number.isFinite(n)) max = Math.max(max, n);
    }
    if (id < 0) {
      id = max + 1;
      this.group('numFmts').added.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    this.numFmtMemo.set(code, id);
    return id;
  }

  get xfCount(): number {
    return this.all('cellXfs').length;
  }

  private xf(index: number): string {
    const raw = this.all('cellXfs')[index];
    if (raw === undefined) throw new PatchUnsupported(`no cell format ${index}`);
    return raw;
  }

  /**
   * Everything a cell format means, independent of the indices of this stylesheet: the xf without its ids,
   * and the font, fill, border, number format code and cell style it points to.
   */
  signature(index: number): string {
    const raw = this.xf(index);
    const a = attrs(raw);
    const pick = (name: Collection, id: string | undefined): string | null => (id === undefined ? null : (this.all(name)[Number(id)] ?? null));
    let bare = raw;
    for (const name of ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId']) bare = removeAttr(bare, name);
    return JSON.stringify({
      xf: bare,
      numFmt: a['numFmtId'] === undefined ? null : this.formatCode(Number(a['numFmtId'])),
      font: pick('fonts', a['fontId']),
      fill: pick('fills', a['fillId']),
      border: pick('borders', a['borderId']),
      style: pick('cellStyleXfs', a['xfId']),
    });
  }

  /** A cell format with this signature: `hint` when it still has it, else an equal one, else a new one. */
  xfFor(signature: string, hint: number | null): number {
    const key = `${hint ?? ''}|${signature}`;
    const memo = this.xfMemo.get(key);
    if (memo !== undefined) return memo;
    const found = this.findXf(signature, hint);
    this.xfMemo.set(key, found);
    return found;
  }

  private findXf(signature: string, hint: number | null): number {
    if (hint !== null && hint < this.xfCount && this.signature(hint) === signature) return hint;
    for (let i = 0; i < this.xfCount; i++) if (this.signature(i) === signature) return i;
    const s = JSON.parse(signature) as { xf: string; numFmt: string | null; font: string | null; fill: string | null; border: string | null; style: string | null };
    let raw = s.xf;
    if (s.numFmt !== null) raw = setAttr(raw, 'numFmtId', String(this.numFmtId(s.numFmt)));
    if (s.font !== null) raw = setAttr(raw, 'fontId', String(this.findOrAdd('fonts', s.font)));
    if (s.fill !== null) raw = setAttr(raw, 'fillId', String(this.findOrAdd('fills', s.fill)));
    if (s.border !== null) raw = setAttr(raw, 'borderId', String(this.findOrAdd('borders', s.border)));
    if (s.style !== null) {
      const at = this.all('cellStyleXfs').indexOf(s.style);
      raw = setAttr(raw, 'xfId', String(Math.max(at, 0)));
    }
    return this.findOrAdd('cellXfs', raw);
  }

  /** The cell format `index` with its number format replaced by `code`. */
  withNumFmt(index: number, code: string): number {
    const key = `${index}|${code}`;
    const memo = this.xfMemo.get(key);
    if (memo !== undefined) return memo;
    const found = this.cloneWithNumFmt(index, code);
    this.xfMemo.set(key, found);
    return found;
  }

  private cloneWithNumFmt(index: number, code: string): number {
    const raw = this.xf(index);
    if (this.formatCode(Number(attrs(raw)['numFmtId'] ?? 0)) === code) return index;
    const changed = setAttr(setAttr(raw, 'numFmtId', String(this.numFmtId(code))), 'applyNumberFormat', '1');
    return this.findOrAdd('cellXfs', changed);
  }

  /** A differential format (conditional formats) with a solid fill and a font colour, both RRGGBB. */
  dxf(fill: string, font: string): number {
    return this.findOrAdd('dxfs', `<dxf><font><color rgb="FF${font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`);
  }

  toString(): string {
    if (!this.changed) return this.xml;
    const xml = this.xml;
    const edits: Array<{ at: number; to: number; text: string }> = [];
    for (const [name, g] of this.groups) {
      if (g.added.length === 0) continue;
      const count = g.items.length + g.added.length;
      if (g.el) {
        const open = setAttr(xml.slice(g.el.start, g.el.openEnd), 'count', String(count));
        const body = g.el.selfClosing ? '' : xml.slice(g.el.openEnd, g.el.closeStart);
        const tag = g.el.selfClosing ? `${open.slice(0, -2).trimEnd()}>` : open;
        edits.push({ at: g.el.start, to: g.el.end, text: `${tag}${body}${g.added.join('')}</${g.el.name}>` });
      } else {
        const kids = childrenOf(xml, this.rootEl);
        const after = kids.find((k) => ORDER.indexOf(k.name) > ORDER.indexOf(name));
        const at = after ? after.start : this.rootEl.closeStart;
        edits.push({ at, to: at, text: `<${name} count="${count}">${g.added.join('')}</${name}>` });
      }
    }
    edits.sort((a, b) => a.at - b.at);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      out += xml.slice(pos, e.at) + e.text;
      pos = e.to;
    }
    return out + xml.slice(pos);
  }
}
