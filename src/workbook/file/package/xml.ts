import { PatchUnsupported } from './zip';

/** Text content escaped for XML; characters XML 1.0 forbids are written as Excel does (`_x0001_`). */
export function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the entities and character references of XML text. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Index just after the `>` that ends the tag starting at `i` (a `<`), quotes respected. */
export function tagEnd(xml: string, i: number): number {
  let q = '';
  for (let j = i + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (q) {
      if (ch === q) q = '';
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === '>') return j + 1;
  }
  throw new PatchUnsupported('unterminated tag');
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** One attribute of an open tag: its name, and where its whole text and its value (inside the quotes) are. */
export interface AttrSpan {
  name: string;
  /** Index of the whitespace before the name. */
  start: number;
  /** Index just after the closing quote. */
  end: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * The attributes of the open tag starting at `i` (a `<`), in one pass over its characters: linear whatever the
 * tag holds (no regular expression backtracks over a long token).
 */
export function attrSpans(xml: string, i = 0): AttrSpan[] {
  const end = tagEnd(xml, i);
  const out: AttrSpan[] = [];
  let j = i + 1;
  while (j < end && !isSpace(xml.charCodeAt(j)) && xml[j] !== '>' && xml[j] !== '/') j++;
  while (j < end) {
    const before = j;
    while (j < end && isSpace(xml.charCodeAt(j))) j++;
    const nameStart = j;
    while (j < end) {
      const ch = xml[j];
      if (ch === '=' || ch === '>' || ch === '/' || ch === '"' || ch === "'" || isSpace(xml.charCodeAt(j))) break;
      j++;
    }
    const name = xml.slice(nameStart, j);
    while (j < end && isSpace(xml.charCodeAt(j))) j++;
    if (name === '' || xml[j] !== '=') {
      // Not an attribute (the tag's end, or stray text): step over one character.
      if (j === before || j === nameStart) j++;
      continue;
    }
    j++;
    while (j < end && isSpace(xml.charCodeAt(j))) j++;
    const q = xml[j];
    if (q !== '"' && q !== "'") continue;
    const close = xml.indexOf(q, j + 1);
    if (close < 0 || close >= end) break;
    out.push({ name, start: before, end: close + 1, valueStart: j + 1, valueEnd: close });
    j = close + 1;
  }
  return out;
}

/** The attributes of an open tag (`<c r="A1" s="3">`), decoded. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of attrSpans(tag, 0)) out[a.name] = decodeXml(tag.slice(a.valueStart, a.valueEnd));
  return out;
}

/** One attribute of the open tag at `i`, decoded; null when the tag has none of that name. */
export function attrOf(xml: string, i: number, name: string): string | null {
  const a = attrSpans(xml, i).find((x) => x.name === name);
  return a ? decodeXml(xml.slice(a.valueStart, a.valueEnd)) : null;
}

/** An element (or open tag) with one attribute of its open tag set (replaced where present, else added at the end). */
export function setAttr(element: string, name: string, value: string): string {
  const cut = tagEnd(element, 0);
  const tag = element.slice(0, cut);
  const rest = element.slice(cut);
  const a = attrSpans(tag, 0).find((x) => x.name === name);
  if (a) return `${tag.slice(0, a.valueStart - 1)}"${escapeAttr(value)}"${tag.slice(a.valueEnd + 1)}${rest}`;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escapeAttr(value)}"${tag.slice(close)}${rest}`;
}

/** An element (or open tag) without one attribute of its open tag. */
export function removeAttr(element: string, name: string): string {
  const a = attrSpans(element, 0).find((x) => x.name === name);
  if (!a) return element;
  return element.slice(0, a.start) + element.slice(a.end);
}

/** One element found by `children`: its name, where it starts and ends, and its open tag. */
export interface El {
  name: string;
  start: number;
  /** Index just after the open tag. */
  openEnd: number;
  /** Index of the close tag (`end` for a self-closing element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

export const openTag = (xml: string, el: El): string => xml.slice(el.start, el.openEnd);
export const inner = (xml: string, el: El): string => xml.slice(el.openEnd, el.closeStart);
export const outer = (xml: string, el: El): string => xml.slice(el.start, el.end);
/** The local name of a qualified name (`x:Row` → `Row`). */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Walk the elements between `from` and `to` with a tokenizer that knows comments, CDATA sections and processing
 * instructions (markup inside them is text): `visit` is called as each element closes, with its depth below
 * `from` (0 for the direct children), for elements down to `maxDepth` (deeper ones are only counted, so that
 * walking the top of a large part costs no object per cell). A document type declaration is refused.
 * @throws PatchUnsupported on unbalanced or unterminated markup
 */
export function walk(xml: string, from: number, to: number, visit: (el: El, depth: number) => void, maxDepth = Infinity): void {
  // Elements down to maxDepth are tracked by name (to check their close tags); deeper ones are only counted.
  const open: Array<{ name: string; start: number; openEnd: number }> = [];
  let deep = 0;
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      let close: number;
      if (xml.startsWith('<!--', i)) close = xml.indexOf('-->', i + 4) + 3;
      else if (xml.startsWith('<![CDATA[', i)) close = xml.indexOf(']]>', i + 9) + 3;
      else throw new PatchUnsupported('document type declaration');
      if (close < 3 || close > to) throw new PatchUnsupported('unterminated comment or CDATA');
      i = xml.indexOf('<', close);
      continue;
    }
    if (next === 63 /* ? */) {
      const close = xml.indexOf('?>', i + 2);
      if (close < 0 || close + 2 > to) throw new PatchUnsupported('unterminated processing instruction');
      i = xml.indexOf('<', close + 2);
      continue;
    }
    const end = tagEnd(xml, i);
    if (end > to) throw new PatchUnsupported('unterminated tag');
    if (next === 47 /* / */) {
      if (deep > 0) deep--;
      else {
        const cur = open.pop();
        if (!cur) throw new PatchUnsupported('unbalanced XML');
        const n = cur.name.length;
        if (!xml.startsWith(cur.name, i + 2) || (i + 2 + n !== end - 1 && !isSpace(xml.charCodeAt(i + 2 + n)))) throw new PatchUnsupported(`a close tag does not match <${cur.name}>`);
        visit({ name: cur.name, start: cur.start, openEnd: cur.openEnd, closeStart: i, end, selfClosing: false }, open.length);
      }
    } else {
      const self = xml.charCodeAt(end - 2) === 47;
      if (open.length > maxDepth || deep > 0) {
        if (!self) deep++;
      } else {
        let k = i + 1;
        while (k < end && !isSpace(xml.charCodeAt(k)) && xml[k] !== '>' && xml[k] !== '/') k++;
        const name = xml.slice(i + 1, k);
        if (self) visit({ name, start: i, openEnd: end, closeStart: end, end, selfClosing: true }, open.length);
        else open.push({ name, start: i, openEnd: end });
      }
    }
    i = xml.indexOf('<', end);
  }
  if (open.length !== 0 || deep !== 0) throw new PatchUnsupported('unbalanced XML');
}

