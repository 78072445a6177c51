import { isHighlightFormula } from '../../highlight';
import { MAIN_NS, REL_NS } from './opc';
import { Splice, attrs, children, childrenOf, decodeXml, inner, openTag, outer, root, setAttr, tagEnd, type El } from './xml';
import { PatchUnsupported } from './zip';

/** Order of the children of `worksheet` after `sheetData` (CT_Worksheet). */
const ORDER = [
  'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate',
  'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
  'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors',
  'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
];
/** Where an element of the tail sorts; markup-compatibility blocks hold ole objects or controls. */
const rank = (name: string): number => (name === 'mc:AlternateContent' ? ORDER.indexOf('oleObjects') : ORDER.indexOf(name));

/** Column number (1-based) of a column's letters. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Row and column (1-based) of an A1 address, `$` allowed. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1] as string) } : null;
}

interface RowEntry extends El {
  row: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

interface CellEntry {
  col: number;
  start: number;
  end: number;
}

/** What a cell of the original sheet is: its element (null when it has none) and the cell format it shows. */
export interface CellInfo {
  xml: string | null;
  xf: number;
  /** The `spans` of the cell's row (null when the row has none or does not exist). */
  spans: string | null;
}

/**
 * One worksheet part, patched in place: cells of one column rewritten (rows kept sorted, cells in column
 * order), Traguardo's conditional formats removed and added, the legacy drawing (notes) reference set.
 * Everything else is kept byte for byte.
 */
export class SheetPart {
  private readonly rootEl: El;
  private readonly dataEl: El;
  private readonly tail: El[];
  private readonly head: El[];
  private rowIndex: Map<number, RowEntry> | null = null;
  private readonly cellMods = new Map<number, Map<number, string | null>>();
  private formats: string[] | null = null;
  private removeOurFormats = false;
  private legacy: { id: string | null } | null = null;
  private readonly spansSet = new Map<number, string>();
  private dimensionSet: string | null = null;

  constructor(readonly xml: string) {
    this.rootEl = root(xml);
    if (this.rootEl.name !== 'worksheet') throw new PatchUnsupported(`worksheet root <${this.rootEl.name}>`);
    if (attrs(openTag(xml, this.rootEl))['xmlns'] !== MAIN_NS) throw new PatchUnsupported('worksheet not in the transitional namespace');
    const sd = xml.indexOf('<sheetData', this.rootEl.openEnd);
    if (sd < 0) throw new PatchUnsupported('worksheet without sheetData');
    const sdOpenEnd = tagEnd(xml, sd);
    const selfClosing = xml[sdOpenEnd - 2] === '/';
    const closeStart = selfClosing ? sdOpenEnd : xml.indexOf('</sheetData>', sdOpenEnd);
    if (closeStart < 0) throw new PatchUnsupported('unterminated sheetData');
    const end = selfClosing ? sdOpenEnd : closeStart + '</sheetData>'.length;
    this.dataEl = { name: 'sheetData', start: sd, openEnd: sdOpenEnd, closeStart, end, selfClosing };
    this.head = children(xml, this.rootEl.openEnd, sd);
    this.tail = children(xml, end, this.rootEl.closeStart);
  }

  private rows(): Map<number, RowEntry> {
    if (this.rowIndex) return this.rowIndex;
    const xml = this.xml;
    const out = new Map<number, RowEntry>();
    let i = xml.indexOf('<row', this.dataEl.openEnd);
    let last = 0;
    while (i >= 0 && i < this.dataEl.closeStart) {
      const ch = xml[i + 4];
      if (ch !== ' ' && ch !== '>' && ch !== '/' && ch !== '\n' && ch !== '\t' && ch !== '\r') {
        i = xml.indexOf('<row', i + 4);
        continue;
      }
      const openEnd = tagEnd(xml, i);
      const self = xml[openEnd - 2] === '/';
      const r = /\sr\s*=\s*"(\d+)"/.exec(xml.slice(i, openEnd));
      const row = r ? Number(r[1]) : last + 1;
      if (row <= last) throw new PatchUnsupported('rows out of order');
      const closeStart = self ? openEnd : xml.indexOf('</row>', openEnd);
      if (closeStart < 0) throw new PatchUnsupported('unterminated row');
      const end = self ? openEnd : closeStart + 6;
      out.set(row, { name: 'row', row, start: i, openEnd, closeStart, end, selfClosing: self });
      last = row;
      i = xml.indexOf('<row', end);
    }
    this.rowIndex = out;
    return out;
  }

  private cellsOf(entry: RowEntry): CellEntry[] {
    return this.cellsFrom(entry, entry.openEnd);
  }

