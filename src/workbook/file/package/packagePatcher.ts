import type ExcelJS from 'exceljs';
import { BAND_STYLE } from '../../highlight';
import { anchorName } from '../../anchor';
import { fileAnchorRef } from '../anchor';
import { composeNote, userPart } from '../../noteText';
import { encodeState, firstBefore, isEmptyState, type AppliedEdit, type PatchTable, type PatchToken, type SheetState, type WorkbookState } from '../../state';
import { CommentsPart, VmlPart } from './comments';
import { CT, OpcPackage, REL, REL_NS } from './opc';
import { SheetPart, colLetters, colNumber, type CellInfo } from './sheet';
import { StylesPart } from './styles';
import { attrs, childrenOf, escapeAttr, escapeText, openTag, root, setAttr } from './xml';
import { PatchUnsupported, ZipReader, textOf } from './zip';

/** A cell's token with its entry in the record's format table, or null when the record lacks them. */
function tokenOf(record: AppliedEdit, column: string, row: number): { token: PatchToken; entry: PatchTable['xfs'][number] } | null {
  const group = record.cells.find((c) => c.column === column && c.rows.includes(row));
  const before = group?.before[String(row)];
  const token = before && 'value' in before ? before.patch : undefined;
  const entry = token ? record.patch?.xfs[token.xf] : undefined;
  return token && entry ? { token, entry } : null;
}

/** The worksheet parts of a workbook by sheet name, and the workbook's own part. */
interface Layout {
  workbook: string;
  styles: string;
  sheets: Map<string, string>;
}

const RENDERABLE_CELL = /^<c\b[^>]*?(?:\/>|>(?:<v>[^<]*<\/v>)?<\/c>)$/;

/**
 * The "package patch" save path of the file adapter: the scored (or cleared) workbook is written by patching
 * the original .xlsx package. Parts Traguardo does not touch (charts, drawings, pivot tables, custom XML, the
 * add-in's settings…) are copied as they are, compressed bytes and all; the parts its changes touch are edited
 * in place: the scored sheets (output cells, conditional formats, legacy drawing), styles, notes and their VML,
 * relationships, content types, and the very hidden state sheet.
 */
export class PackagePatcher {
  private readonly layout: Layout;
  private readonly original: OpcPackage;
  private readonly sheetsRead = new Map<string, SheetPart>();
  private stylesRead: StylesPart | null = null;
  /** Worksheet parts being inflated in the background since the package was opened. */
  private readonly pending = new Map<string, Promise<string>>();

  private constructor(readonly zip: ZipReader) {
    this.original = new OpcPackage(zip);
    this.layout = readLayout(this.original);
    for (const [name, part] of this.layout.sheets) {
      const p = zip.readAsync(part).then((b) => textOf(b));
      p.catch(() => undefined);
      this.pending.set(name, p);
    }
  }

  /** Wait for the worksheet of `sheet` inflated in the background (while ExcelJS reads the workbook). */
  async prepare(sheet: string): Promise<void> {
    const p = this.pending.get(sheet);
    if (!p || this.sheetsRead.has(sheet)) return;
    try {
      this.sheetsRead.set(sheet, new SheetPart(await p));
    } catch (err) {
      if (err instanceof PatchUnsupported) throw err;
    }
  }

  /** @throws PatchUnsupported when the package is not one the patcher handles safely */
  static open(bytes: Uint8Array): PackagePatcher {
    return new PackagePatcher(new ZipReader(bytes));
  }

  private sheetPart(name: string): string {
    const part = this.layout.sheets.get(name);
    if (!part) throw new PatchUnsupported(`no worksheet part for "${name}"`);
    return part;
  }

  private readSheet(name: string): SheetPart {
    let sp = this.sheetsRead.get(name);
    if (!sp) {
      sp = new SheetPart(this.original.text(this.sheetPart(name)));
      this.sheetsRead.set(name, sp);
    }
    return sp;
  }

  private styles(): StylesPart {
    if (!this.stylesRead) this.stylesRead = new StylesPart(this.original.text(this.layout.styles));
    return this.stylesRead;
  }

