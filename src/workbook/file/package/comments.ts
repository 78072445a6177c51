import { MAIN_NS } from './opc';
import { parseRef } from './sheet';
import { attrs, childrenOf, decodeXml, escapeText, inner, openTag, outer, root, tagEnd, type El } from './xml';
import { PatchUnsupported } from './zip';

/** The author of the notes Traguardo writes. */
const AUTHOR = 'Traguardo';
/** The run format of Traguardo's text in a note (Excel's note font). */
const RUN_FORMAT = '<rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>';

const norm = (ref: string): string => ref.replace(/\$/g, '').toUpperCase();

/** The raw prefix of XML text that decodes to `n` characters. */
function rawPrefix(raw: string, n: number): string {
  let count = 0;
  let i = 0;
  while (i < raw.length && count < n) {
    if (raw[i] === '&') {
      const semi = raw.indexOf(';', i);
      if (semi < 0) throw new PatchUnsupported('bad entity');
      count += decodeXml(raw.slice(i, semi + 1)).length;
      i = semi + 1;
    } else {
      count++;
      i++;
    }
  }
  if (count !== n) throw new PatchUnsupported('cannot cut a note inside a character');
  return raw.slice(0, i);
}

const run = (text: string): string => `<r>${RUN_FORMAT}<t xml:space="preserve">${escapeText(text)}</t></r>`;

interface Comment {
  ref: string;
  el: El;
}

/** A comments part (the notes of one sheet): notes added, shortened, extended or removed, the rest kept as it is. */
export class CommentsPart {
  private readonly xml: string;
  private readonly rootEl: El;
  private readonly list: El | null;
  private readonly authorsEl: El | null;
  private readonly comments: Comment[];
  /** The first comment of each cell, by normalised reference (finding one is then constant time). */
  private readonly byRef = new Map<string, Comment>();
  private readonly authors: string[];
  private readonly addedAuthors: string[] = [];
  private readonly edits = new Map<string, string | null>();

  constructor(xml: string | null) {
    this.xml = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    this.rootEl = root(this.xml);
    if (this.rootEl.name !== 'comments') throw new PatchUnsupported(`comments root <${this.rootEl.name}>`);
    const kids = childrenOf(this.xml, this.rootEl);
    this.authorsEl = kids.find((k) => k.name === 'authors') ?? null;
    this.list = kids.find((k) => k.name === 'commentList') ?? null;
    if (!this.authorsEl || !this.list) throw new PatchUnsupported('comments without authors or list');
    this.authors = childrenOf(this.xml, this.authorsEl).map((a) => decodeXml(inner(this.xml, a)));
    this.comments = childrenOf(this.xml, this.list)
      .filter((c) => c.name === 'comment')
      .map((el) => ({ ref: norm(attrs(openTag(this.xml, el))['ref'] ?? ''), el }));
    for (const c of this.comments) if (!this.byRef.has(c.ref)) this.byRef.set(c.ref, c);
  }

  private find(ref: string): Comment | undefined {
    return this.byRef.get(ref);
  }

  private textEl(c: Comment): El | undefined {
    return childrenOf(this.xml, c.el).find((k) => k.name === 'text');
  }

  /** The pieces of a note's text: runs and plain text with their decoded text, in order. */
  private pieces(c: Comment): Array<{ el: El; t: El | null; text: string }> {
    const t = this.textEl(c);
    if (!t) return [];
    const out: Array<{ el: El; t: El | null; text: string }> = [];
    for (const k of childrenOf(this.xml, t)) {
      if (k.name === 't') out.push({ el: k, t: k, text: decodeXml(inner(this.xml, k)) });
      else if (k.name === 'r') {
        const tt = childrenOf(this.xml, k).find((x) => x.name === 't') ?? null;
        out.push({ el: k, t: tt, text: tt ? decodeXml(inner(this.xml, tt)) : '' });
      }
    }
    return out;
  }

  /** The plain text of the note on a cell as it is in the part, or null when the cell has none. */
  text(ref: string): string | null {
    const c = this.find(norm(ref));
    return c ? this.pieces(c).map((p) => p.text).join('') : null;
  }

  private authorId(): number {
    const all = [...this.authors, ...this.addedAuthors];
    const at = all.indexOf(AUTHOR);
    if (at >= 0) return at;
    this.addedAuthors.push(AUTHOR);
    return all.length;
  }