  /** The cells of a row from `from` on. */
  private cellsFrom(entry: RowEntry, from: number): CellEntry[] {
    const xml = this.xml;
    const out: CellEntry[] = [];
    let i = xml.indexOf('<c', from);
    let last = 0;
    while (i >= 0 && i < entry.closeStart) {
      const ch = xml.charCodeAt(i + 2);
      // '<c' followed by a space, '>', '/' or a line break: a cell (not '<col…' or similar).
      if (ch !== 32 && ch !== 62 && ch !== 47 && ch !== 10 && ch !== 9 && ch !== 13) {
        i = xml.indexOf('<c', i + 2);
        continue;
      }
      const openEnd = tagEnd(xml, i);
      const self = xml.charCodeAt(openEnd - 2) === 47;
      let col = 0;
      const r = xml.indexOf(' r="', i);
      if (r >= 0 && r < openEnd) {
        for (let j = r + 4; j < openEnd; j++) {
          const code = xml.charCodeAt(j);
          if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
          else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
          else if (code !== 36) break;
        }
      }
      if (col === 0) col = last + 1;
      if (col <= last) throw new PatchUnsupported('cells out of order');
      const end = self ? openEnd : xml.indexOf('</c>', openEnd) + 4;
      if (end < 4) throw new PatchUnsupported('unterminated cell');
      out.push({ col, start: i, end });
      last = col;
      i = xml.indexOf('<c', end);
    }
    return out;
  }

  private colStyles: Array<{ min: number; max: number; style: number }> | null = null;

  private colStyle(col: number): number {
    if (!this.colStyles) {
      const cols = this.head.find((e) => e.name === 'cols');
      this.colStyles = (cols ? childrenOf(this.xml, cols) : []).map((c) => {
        const a = attrs(openTag(this.xml, c));
        return { min: Number(a['min']), max: Number(a['max']), style: Number(a['style'] ?? 0) };
      });
    }
    return this.colStyles.find((c) => c.min <= col && col <= c.max)?.style ?? 0;
  }

  /** A cell of the original sheet. */
  cell(row: number, col: number): CellInfo {
    const entry = this.rows().get(row);
    if (entry) {
      const tag = openTag(this.xml, entry);
      const spans = /\sspans\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? null;
      const last = this.lastCell(entry);
      const c = last === null || last.col < col ? undefined : last.col === col ? last : this.cellsOf(entry).find((x) => x.col === col);
      if (c) {
        const xml = this.xml.slice(c.start, c.end);
        return { xml, xf: Number(/^<c\b[^>]*?\ss\s*=\s*"(\d+)"/.exec(xml)?.[1] ?? 0), spans };
      }
      if (/\scustomFormat\s*=\s*"(1|true)"/.test(tag)) return { xml: null, xf: Number(/\ss\s*=\s*"(\d+)"/.exec(tag)?.[1] ?? 0), spans };
      return { xml: null, xf: this.colStyle(col), spans };
    }
    return { xml: null, xf: this.colStyle(col), spans: null };
  }

  /** The sheet's `dimension` ref, or null. */
  dimension(): string | null {
    const dim = this.head.find((e) => e.name === 'dimension');
    return dim ? (attrs(openTag(this.xml, dim))['ref'] ?? null) : null;
  }

  /** Give back a dimension ref (as it was before Traguardo widened it). */
  setDimension(ref: string): void {
    this.dimensionSet = ref;
  }

  /** Give back a row's `spans` (as it was before Traguardo widened it). */
  setSpans(row: number, spans: string): void {
    this.spansSet.set(row, spans);
  }

  /** Forget every change (the part is then its original again). */
  reset(): void {
    this.cellMods.clear();
    this.formats = null;
    this.removeOurFormats = false;
    this.legacy = null;
    this.spansSet.clear();
    this.dimensionSet = null;
  }

  /** Put a cell element (with its `r`) at a row and column, or remove the cell (null). */
  setCell(row: number, col: number, xml: string | null): void {
    const mods = this.cellMods.get(row) ?? new Map<number, string | null>();
    mods.set(col, xml);
    this.cellMods.set(row, mods);
  }

  private isOurFormat(el: El): boolean {
    const rules = childrenOf(this.xml, el).filter((c) => c.name === 'cfRule');
    if (rules.length === 0) return false;
    return rules.every((r) => {
      if (attrs(openTag(this.xml, r))['type'] !== 'expression') return false;
      return childrenOf(this.xml, r).some((f) => f.name === 'formula' && isHighlightFormula(decodeXml(inner(this.xml, f))));
    });
  }

  /** True when the sheet holds a conditional format of Traguardo's. */
  hasOurFormats(): boolean {
    return this.tail.some((el) => el.name === 'conditionalFormatting' && this.isOurFormat(el));
  }