  /**
   * Add to a sheet's new state what the package patch needs to restore its output cells later: each cell's
   * element as it was in the original and its cell format by signature. Cells Traguardo already wrote in the
   * package take the record stored with them.
   * @throws PatchUnsupported when a cell cannot be restored from the package (a formula, a shared string, or a
   * state written without package records)
   */
  recordOriginals(sheet: string, inPackage: SheetState | undefined, added: SheetState): void {
    if (added.cells.length === 0) return;
    const table: PatchTable = { xfs: [] };
    const oldDim = inPackage?.patch?.dimension;
    const dim = oldDim ?? this.readSheet(sheet).dimension();
    if (typeof dim === 'string') table.dimension = dim;
    const key = (sig: string, hint: number): number => {
      const at = table.xfs.findIndex((x) => x.sig === sig);
      if (at >= 0) return at;
      table.xfs.push({ sig, hint });
      return table.xfs.length - 1;
    };
    const sigMemo = new Map<number, string>();
    for (const group of added.cells) {
      const col = colNumber(group.column);
      for (const row of group.rows) {
        const before = group.before[String(row)];
        if (!before || !('value' in before)) throw new PatchUnsupported('output cell without a record');
        let xml: string | null;
        let sig: string;
        let hint: number;
        let spans: string | null = null;
        const wroteBefore = inPackage && firstBefore([inPackage], group.column, row) !== undefined;
        if (inPackage && wroteBefore) {
          const prev = tokenOf(inPackage, group.column, row);
          if (!prev) throw new PatchUnsupported('state without package records');
          xml = prev.token.xml;
          sig = prev.entry.sig;
          hint = prev.entry.hint;
          spans = prev.token.spans ?? null;
        } else {
          const info: CellInfo = this.readSheet(sheet).cell(row, col);
          if (info.xml !== null && (!RENDERABLE_CELL.test(info.xml) || /\st\s*=\s*"s"/.test(info.xml))) throw new PatchUnsupported(`output cell ${group.column}${row} holds data`);
          xml = info.xml;
          hint = info.xf;
          spans = info.spans;
          sig = sigMemo.get(info.xf) ?? this.styles().signature(info.xf);
          sigMemo.set(info.xf, sig);
        }
        before.patch = spans === null ? { xml, xf: key(sig, hint) } : { xml, xf: key(sig, hint), spans };
      }
    }
    added.patch = table;
  }

  /**
   * The patched package. `inPackage` is the state the original package holds, `state` the state to write;
   * `dirty` the sheets applied or cleared; `notes` the note texts of the last plan applied to each sheet.
   * @throws PatchUnsupported when some change cannot be made safely (the caller falls back to a full rewrite)
   */
  async save(args: {
    inPackage: WorkbookState;
    state: WorkbookState;
    /** False when nothing changed the stored state since loading (the state sheet is then left as it is). */
    stateChanged: boolean;
    /** The state sheet's name in the original package and in the model now (null: none), found by its signature. */
    stateSheet: { inPackage: string | null; now: string | null };
    dirty: ReadonlySet<string>;
    notes: ReadonlyMap<string, ReadonlyMap<string, string>>;
    model: ExcelJS.Workbook;
  }): Promise<Uint8Array> {
    const pkg = new OpcPackage(this.zip);
    let styles: StylesPart | null = null;
    const stylesOf = (): StylesPart => (styles ??= new StylesPart(this.original.text(this.layout.styles)));
    for (const sheet of args.dirty) {
      const old = args.inPackage.sheets[sheet];
      const now = args.state.sheets[sheet];
      if (old?.findingsSheet || now?.findingsSheet) throw new PatchUnsupported('findings sheet');
      const part = this.sheetPart(sheet);
      await this.prepare(sheet);
      const sp = this.readSheet(sheet);
      sp.reset();
      if (!old && !now && !sp.xml.includes('Traguardo')) continue;
      // The inverse of the record in the package: each cell it wrote gets its element and format back.
      const nowCells = new Set((now?.cells ?? []).flatMap((c) => c.rows.map((r) => `${c.column}${r}`)));
      for (const group of old?.cells ?? []) {
        const col = colNumber(group.column);
        for (const row of group.rows) {
          const rec = old ? tokenOf(old, group.column, row) : null;
          if (!rec) throw new PatchUnsupported('state without package records');
          sp.setCell(row, col, rec.token.xml === null ? null : withStyle(rec.token.xml, stylesOf().xfFor(rec.entry.sig, rec.entry.hint)));
          if (typeof rec.token.spans === 'string' && !nowCells.has(`${group.column}${row}`)) sp.setSpans(row, rec.token.spans);
        }
      }
      if ((!now || now.cells.length === 0) && typeof old?.patch?.dimension === 'string') sp.setDimension(old.patch.dimension);
      // The edit: each cell written, rendered from the model on its original cell format.
      if (now && now.cells.length > 0) {
        const ws = args.model.getWorksheet(sheet);
        if (!ws) throw new PatchUnsupported(`no sheet ${sheet} in the model`);
        for (const group of now.cells) {
          const col = colNumber(group.column);
          for (const row of group.rows) {
            const rec = tokenOf(now, group.column, row);
            if (!rec) throw new PatchUnsupported('state without package records');
            const base = stylesOf().xfFor(rec.entry.sig, rec.entry.hint);
            sp.setCell(row, col, renderCell(`${colLetters(col)}${row}`, ws.getCell(row, col), base, stylesOf()));
          }
        }
      }
      if ((old?.highlights.length ?? 0) > 0 || (now?.highlights.length ?? 0) > 0 || sp.hasOurFormats()) {
        let priority = sp.maxPriority();
        const blocks = (now?.highlights ?? []).map((h) => {
          const s = BAND_STYLE[h.band];
          const dxf = stylesOf().dxf(s.fill.replace('#', '').toUpperCase(), s.font.replace('#', '').toUpperCase());
          return `<conditionalFormatting sqref="${escapeAttr(h.ref)}"><cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><formula>${escapeText(h.formula)}</formula></cfRule></conditionalFormatting>`;
        });
        sp.replaceOurFormats(blocks);
      }
      const noteCells = new Set([...(old?.notes ?? []), ...(now?.notes ?? [])].map((n) => n.address));
      if (noteCells.size > 0) patchNotes(pkg, part, sp, old, now, args.notes.get(sheet) ?? new Map());
      pkg.set(part, sp.toString());
    }
    // The name over each output column (see file/anchor.ts): where this save's record puts it, or gone.
    for (const sheet of args.dirty) {
      const now = args.state.sheets[sheet];
      const ref = now?.anchor && now.column !== null ? fileAnchorRef(sheet, now.column, now.anchor.top, now.anchor.bottom) : null;
      setDefinedName(pkg, this.layout.workbook, anchorName(sheet), ref);
    }
    if (styles && (styles as StylesPart).changed) pkg.set(this.layout.styles, (styles as StylesPart).toString());
    if (args.stateChanged) writeStateSheet(pkg, this.layout, args.state, args.stateSheet);
    return pkg.save();
  }
}

