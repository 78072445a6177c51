import type { AreaRef } from '../../../src/workbook/address';

/** One cell of the fake workbook: what Excel stores. */
export interface CellModel {
  /** The value ('' when empty); a formula cell holds its last computed result. */
  value: number | string | boolean;
  formula: string | null;
  numberFormat: string;
  /** What Excel displays, when a test pins it; else the fake renders it. */
  text: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
}

export interface ConditionalFormatModel {
  id: number;
  area: AreaRef;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface SheetModel {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Key `${row},${col}`: 1-based row, 0-based column. */
  cells: Map<string, CellModel>;
  merges: AreaRef[];
  tables: Array<{ name: string; area: AreaRef; showHeaders: boolean }>;
  notes: Map<string, string>;
  comments: Map<string, { id: string; content: string }>;
  conditionalFormats: ConditionalFormatModel[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptyCell(): CellModel {
  return { value: '', formula: null, numberFormat: 'General', text: null, fill: null, fontColor: null, bold: false };
}

export function newSheet(name: string): SheetModel {
  return {
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    tables: [],
    notes: new Map(),
    comments: new Map(),
    conditionalFormats: [],
    hiddenRows: new Set(),
    hiddenCols: new Set(),
  };
}

export const MAX_ROW = 1048576;
export const MAX_COL = 16383;

/** True when two areas share a cell. */
export const intersects = (a: AreaRef, b: AreaRef): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The bounding area of the cells holding a value (valuesOnly) or any content/format. */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): AreaRef | null {
  let a: AreaRef | null = null;
  for (const [key, cell] of sheet.cells) {
    const blank = cell.value === '' && cell.formula === null;
    const plain = cell.numberFormat === 'General' && cell.fill === null && cell.fontColor === null && !cell.bold;
    if (valuesOnly ? blank : blank && plain) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (!a) a = { top: r, left: c, bottom: r, right: c };
    else a = { top: Math.min(a.top, r), left: Math.min(a.left, c), bottom: Math.max(a.bottom, r), right: Math.max(a.right, c) };
  }
  return a;
}

/** Raised by `checkFormula`; the fake turns it into the host's InvalidArgument. */
export class FormulaRefused extends Error {}

/**
 * Excel refuses a formula holding a text constant longer than 255 characters, or longer than 8,192 characters
 * in all ("Length of formula contents: 8,192 characters"; "text values in formulas are limited to 255
 * characters": https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Through Office.js the sync fails with InvalidArgument.
 */
export function checkFormula(formula: string): void {
  const long = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].find((m) => (m[1] as string).replace(/""/g, '"').length > 255);
  if (long || formula.length > 8192) {
    throw new FormulaRefused(long ? 'Text values in formulas are limited to 255 characters.' : 'The formula is too long.');
  }
}