  /** Highest priority among the conditional formats that stay. */
  maxPriority(): number {
    let max = 0;
    for (const el of this.tail) {
      if (el.name === 'conditionalFormatting' && this.isOurFormat(el)) continue;
      const text = outer(this.xml, el);
      if (!text.includes('cfRule')) continue;
      for (const m of text.matchAll(/<(?:[\w]+:)?cfRule\b[^>]*?\spriority\s*=\s*"(\d+)"/g)) max = Math.max(max, Number(m[1]));
    }
    return max;
  }

  /** Remove Traguardo's conditional formats and add `blocks` (whole `conditionalFormatting` elements). */
  replaceOurFormats(blocks: string[]): void {
    this.removeOurFormats = true;
    this.formats = blocks;
  }

  /** The relationship id of the legacy drawing (the notes' VML), or null. */
  legacyDrawingId(): string | null {
    const el = this.tail.find((e) => e.name === 'legacyDrawing');
    if (!el) return null;
    const a = attrs(openTag(this.xml, el));
    const key = Object.keys(a).find((k) => k === 'r:id' || k.endsWith(':id'));
    return key ? (a[key] ?? null) : null;
  }

  setLegacyDrawing(id: string | null): void {
    this.legacy = { id };
  }

  /** Where an element of the tail goes: before the first element that sorts after it. */
  private insertionPoint(name: string): number {
    const after = this.tail.find((e) => rank(e.name) > rank(name));
    return after ? after.start : this.rootEl.closeStart;
  }