/**
 * Set a workbook-scoped defined name in `xl/workbook.xml` (null: remove it). `definedNames` follows `sheets`,
 * `functionGroups` and `externalReferences` (ECMA-376 Part 1, 18.2.27 CT_Workbook); an element left empty goes.
 */
function setDefinedName(pkg: OpcPackage, part: string, name: string, ref: string | null): void {
  const xml = pkg.text(part);
  const own = new RegExp(`<definedName\\b[^>]*\\bname="${name}"[^>]*>[^<]*</definedName>`, 'i');
  const el = ref === null ? '' : `<definedName name="${name}">${escapeText(ref)}</definedName>`;
  let next: string;
  if (own.test(xml)) next = xml.replace(own, el);
  else if (ref === null) return;
  else if (/<definedNames\s*\/>/.test(xml)) next = xml.replace(/<definedNames\s*\/>/, `<definedNames>${el}</definedNames>`);
  else if (xml.includes('</definedNames>')) next = xml.replace('</definedNames>', `${el}</definedNames>`);
  else {
    const after = ['</externalReferences>', '</functionGroups>', '</sheets>'].find((t) => xml.includes(t));
    if (after === undefined) throw new PatchUnsupported('workbook without sheets');
    const at = xml.indexOf(after) + after.length;
    next = `${xml.slice(0, at)}<definedNames>${el}</definedNames>${xml.slice(at)}`;
  }
  next = next.replace(/<definedNames>\s*<\/definedNames>/, '');
  if (next !== xml) pkg.set(part, next);
}

/** The element of an output cell: a number in the percent format, or text, on the original cell format. */
function renderCell(address: string, cell: ExcelJS.Cell, base: number, styles: StylesPart): string {
  const v = cell.value;
  const sAttr = (s: number): string => (s === 0 ? '' : ` s="${s}"`);
  if (v === null || v === undefined || v === '') return `<c r="${address}"${sAttr(base)}/>`;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new PatchUnsupported('not a finite number');
    const fmt = typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : null;
    const s = fmt === null ? base : styles.withNumFmt(base, fmt);
    return `<c r="${address}"${sAttr(s)}><v>${String(v)}</v></c>`;
  }
  if (typeof v === 'string') {
    const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
    return `<c r="${address}"${sAttr(base)} t="inlineStr"><is><t${space}>${escapeText(v)}</t></is></c>`;
  }
  throw new PatchUnsupported(`output cell ${address} holds neither a number nor text`);
}

