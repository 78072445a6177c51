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

/** The attributes of an open tag (`<c r="A1" s="3">`), decoded. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const body = tag.slice(0, tagEnd(tag, 0)).replace(/^<[^\s>/]+/, '');
  for (let m = re.exec(body); m; m = re.exec(body)) out[m[1] as string] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** An element (or open tag) with one attribute of its open tag set (replaced where present, else added at the end). */
export function setAttr(element: string, name: string, value: string): string {
  const cut = tagEnd(element, 0);
  const tag = element.slice(0, cut);
  const rest = element.slice(cut);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeAttr(value)}"`) + rest;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escapeAttr(value)}"${tag.slice(close)}${rest}`;
}

/** An element (or open tag) without one attribute of its open tag. */
export function removeAttr(element: string, name: string): string {
  const cut = tagEnd(element, 0);
  return element.slice(0, cut).replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`), '') + element.slice(cut);
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

/** The direct child elements between `from` and `to` (the inside of one element). */
export function children(xml: string, from: number, to: number): El[] {
  const out: El[] = [];
  let depth = 0;
  let cur: { name: string; start: number; openEnd: number } | null = null;
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    const next = xml[i + 1];
    if (next === '!') {
      const close = xml.startsWith('<!--', i) ? xml.indexOf('-->', i) + 3 : xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i) + 3 : tagEnd(xml, i);
      if (close < 3) throw new PatchUnsupported('unterminated comment');
      i = xml.indexOf('<', close);
      continue;
    }
    if (next === '?') {
      i = xml.indexOf('<', xml.indexOf('?>', i) + 2);
      continue;
    }
    const end = tagEnd(xml, i);
    if (next === '/') {
      depth--;
      if (depth === 0 && cur) {
        out.push({ ...cur, closeStart: i, end, selfClosing: false });
        cur = null;
      }
      if (depth < 0) throw new PatchUnsupported('unbalanced XML');
    } else {
      const self = xml[end - 2] === '/';
      if (depth === 0) {
        const name = /^<([^\s>/]+)/.exec(xml.slice(i, Math.min(end, i + 200)))?.[1] ?? '';
        if (self) out.push({ name, start: i, openEnd: end, closeStart: end, end, selfClosing: true });
        else cur = { name, start: i, openEnd: end };
      }
      if (!self) depth++;
    }
    i = xml.indexOf('<', end);
  }
  if (depth !== 0) throw new PatchUnsupported('unbalanced XML');
  return out;
}

/** The root element of a part (after the declaration), with its name. */
export function root(xml: string): El {
  const start = xml.search(/<[^?!]/);
  if (start < 0) throw new PatchUnsupported('no root element');
  const openEnd = tagEnd(xml, start);
  const name = /^<([^\s>/]+)/.exec(xml.slice(start, openEnd))?.[1] ?? '';
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