  /**
   * Make the note on `ref` read `desired`: keep the first `keep` characters of the note there (the user's own
   * text, formatting and all) and add the rest as a run of Traguardo's; null removes the note.
   */
  set(ref: string, desired: string | null, keep: number): void {
    const key = norm(ref);
    if (desired === null) {
      this.edits.set(key, null);
      return;
    }
    const c = this.find(key);
    const rest = desired.slice(keep);
    if (!c || keep === 0) {
      const open = c ? openTag(this.xml, c.el) : `<comment ref="${key}" authorId="${this.authorId()}">`;
      const tag = open.endsWith('/>') ? `${open.slice(0, -2).trimEnd()}>` : open;
      this.edits.set(key, `${tag}<text>${run(desired)}</text></comment>`);
      return;
    }
    const t = this.textEl(c);
    if (!t) throw new PatchUnsupported('note without text');
    const kept: string[] = [];
    let acc = 0;
    for (const p of this.pieces(c)) {
      if (acc >= keep) break;
      let piece = outer(this.xml, p.el);
      if (acc + p.text.length > keep) {
        if (!p.t) throw new PatchUnsupported('note run without text');
        const cut = rawPrefix(inner(this.xml, p.t), keep - acc);
        piece = this.xml.slice(p.el.start, p.t.openEnd) + cut + this.xml.slice(p.t.closeStart, p.el.end);
      }
      // ExcelJS and most readers take a note's text from its runs: plain text becomes a run when a run follows.
      if (p.el.name === 't' && rest !== '') piece = `<r>${piece}</r>`;
      kept.push(piece);
      acc += p.text.length;
    }
    const phonetic = childrenOf(this.xml, t).filter((k) => k.name === 'phoneticPr').map((k) => outer(this.xml, k));
    const body = kept.join('') + (rest === '' ? '' : run(rest)) + phonetic.join('');
    this.edits.set(key, this.xml.slice(c.el.start, t.start) + `<text>${body}</text>` + this.xml.slice(t.end, c.el.end));
  }

  get changed(): boolean {
    return this.edits.size > 0;
  }

  /** True when no note is left. */
  get empty(): boolean {
    const kept = this.comments.filter((c) => this.edits.get(c.ref) !== null).length;
    const added = [...this.edits.entries()].filter(([ref, x]) => x !== null && !this.find(ref)).length;
    return kept + added === 0;
  }

  toString(): string {
    const xml = this.xml;
    const list = this.list as El;
    const authorsEl = this.authorsEl as El;
    const pieces: string[] = [];
    const fresh = [...this.edits.entries()]
      .filter(([ref, x]) => x !== null && !this.find(ref))
      .map(([ref, x]) => ({ at: parseRef(ref) ?? { row: 0, col: 0 }, x: x as string }))
      .sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
    const used = new Set<number>();
    let pos = list.openEnd;
    let k = 0;
    for (const c of this.comments) {
      const at = parseRef(c.ref) ?? { row: 0, col: 0 };
      for (let f = fresh[k]; f && f.at.row * 20000 + f.at.col < at.row * 20000 + at.col; f = fresh[++k]) {
        pieces.push(f.x);
        used.add(Number(attrs(f.x)['authorId'] ?? 0));
      }
      pieces.push(xml.slice(pos, c.el.start));
      const edit = this.edits.get(c.ref);
      if (edit === undefined) {
        pieces.push(outer(xml, c.el));
        used.add(Number(attrs(openTag(xml, c.el))['authorId'] ?? 0));
      } else if (edit !== null) {
        pieces.push(edit);
        used.add(Number(attrs(edit)['authorId'] ?? 0));
      }
      pos = c.el.end;
    }
    for (const f of fresh.slice(k)) {
      pieces.push(f.x);
      used.add(Number(attrs(f.x)['authorId'] ?? 0));
    }
    const listText = list.selfClosing ? `<commentList>${pieces.join('')}</commentList>` : `${openTag(xml, list)}${pieces.join('')}${xml.slice(pos, list.closeStart)}</commentList>`;
    // Traguardo's author goes when no note uses it any more (it is last, so no other note's author changes).
    let authorsText = outer(xml, authorsEl);
    const all = [...this.authors, ...this.addedAuthors];
    const addedUsed = this.addedAuthors.length > 0 && used.has(all.length - 1);
    if (addedUsed) {
      const add = this.addedAuthors.map((a) => `<author>${escapeText(a)}</author>`).join('');
      authorsText = authorsEl.selfClosing ? `<authors>${add}</authors>` : `${openTag(xml, authorsEl)}${inner(xml, authorsEl)}${add}</authors>`;
    } else if (this.addedAuthors.length === 0 && this.authors.length > 1 && this.authors[this.authors.length - 1] === AUTHOR && !used.has(this.authors.length - 1)) {
      const kids = childrenOf(xml, authorsEl);
      const last = kids[kids.length - 1] as El;
      authorsText = xml.slice(authorsEl.start, last.start) + xml.slice(last.end, authorsEl.end);
    }
    const [first, second] = authorsEl.start < list.start ? [authorsEl, list] : [list, authorsEl];
    const textOf = (el: El): string => (el === list ? listText : authorsText);
    return xml.slice(0, first.start) + textOf(first) + xml.slice(first.end, second.start) + textOf(second) + xml.slice(second.end);
  }
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>';
const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A legacy drawing (VML) holding the note boxes of a sheet; other shapes (form controls…) are kept as they are. */
export class VmlPart {
  private readonly xml: string;
  private readonly shapes: Array<{ start: number; end: number; row: number | null; col: number | null }>;
  /** Indices of the note shapes by "row,col" (0-based, as VML counts). */
  private readonly notesAt = new Map<string, number[]>();
  private readonly removed = new Set<number>();
  private readonly added: string[] = [];
  private nextId: number;