/** A cell element with its cell format set (an element without `s` keeps none for format 0). */
function withStyle(xml: string, xf: number): string {
  if (xf === 0 && !/\ss\s*=/.test(xml.slice(0, xml.indexOf('>')))) return xml;
  return setAttr(xml, 's', String(xf));
}

/** Notes of one sheet: Traguardo's text added to, or taken from, the notes in the package; the users' text kept. */
function patchNotes(pkg: OpcPackage, part: string, sp: SheetPart, old: SheetState | undefined, now: SheetState | undefined, texts: ReadonlyMap<string, string>): void {
  const rels = pkg.relationships(part);
  const commentsRel = rels.find((r) => r.type === REL.comments && !r.external);
  const vmlId = sp.legacyDrawingId();
  const vmlRel = rels.find((r) => r.id === vmlId) ?? null;
  if (vmlId !== null && !vmlRel) throw new PatchUnsupported('legacy drawing without its relationship');
  const commentsPart = commentsRel ? pkg.target(part, commentsRel) : null;
  const vmlPart = vmlRel ? pkg.target(part, vmlRel) : null;
  const comments = new CommentsPart(commentsPart ? pkg.text(commentsPart) : null);
  const vml = new VmlPart(vmlPart ? pkg.text(vmlPart) : null);
  const ours = new Set((old?.notes ?? []).map((n) => n.address.toUpperCase()));
  const wanted = new Map<string, string>();
  for (const n of now?.notes ?? []) {
    const text = texts.get(n.address);
    if (text === undefined) throw new PatchUnsupported(`no text for the note on ${n.address}`);
    wanted.set(n.address.toUpperCase(), text);
  }
  for (const address of new Set([...ours, ...wanted.keys()])) {
    const current = comments.text(address);
    const user = current === null ? null : ours.has(address) ? userPart(current) : current;
    const add = wanted.get(address);
    const desired = add === undefined ? user : composeNote(user, add);
    if (desired === current) continue;
    comments.set(address, desired, user === null || user === '' ? 0 : user.length);
    if (desired === null) vml.removeNote(address);
    else if (!vml.hasNote(address)) vml.addNote(address);
  }
  if (comments.changed) {
    if (comments.empty) {
      if (commentsPart && commentsRel) {
        pkg.remove(commentsPart);
        pkg.setOverride(commentsPart, null);
        pkg.removeRelationship(part, commentsRel.id);
      }
    } else {
      let target = commentsPart;
      if (!target) {
        target = pkg.freeName('xl/comments', '.xml');
        pkg.addRelationship(part, REL.comments, target);
        pkg.setOverride(target, CT.comments);
      }
      pkg.set(target, comments.toString());
    }
  }
  if (vml.changed) {
    if (vml.empty) {
      if (vmlPart && vmlRel) {
        pkg.remove(vmlPart);
        pkg.setOverride(vmlPart, null);
        pkg.removeRelationship(part, vmlRel.id);
        sp.setLegacyDrawing(null);
      }
    } else {
      let target = vmlPart;
      if (!target) {
        target = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
        const id = pkg.addRelationship(part, REL.vmlDrawing, target);
        pkg.ensureDefault('vml', CT.vml);
        sp.setLegacyDrawing(id);
      }
      pkg.set(target, vml.toString());
    }
  }
}

/** Where the workbook, its styles and its worksheets are. */
function readLayout(pkg: OpcPackage): Layout {
  const office = pkg.relationships('').find((r) => r.type === REL.officeDocument);
  if (!office) throw new PatchUnsupported('no office document relationship (strict OOXML or not a workbook)');
  const workbook = pkg.target('', office);
  const xml = pkg.text(workbook);
  const r = root(xml);
  if (r.name !== 'workbook' || attrs(openTag(xml, r))['xmlns'] !== 'http://schemas.openxmlformats.org/spreadsheetml/2006/main') {
    throw new PatchUnsupported('workbook not in the transitional namespace');
  }
  const rels = pkg.relationships(workbook);
  const stylesRel = rels.find((x) => x.type === REL.styles);
  if (!stylesRel) throw new PatchUnsupported('workbook without styles');
  const sheets = new Map<string, string>();
  const sheetsEl = childrenOf(xml, r).find((e) => e.name === 'sheets');
  for (const el of sheetsEl ? childrenOf(xml, sheetsEl) : []) {
    const a = attrs(openTag(xml, el));
    const id = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = rels.find((x) => x.id === id);
    if (a['name'] !== undefined && rel && rel.type === REL.worksheet) sheets.set(a['name'], pkg.target(workbook, rel));
  }
  return { workbook, styles: pkg.target(workbook, stylesRel), sheets };
}