  /** The last cell of a row, found from its end (cells are sorted): the common place of the output column. */
  private lastCell(entry: RowEntry): CellEntry | null {
    const xml = this.xml;
    let i = xml.lastIndexOf('<c', entry.closeStart);
    while (i > entry.openEnd) {
      const ch = xml.charCodeAt(i + 2);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 10 || ch === 9 || ch === 13) break;
      i = xml.lastIndexOf('<c', i - 1);
    }
    if (i < entry.openEnd) return null;
    const cells = this.cellsFrom(entry, i);
    return cells.length === 1 ? (cells[0] as CellEntry) : null;
  }

  private rebuildRow(entry: RowEntry, mods: Map<number, string | null>): string | null {
    const xml = this.xml;
    if (mods.size === 1 && !entry.selfClosing && !this.spansSet.has(entry.row)) {
      // Fast path: one cell at or after the row's last cell (the output column right of the table).
      const [[col, x]] = [...mods.entries()] as [[number, string | null]];
      const last = this.lastCell(entry);
      const leavesCells = x !== null || (last !== null && xml.lastIndexOf('<c', last.start - 1) > entry.openEnd);
      if (last && last.col <= col && (x !== null || last.col === col) && leavesCells) {
        const open = this.widenSpans(openTag(xml, entry), x === null ? [] : [col]);
        if (last.col === col) return `${open}${xml.slice(entry.openEnd, last.start)}${x ?? ''}${xml.slice(last.end, entry.closeStart)}</row>`;
        return `${open}${xml.slice(entry.openEnd, entry.closeStart)}${x}</row>`;
      }
    }
    const cells = this.cellsOf(entry);
    const parts: string[] = [];
    const pending = [...mods.entries()].sort((a, b) => a[0] - b[0]);
    let pos = entry.openEnd;
    let count = 0;
    let k = 0;
    for (const c of cells) {
      while (k < pending.length && (pending[k] as [number, string | null])[0] < c.col) {
        const [, x] = pending[k++] as [number, string | null];
        if (x !== null) {
          parts.push(xml.slice(pos, c.start), x);
          pos = c.start;
          count++;
        }
      }
      parts.push(xml.slice(pos, c.start));
      if (k < pending.length && (pending[k] as [number, string | null])[0] === c.col) {
        const [, x] = pending[k++] as [number, string | null];
        if (x !== null) {
          parts.push(x);
          count++;
        }
      } else {
        parts.push(xml.slice(c.start, c.end));
        count++;
      }
      pos = c.end;
    }
    const rest: string[] = [];
    while (k < pending.length) {
      const [, x] = pending[k++] as [number, string | null];
      if (x !== null) {
        rest.push(x);
        count++;
      }
    }
    let open = openTag(xml, entry);
    if (count === 0 && Object.keys(attrs(open)).every((n) => n === 'r')) return null;
    const given = this.spansSet.get(entry.row);
    if (given !== undefined) open = open.replace(/(\sspans\s*=\s*)"[^"]*"/, `$1"${given}"`);
    else open = this.widenSpans(open, [...mods.entries()].filter(([, x]) => x !== null).map(([c]) => c));
    if (entry.selfClosing) {
      if (count === 0) return open;
      return `${open.slice(0, -2).trimEnd()}>${rest.join('')}</row>`;
    }
    return `${open}${parts.join('')}${xml.slice(pos, entry.closeStart)}${rest.join('')}</row>`;
  }

  /** A row's open tag with its `spans` (when it has one) widened to take in `cols`. */
  private widenSpans(open: string, cols: number[]): string {
    if (cols.length === 0) return open;
    const spans = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(open);
    if (!spans) return open;
    const lo = Math.min(Number(spans[1]), ...cols);
    const hi = Math.max(Number(spans[2]), ...cols);
    if (lo === Number(spans[1]) && hi === Number(spans[2])) return open;
    return open.replace(/(\sspans\s*=\s*)"[^"]*"/, `$1"${lo}:${hi}"`);
  }

  get changed(): boolean {
    return this.cellMods.size > 0 || this.formats !== null || this.legacy !== null || this.dimensionSet !== null;
  }

  toString(): string {
    if (!this.changed) return this.xml;
    const xml = this.xml;
    const s = new Splice(xml);
    if (this.cellMods.size > 0) {
      const rows = this.rows();
      const ordered = [...rows.values()];
      const newRows = new Map<number, string[]>();
      const atEnd: string[] = [];
      let lo = Infinity;
      let hi = 0;
      let loCol = Infinity;
      let hiCol = 0;
      for (const [row, mods] of [...this.cellMods.entries()].sort((a, b) => a[0] - b[0])) {
        for (const [c, x] of mods) {
          if (x === null) continue;
          lo = Math.min(lo, row);
          hi = Math.max(hi, row);
          loCol = Math.min(loCol, c);
          hiCol = Math.max(hiCol, c);
        }
        const entry = rows.get(row);
        if (entry) {
          const text = this.rebuildRow(entry, mods);
          s.replace(entry.start, entry.end, text ?? '');
          continue;
        }
        const cells = [...mods.entries()].filter(([, x]) => x !== null).sort((a, b) => a[0] - b[0]).map(([, x]) => x as string);
        if (cells.length === 0) continue;
        const text = `<row r="${row}">${cells.join('')}</row>`;
        const next = ordered.find((e) => e.row > row);
        if (next) newRows.set(next.start, [...(newRows.get(next.start) ?? []), text]);
        else atEnd.push(text);
      }
      for (const [at, texts] of newRows) s.insert(at, texts.join(''));
      if (atEnd.length > 0) {
        if (this.dataEl.selfClosing) s.replace(this.dataEl.start, this.dataEl.end, `${xml.slice(this.dataEl.start, this.dataEl.openEnd - 2).trimEnd()}>${atEnd.join('')}</sheetData>`);
        else s.insert(this.dataEl.closeStart, atEnd.join(''));
      }
      const dim = this.head.find((e) => e.name === 'dimension');
      if (dim && this.dimensionSet !== null) {
        if (this.dimensionSet !== this.dimension()) s.replace(dim.start, dim.end, setAttr(openTag(xml, dim), 'ref', this.dimensionSet));
      } else if (dim && hi > 0) {
        const tag = openTag(xml, dim);
        const ref = attrs(tag)['ref'] ?? '';
        const [a, b = a] = ref.split(':');
        const p = a ? parseRef(a) : null;
        const q = b ? parseRef(b) : null;
        if (p && q) {
          const next = `${colLetters(Math.min(p.col, loCol))}${Math.min(p.row, lo)}:${colLetters(Math.max(q.col, hiCol))}${Math.max(q.row, hi)}`;
          if (next !== ref) s.replace(dim.start, dim.end, setAttr(tag, 'ref', next));
        }
      }
    }
    if (this.formats !== null) {
      const ours = this.removeOurFormats ? this.tail.filter((e) => e.name === 'conditionalFormatting' && this.isOurFormat(e)) : [];
      for (const el of ours) s.replace(el.start, el.end, '');
      const kept = this.tail.filter((e) => e.name === 'conditionalFormatting' && !ours.includes(e));
      const lastKept = kept[kept.length - 1];
      const at = lastKept ? lastKept.end : this.insertionPoint('conditionalFormatting');
      if (this.formats.length > 0) s.insert(at, this.formats.join(''));
    }
    if (this.legacy !== null) {
      const el = this.tail.find((e) => e.name === 'legacyDrawing');
      const text = this.legacy.id === null ? '' : `<legacyDrawing xmlns:r="${REL_NS}" r:id="${this.legacy.id}"/>`;
      if (el) {
        if (this.legacy.id !== this.legacyDrawingId()) s.replace(el.start, el.end, text);
      } else if (text !== '') s.insert(this.insertionPoint('legacyDrawing'), text);
    }
    return s.toString();
  }
}
