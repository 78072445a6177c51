import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/layout/grid.types';
import { parseAddressList, quoteSheet, sameSheet } from '../address';
import { anchorName, type AnchorNow } from '../anchor';

/**
 * The name over a sheet's output column in a file, as in Excel (`../anchor.ts`): a workbook-scoped defined name that
 * Excel moves with its cells when the user inserts, deletes or sorts rows in the file between `score` and `clear`.
 * ExcelJS keeps defined names in its model (`workbook.definedNames`), reads and writes them; the package patcher
 * writes the same name into `xl/workbook.xml`.
 */
export function fileAnchorNow(wb: ExcelJS.Workbook, sheet: string): AnchorNow | null {
  const name = anchorName(sheet);
  const entry = wb.definedNames.model.find((n) => n.name.toUpperCase() === name.toUpperCase());
  if (!entry || entry.ranges.length !== 1) return null;
  const area = parseAddressList(entry.ranges[0] ?? '')?.[0];
  if (!area || area.sheet === null || !sameSheet(area.sheet, sheet) || area.area.left !== area.area.right) return null;
  return { column: columnLetter(area.area.left), top: area.area.top, bottom: area.area.bottom };
}

/** The reference of the name over `column` rows `top`…`bottom` ("'Obiettivi 2023'!$G$3:$G$7"), as a file stores it. */
export const fileAnchorRef = (sheet: string, column: string, top: number, bottom: number): string =>
  `${quoteSheet(sheet)}!$${column}$${top}:$${column}$${bottom}`;

/** Put the name over the output column's span, or take it away (null). */
export function setFileAnchor(wb: ExcelJS.Workbook, sheet: string, span: { column: string; top: number; bottom: number } | null): void {
  const name = anchorName(sheet);
  const others = wb.definedNames.model.filter((n) => n.name.toUpperCase() !== name.toUpperCase());
  if (!span && others.length === wb.definedNames.model.length) return;
  wb.definedNames.model = span ? [...others, { name, ranges: [fileAnchorRef(sheet, span.column, span.top, span.bottom)] }] : others;
}
