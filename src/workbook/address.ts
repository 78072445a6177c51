import { columnIndex, columnLetter } from '../core/layout/grid.types';

/** A cell on a sheet, 1-based row and 0-based column (as A1 reads: "D14" is row 14, column 3). */
export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells on a sheet, 1-based rows and 0-based columns, inclusive. */
export interface AreaRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last row (1,048,576) and last column (XFD, 0-based 16,383). */
export const MAX_ROW = 1048576;
export const MAX_COL = 16383;

/** One area of an address list with the sheet it names (null when unqualified). */
export interface QualifiedArea {
  sheet: string | null;
  area: AreaRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function cellOf(text: string): CellRef | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnIndex(m[1] as string);
  const row = Number(m[2]);
  return col < 0 || col > MAX_COL || row < 1 || row > MAX_ROW ? null : { row, col };
}

const colOf = (text: string): number | null => {
  const m = COL.exec(text);
  if (!m) return null;
  const c = columnIndex(m[1] as string);
  return c < 0 || c > MAX_COL ? null : c;
};
const rowOf = (text: string): number | null => {
  const m = ROW.exec(text);
  if (!m) return null;
  const r = Number(m[1]);
  return r < 1 || r > MAX_ROW ? null : r;
};

const ordered = (a: AreaRef): AreaRef => ({
  top: Math.min(a.top, a.bottom),
  left: Math.min(a.left, a.right),
  bottom: Math.max(a.top, a.bottom),
  right: Math.max(a.left, a.right),
});

/**
 * One reference without its sheet, in every form Excel returns: a cell ("D14", "$D$14"), an area ("B2:D5"),
 * whole rows ("1:4", "$6:$1048576") and whole columns ("A:B", "D:XFD").
 */
function refOf(text: string): AreaRef | null {
  const [a, b, extra] = text.trim().split(':');
  if (a === undefined || extra !== undefined) return null;
  if (b === undefined) {
    const c = cellOf(a);
    return c ? { top: c.row, left: c.col, bottom: c.row, right: c.col } : null;
  }
  const c1 = cellOf(a);
  const c2 = cellOf(b);
  if (c1 && c2) return ordered({ top: c1.row, left: c1.col, bottom: c2.row, right: c2.col });
  const r1 = rowOf(a);
  const r2 = rowOf(b);
  if (r1 !== null && r2 !== null) return ordered({ top: r1, left: 0, bottom: r2, right: MAX_COL });
  const k1 = colOf(a);
  const k2 = colOf(b);
  if (k1 !== null && k2 !== null) return ordered({ top: 1, left: k1, bottom: MAX_ROW, right: k2 });
  return null;
}

/**
 * Split an address list as Excel returns it (`Range.address`, `RangeAreas.address`) into its areas with their
 * sheets: `'Obiettivi 2023'!A1:B2` (quotes doubled inside a quoted name), `Sheet1!1:4,Sheet1!6:1048576`,
 * `A:B,D:XFD`, `$A$1`. Commas inside a quoted sheet name do not split. A part that is not a reference makes
 * the whole list unreadable (null), so a caller never takes half an answer for the whole.
 * @example parseAddressList("'Q1, 2023'!1:4,B2") //=> [{ sheet: 'Q1, 2023', area: { top: 1, left: 0, bottom: 4, right: 16383 } }, { sheet: null, area: … }]
 */
export function parseAddressList(address: string): QualifiedArea[] | null {
  const out: QualifiedArea[] = [];
  let i = 0;
  const s = address;
  while (i < s.length) {
    while (s[i] === ' ') i++;
    let sheet: string | null = null;
    if (s[i] === "'") {
      let name = '';
      i++;
      for (;;) {
        if (i >= s.length) return null;
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            name += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += s[i];
        i++;
      }
      if (s[i] !== '!') return null;
      i++;
      sheet = name;
    }
    let end = i;
    while (end < s.length && s[end] !== ',' && s[end] !== ';') end++;
    let ref = s.slice(i, end);
    if (sheet === null) {
      const bang = ref.lastIndexOf('!');
      if (bang >= 0) {
        sheet = ref.slice(0, bang);
        ref = ref.slice(bang + 1);
      }
    }
    const area = refOf(ref);
    if (!area) return null;
    out.push({ sheet, area });
    i = end + 1;
    if (end === s.length) break;
    if (i >= s.length) return null;
  }
  return out.length > 0 ? out : null;
}