/** The state sheet's part: column A holds the state's JSON in cell-sized chunks, as inline strings. */
function stateSheetXml(state: WorkbookState): string {
  const chunks = encodeState(state);
  const rows = chunks.map((c, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${escapeText(c)}</t></is></c></row>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:A${Math.max(chunks.length, 1)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData>${rows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/**
 * Write the state to the very hidden state sheet (added at the end), or remove that sheet when the state is empty.
 * The state sheet is the one the model found by its signature (`names.inPackage`), never a sheet found by name:
 * a user's sheet named `_traguardo` is left as it is, and a new state sheet takes the model's name (`names.now`).
 */
function writeStateSheet(pkg: OpcPackage, layout: Layout, state: WorkbookState, names: { inPackage: string | null; now: string | null }): void {
  const wbXml = pkg.text(layout.workbook);
  const wbRoot = root(wbXml);
  const sheetsEl = childrenOf(wbXml, wbRoot).find((e) => e.name === 'sheets');
  if (!sheetsEl || sheetsEl.selfClosing) throw new PatchUnsupported('workbook without sheets');
  const sheetEls = childrenOf(wbXml, sheetsEl);
  const ours = names.inPackage;
  const index = ours === null ? -1 : sheetEls.findIndex((el) => attrs(openTag(wbXml, el))['name'] === ours);
  const existing = ours === null ? null : layout.sheets.get(ours) ?? null;
  if (isEmptyState(state)) {
    if (index < 0) return;
    const el = sheetEls[index];
    if (!el) return;
    const id = Object.entries(attrs(openTag(wbXml, el))).find(([k]) => k.endsWith(':id'))?.[1];
    let next = wbXml.slice(0, el.start) + wbXml.slice(el.end);
    next = shiftSheetIndices(next, index);
    pkg.set(layout.workbook, next);
    if (id) pkg.removeRelationship(layout.workbook, id);
    if (existing) {
      pkg.remove(existing);
      pkg.setOverride(existing, null);
      if (pkg.relationships(existing).length > 0) throw new PatchUnsupported('state sheet with relationships');
    }
    return;
  }
  const xml = stateSheetXml(state);
  if (existing && index >= 0) {
    if (pkg.text(existing) !== xml) pkg.set(existing, xml);
    return;
  }
  if (index >= 0) throw new PatchUnsupported('state sheet without its part');
  const name = names.now;
  if (name === null || sheetEls.some((el) => attrs(openTag(wbXml, el))['name']?.toLowerCase() === name.toLowerCase())) throw new PatchUnsupported('no free name for the state sheet');
  const part = pkg.freeName('xl/worksheets/sheet', '.xml');
  pkg.set(part, xml);
  pkg.setOverride(part, CT.worksheet);
  const id = pkg.addRelationship(layout.workbook, REL.worksheet, part);
  const ids = sheetEls.map((el) => Number(attrs(openTag(wbXml, el))['sheetId'] ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const el = `<sheet xmlns:r="${REL_NS}" name="${escapeAttr(name)}" sheetId="${sheetId}" state="veryHidden" r:id="${id}"/>`;
  pkg.set(layout.workbook, wbXml.slice(0, sheetsEl.closeStart) + el + wbXml.slice(sheetsEl.closeStart));
}

/** After removing the sheet at `index`: sheet-scoped names and the book view's tab indices shift down. */
function shiftSheetIndices(xml: string, index: number): string {
  let out = xml.replace(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g, (el) => {
    const a = attrs(el);
    const id = a['localSheetId'];
    if (id === undefined) return el;
    const n = Number(id);
    if (n === index) return '';
    return n > index ? setAttr(el, 'localSheetId', String(n - 1)) : el;
  });
  out = out.replace(/<workbookView\b[^>]*\/?>/g, (tag) => {
    let t = tag;
    for (const name of ['activeTab', 'firstSheet']) {
      const v = attrs(t)[name];
      if (v !== undefined && Number(v) >= index && Number(v) > 0) t = setAttr(t, name, String(Number(v) - 1));
    }
    return t;
  });
  out = out.replace(/<definedNames>\s*<\/definedNames>/, '');
  return out;
}