/** The direct child elements between `from` and `to` (the inside of one element). */
export function children(xml: string, from: number, to: number): El[] {
  const out: El[] = [];
  walk(xml, from, to, (el) => out.push(el), 0);
  return out;
}

/** The root element of a part (after the declaration, comments and processing instructions), with its name. */
export function root(xml: string): El {
  let start = xml.indexOf('<');
  while (start >= 0) {
    if (xml.startsWith('<?', start)) {
      const close = xml.indexOf('?>', start + 2);
      if (close < 0) break;
      start = xml.indexOf('<', close + 2);
    } else if (xml.startsWith('<!--', start)) {
      const close = xml.indexOf('-->', start + 4);
      if (close < 0) break;
      start = xml.indexOf('<', close + 3);
    } else if (xml[start + 1] === '!') throw new PatchUnsupported('document type declaration');
    else break;
  }
  if (start < 0 || xml[start + 1] === '?' || xml[start + 1] === '!') throw new PatchUnsupported('no root element');
  const openEnd = tagEnd(xml, start);
  let k = start + 1;
  while (k < openEnd && !isSpace(xml.charCodeAt(k)) && xml[k] !== '>' && xml[k] !== '/') k++;
  const name = xml.slice(start + 1, k);
  if (xml[openEnd - 2] === '/') return { name, start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true };
  const closeStart = xml.lastIndexOf(`</${name}`);
  if (closeStart < openEnd) throw new PatchUnsupported(`unterminated <${name}>`);
  return { name, start, openEnd, closeStart, end: tagEnd(xml, closeStart), selfClosing: false };
}

/** Child elements of an element. */
export const childrenOf = (xml: string, el: El): El[] => (el.selfClosing ? [] : children(xml, el.openEnd, el.closeStart));

/** A string built from an original by replacing slices (sorted, non-overlapping). */
export class Splice {
  private readonly edits: Array<{ from: number; to: number; text: string }> = [];
  constructor(private readonly source: string) {}
  replace(from: number, to: number, text: string): void {
    this.edits.push({ from, to, text });
  }
  insert(at: number, text: string): void {
    this.edits.push({ from: at, to: at, text });
  }
  get changed(): boolean {
    return this.edits.length > 0;
  }
  toString(): string {
    const edits = [...this.edits].map((e, i) => ({ ...e, i })).sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
    const parts: string[] = [];
    let pos = 0;
    for (const e of edits) {
      if (e.from < pos) throw new PatchUnsupported('overlapping edits');
      parts.push(this.source.slice(pos, e.from), e.text);
      pos = e.to;
    }
    parts.push(this.source.slice(pos));
    return parts.join('');
  }
}

/**
 * Make `el`'s open tag into a container when it is self-closing: returns the text to put in place of the
 * element with `content` inside.
 */
export function withInner(xml: string, el: El, content: string): string {
  if (!el.selfClosing) return `${openTag(xml, el)}${content}</${el.name}>`;
  const tag = openTag(xml, el);
  return `${tag.slice(0, -2).trimEnd()}>${content}</${el.name}>`;
}