/**
 * Parse an A1 cell address, dropping any sheet prefix and `$` signs.
 * @example parseCell("Foglio1!$D$14") //=> { row: 14, col: 3 }
 */
export function parseCell(address: string): CellRef | null {
  const list = parseAddressList(address);
  if (!list || list.length !== 1) return null;
  const a = (list[0] as QualifiedArea).area;
  return a.top === a.bottom && a.left === a.right && !/:/.test(stripSheet(address)) ? { row: a.top, col: a.left } : null;
}

/**
 * Parse one A1 area in any form Excel returns ("B2:D5", a single cell "B2", whole rows "1:4", whole columns
 * "A:B"), dropping any sheet prefix.
 * @example parseArea("Sheet1!B2:D5") //=> { top: 2, left: 1, bottom: 5, right: 3 }
 */
export function parseArea(address: string): AreaRef | null {
  const list = parseAddressList(address);
  return list && list.length === 1 ? (list[0] as QualifiedArea).area : null;
}

/** Split a multi-area address ("A1:B2, Sheet1!D4", "Sheet1!1:4,Sheet1!6:1048576") into its areas; [] when unreadable. */
export function parseAreas(address: string): AreaRef[] {
  return (parseAddressList(address) ?? []).map((q) => q.area);
}

/** "D14" for row 14, column 3. */
export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/** "B2:D5", or "B2" for a single cell (always cell form, even for whole rows or columns). */
export function areaAddress(area: AreaRef): string {
  const start = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** An area as Excel writes it: whole rows as "1:4", whole columns as "A:B", else as `areaAddress`. */
export function excelAreaAddress(area: AreaRef): string {
  const wholeRows = area.left === 0 && area.right === MAX_COL;
  const wholeCols = area.top === 1 && area.bottom === MAX_ROW;
  if (wholeRows && !wholeCols) return `${area.top}:${area.bottom}`;
  if (wholeCols && !wholeRows) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  return areaAddress(area);
}

/** Drop the "Sheet!" or "'My sheet'!" prefix of an address. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).trim();
}

/** A sheet name quoted for a formula reference: 'My sheet'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) && !/^[A-Za-z]{1,3}\d/.test(name) && !/^(TRUE|FALSE|R|C|R\d*C\d*)$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Excel compares sheet names case-insensitively ("Obiettivi" and "OBIETTIVI" are one sheet). */
export const sameSheet = (a: string, b: string): boolean => a.toLocaleUpperCase('it') === b.toLocaleUpperCase('it');

/**
 * The first characters of `name` that fit in `max` UTF-16 units (Excel's sheet names hold 31), never cutting a
 * character made of two units in half.
 * @example fitSheetName('Traguardo (Obiettivi 2023 – area 🙂', 30) //=> 'Traguardo (Obiettivi 2023 – ar'
 */
export function fitSheetName(name: string, max: number): string {
  let out = name.slice(0, Math.max(0, max));
  const last = out.charCodeAt(out.length - 1);
  if (out.length < name.length && last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/** Excel's limit on a sheet name, in UTF-16 units. */
export const MAX_SHEET_NAME = 31;

/**
 * `base`, else `base` with the first numbered tail (from 2) that makes a name `taken` refuses, cut to fit Excel's 31
 * characters: "Traguardo (Foglio1) 2", "Traguardo – Rilievi (2)", "_traguardo_2".
 * @example freeSheetName('Foglio', (n) => n === 'Foglio') //=> 'Foglio 2'
 */
export function freeSheetName(base: string, taken: (name: string) => boolean, tail: (i: number) => string = (i) => ` ${i}`): string {
  let name = base;
  for (let i = 2; taken(name); i++) {
    const t = tail(i);
    name = `${fitSheetName(base, MAX_SHEET_NAME - t.length)}${t}`;
  }
  return name;
}
