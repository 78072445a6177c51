import { attrs, childrenOf, escapeAttr, openTag, root, withInner, type El } from './xml';
import { PatchUnsupported, ZipReader, bytesOf, writeZip } from './zip';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** The part a relationship target names, resolved against its source part (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : dirOf(source) + target;
  const out: string[] = [];
  for (const seg of decodeURIComponent(raw).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The target of `part` relative to the folder of `source` ("../comments1.xml"). */
export function relativeTarget(source: string, part: string): string {
  const from = dirOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** The relationships part of a part (`xl/worksheets/_rels/sheet1.xml.rels`). */
export const relsPartOf = (part: string): string => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** An .xlsx package opened for patching: parts as text, edited in memory, written back over the original zip. */
export class OpcPackage {
  private readonly texts = new Map<string, string>();
  private readonly changes = new Map<string, Uint8Array | null>();
  private readonly names = new Map<string, string>();

  constructor(readonly zip: ZipReader) {
    for (const e of zip.entries) this.names.set(e.name.toLowerCase(), e.name);
  }

  /** The part's name as stored (parts are found case-insensitively). */
  private key(part: string): string {
    return this.names.get(part.toLowerCase()) ?? part;
  }

  has(part: string): boolean {
    const k = this.key(part);
    if (this.changes.has(k)) return this.changes.get(k) !== null;
    return this.zip.has(k);
  }

  text(part: string): string {
    const k = this.key(part);
    const cached = this.texts.get(k);
    if (cached !== undefined) return cached;
    if (this.changes.get(k) === null) throw new PatchUnsupported(`part ${part} was removed`);
    const t = this.zip.text(k);
    this.texts.set(k, t);
    return t;
  }

  /** Replace a part's text (a no-op when it is unchanged). */
  set(part: string, text: string): void {
    const k = this.key(part);
    if (!this.names.has(k.toLowerCase())) this.names.set(k.toLowerCase(), k);
    if (this.zip.has(k) && !this.changes.has(k) && this.texts.get(k) === text) return;
    this.texts.set(k, text);
    this.changes.set(k, bytesOf(text));
  }

  remove(part: string): void {
    const k = this.key(part);
    this.texts.delete(k);
    if (this.zip.has(k)) this.changes.set(k, null);
    else this.changes.delete(k);
  }

  get changed(): boolean {
    return this.changes.size > 0;
  }

  /** A part name not used yet: `xl/comments{n}.xml` with the lowest free n. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  relationships(part: string): Relationship[] {
    const relsPart = relsPartOf(part);
    if (!this.has(relsPart)) return [];
    const xml = this.text(relsPart);
    return childrenOf(xml, root(xml))
      .filter((el) => el.name === 'Relationship')
      .map((el) => {
        const a = attrs(openTag(xml, el));
        return { id: a['Id'] ?? '', type: a['Type'] ?? '', target: a['Target'] ?? '', external: a['TargetMode'] === 'External' };
      });
  }

  /** Add a relationship from `part` to `target` (a part name); returns its id. */
  addRelationship(part: string, type: string, target: string): string {
    const relsPart = relsPartOf(part);
    const xml = this.has(relsPart)
      ? this.text(relsPart)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const ids = new Set(this.relationships(part).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const r = root(xml);
    const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(part, target))}"/>`;
    this.set(relsPart, r.selfClosing ? xml.slice(0, r.start) + withInner(xml, r, el) + xml.slice(r.end) : xml.slice(0, r.closeStart) + el + xml.slice(r.closeStart));
    return id;
  }

  removeRelationship(part: string, id: string): void {
    const relsPart = relsPartOf(part);
    if (!this.has(relsPart)) return;
    const xml = this.text(relsPart);
    const els = childrenOf(xml, root(xml)).filter((el) => el.name === 'Relationship');
    const el = els.find((e) => attrs(openTag(xml, e))['Id'] === id);
    if (!el) return;
    if (els.length === 1) {
      this.remove(relsPart);
      return;
    }
    this.set(relsPart, xml.slice(0, el.start) + xml.slice(el.end));
  }

  /** The part a relationship of `part` points to. */
  target(part: string, rel: Relationship): string {
    return resolveTarget(part, rel.target);
  }

  private contentTypes(): { xml: string; els: El[] } {
    const xml = this.text('[Content_Types].xml');
    return { xml, els: childrenOf(xml, root(xml)) };
  }

  setOverride(part: string, contentType: string | null): void {
    const { xml, els } = this.contentTypes();
    const name = `/${part}`.toLowerCase();
    const el = els.find((e) => e.name === 'Override' && (attrs(openTag(xml, e))['PartName'] ?? '').toLowerCase() === name);
    if (contentType === null) {
      if (el) this.set('[Content_Types].xml', xml.slice(0, el.start) + xml.slice(el.end));
      return;
    }
    if (el) return;
    const r = root(xml);
    this.set('[Content_Types].xml', `${xml.slice(0, r.closeStart)}<Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>${xml.slice(r.closeStart)}`);
  }

  ensureDefault(extension: string, contentType: string): void {
    const { xml, els } = this.contentTypes();
    if (els.some((e) => e.name === 'Default' && (attrs(openTag(xml, e))['Extension'] ?? '').toLowerCase() === extension)) return;
    const first = els.find((e) => e.name === 'Override');
    const at = first ? first.start : root(xml).closeStart;
    this.set('[Content_Types].xml', `${xml.slice(0, at)}<Default Extension="${extension}" ContentType="${contentType}"/>${xml.slice(at)}`);
  }

  /** The patched package as zip bytes. */
  save(): Promise<Uint8Array> {
    return writeZip(this.zip, this.changes);
  }
}
