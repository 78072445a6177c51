import { isHighlightFormula } from '../../highlight';
import { MAIN_NS, REL_NS } from './opc';
import { Splice, attrOf, attrs, childrenOf, decodeXml, inner, openTag, outer, root, setAttr, walk, type El } from './xml';
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
  /** The row's cells, in column order. */
  cells: CellEntry[];
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
    // Elements found by a tokenizer: markup inside comments, CDATA and processing instructions is text.
    const top = childrenOf(xml, this.rootEl);
    const at = top.findIndex((e) => e.name === 'sheetData');
    if (at < 0) throw new PatchUnsupported('worksheet without sheetData');
    this.dataEl = top[at] as El;
    this.head = top.slice(0, at);
    this.tail = top.slice(at + 1);
  }

  /** The rows of sheetData and their cells, read once with the tokenizer (rows and cells must be in order). */
  private rows(): Map<number, RowEntry> {
    if (this.rowIndex) return this.rowIndex;
    const xml = this.xml;
    const out = new Map<number, RowEntry>();
    let cells: CellEntry[] = [];
    let lastCol = 0;
    let last = 0;
    walk(xml, this.dataEl.openEnd, this.dataEl.closeStart, (el, depth) => {
      if (depth === 1) {
        if (el.name !== 'c') return;
        const ref = attrOf(xml, el.start, 'r');
        const col = ref === null ? lastCol + 1 : (parseRef(ref)?.col ?? 0);
        if (col <= lastCol) throw new PatchUnsupported('cells out of order');
        cells.push({ col, start: el.start, end: el.end });
        lastCol = col;
        return;
      }
      if (depth !== 0) return;
      if (el.name !== 'row') throw new PatchUnsupported(`<${el.name}> in sheetData`);
      const r = attrOf(xml, el.start, 'r');
      const row = r !== null && /^\d+$/.test(r) ? Number(r) : last + 1;
      if (row <= last) throw new PatchUnsupported('rows out of order');
      out.set(row, { ...el, row, cells });
      cells = [];
      lastCol = 0;
      last = row;
    }, 1);
    this.rowIndex = out;
    return out;
  }

  private cellsOf(entry: RowEntry): CellEntry[] {
    return entry.cells;
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
        return { xml, xf: Number(attrOf(xml, 0, 's') ?? 0), spans };
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

  /** The last cell of a row (cells are sorted): the common place of the output column. */
  private lastCell(entry: RowEntry): CellEntry | null {
    return entry.cells[entry.cells.length - 1] ?? null;
  }

  private rebuildRow(entry: RowEntry, mods: Map<number, string | null>): string | null {
    const xml = this.xml;
    if (mods.size === 1 && !entry.selfClosing && !this.spansSet.has(entry.row)) {
      // Fast path: one cell at or after the row's last cell (the output column right of the table).
      const [[col, x]] = [...mods.entries()] as [[number, string | null]];
      const last = this.lastCell(entry);
      const leavesCells = x !== null || entry.cells.length > 1;
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