  constructor(xml: string | null) {
    this.xml = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${VML_HEAD}${NOTE_SHAPETYPE}</xml>`;
    this.shapes = [];
    let max = 1024;
    // One pass: each shape is found from the end of the previous one (never by searching a copy of the rest).
    const nextShape = (from: number): number => {
      for (let j = this.xml.indexOf('<v:shape', from); j >= 0; j = this.xml.indexOf('<v:shape', j + 8)) {
        const ch = this.xml.charCodeAt(j + 8);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) return j;
      }
      return -1;
    };
    for (let i = nextShape(0); i >= 0; ) {
      const openEnd = tagEnd(this.xml, i);
      const close = this.xml[openEnd - 2] === '/' ? openEnd : this.xml.indexOf('</v:shape>', openEnd);
      if (close < 0) throw new PatchUnsupported('unterminated VML shape');
      const end = close === openEnd ? openEnd : close + '</v:shape>'.length;
      const text = this.xml.slice(i, end);
      const isNote = /ObjectType\s*=\s*"Note"/.test(text);
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(text);
      const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(text);
      const shape = { start: i, end, row: isNote && row ? Number(row[1]) : null, col: isNote && col ? Number(col[1]) : null };
      if (shape.row !== null && shape.col !== null) {
        const key = `${shape.row},${shape.col}`;
        this.notesAt.set(key, [...(this.notesAt.get(key) ?? []), this.shapes.length]);
      }
      this.shapes.push(shape);
      i = nextShape(end);
    }
    for (const m of this.xml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
    this.nextId = max + 1;
    if (this.xml.lastIndexOf('</xml>') < 0) throw new PatchUnsupported('VML drawing without </xml>');
  }

  private noteAt(ref: string): number[] {
    const p = parseRef(ref);
    if (!p) return [];
    return (this.notesAt.get(`${p.row - 1},${p.col - 1}`) ?? []).filter((i) => !this.removed.has(i));
  }

  hasNote(ref: string): boolean {
    return this.noteAt(ref).length > 0;
  }

  removeNote(ref: string): void {
    for (const i of this.noteAt(ref)) this.removed.add(i);
  }

  addNote(ref: string): void {
    const p = parseRef(ref);
    if (!p) throw new PatchUnsupported(`bad note address ${ref}`);
    const r = p.row - 1;
    const c = p.col - 1;
    const id = this.nextId++;
    this.added.push(
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:${id - 1024};visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
        '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(r - 1, 0)}, 10, ${c + 3}, 15, ${r + 3}, 4</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`,
    );
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.length > 0;
  }

  /** True when no shape is left. */
  get empty(): boolean {
    return this.shapes.length - this.removed.size + this.added.length === 0;
  }

  toString(): string {
    const xml = this.xml;
    let out = '';
    let pos = 0;
    this.shapes.forEach((s, i) => {
      if (!this.removed.has(i)) return;
      out += xml.slice(pos, s.start);
      pos = s.end;
    });
    const close = xml.lastIndexOf('</xml>');
    let tail = xml.slice(pos, close);
    if (this.added.length > 0 && !xml.includes('_x0000_t202')) tail += NOTE_SHAPETYPE;
    return out + tail + this.added.join('') + xml.slice(close);
  }
}

