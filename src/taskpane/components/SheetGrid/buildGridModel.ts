import type { Lang } from '../../../core/i18n/lang';
import { cellAt, columnIndex, columnLetter, gridWidth } from '../../../core/layout/grid.types';
import { cellText } from '../../../workbook/cellText';
import type { SheetSnapshot } from '../../../workbook/port';
import type { WritePlan } from '../../../workbook/writePlan.types';
import { formatPercent } from '../../format/formatPercent';
import type { GridCellView, GridModel } from './SheetGrid.types';

/**
 * The sheet as Excel shows it after a write plan: visible rows and columns only, merged areas spanned,
 * Traguardo's output column filled in, highlighted cells banded and noted cells marked. Numbers are shown with their
 * cell's number format in the pane's language.
 */
export function buildGridModel(snapshot: SheetSnapshot, plan: WritePlan | null, lang: Lang, decimals: number): GridModel {
  const { origin } = snapshot;
  const hiddenRows = new Set(snapshot.hiddenRows);
  const hiddenCols = new Set(snapshot.hiddenCols);
  const outCol = plan ? columnIndex(plan.output.column) - origin.col : -1;
  const width = Math.max(gridWidth(snapshot), outCol + 1);
  const outputRows = new Map((plan?.output.cells ?? []).map((c) => [c.row, c]));
  const lastOutputRow = Math.max(0, ...(plan?.output.cells ?? []).map((c) => c.row), plan?.output.headerRow ?? 0);
  const height = Math.max(snapshot.cells.length, lastOutputRow - origin.row);
  const bands = new Map((plan?.highlights ?? []).map((h) => [h.address, h.band]));
  const notes = new Map((plan?.notes ?? []).map((n) => [n.address, n.text]));
  const addr = (r: number, c: number) => `${columnLetter(origin.col + c)}${origin.row + r + 1}`;

  const visibleCols: number[] = [];
  for (let c = 0; c < width; c++) if (!hiddenCols.has(c)) visibleCols.push(c);
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const mergedInto = new Map<string, string>();
  for (const m of snapshot.merges) {
    let rowSpan = 0;
    let colSpan = 0;
    for (let r = m.top; r <= m.bottom; r++) if (!hiddenRows.has(r)) rowSpan++;
    for (let c = m.left; c <= m.right; c++) if (!hiddenCols.has(c)) colSpan++;
    const top = addr(m.top, m.left);
    spans.set(top, { rowSpan: Math.max(1, rowSpan), colSpan: Math.max(1, colSpan) });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mergedInto.set(addr(r, c), top);
  }

  const rows: GridModel['rows'] = [];
  for (let r = 0; r < height; r++) {
    if (hiddenRows.has(r)) continue;
    const excelRow = origin.row + r + 1;
    const cells: GridCellView[] = [];
    for (const c of visibleCols) {
      const address = addr(r, c);
      if (mergedInto.has(address)) continue;
      const cell = cellAt(snapshot, r, c);
      // a number as its format shows it in the pane's language ("0,12", "18,7%", "31/12/2023"), not Excel's locale
      let text = cellText(cell, lang);
      let numeric = typeof cell.value === 'number';
      const isOutput = c === outCol && plan !== null;
      if (isOutput && plan) {
        const out = outputRows.get(excelRow);
        if (excelRow === plan.output.headerRow) text = plan.output.header;
        else if (out) {
          text = out.value === null ? (out.text ?? '') : formatPercent(out.value * 100, lang, decimals);
          numeric = out.value !== null;
        }
      }
      const span = spans.get(address) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ address, text, numeric, ...span, band: bands.get(address) ?? null, note: notes.get(address) ?? null, output: isOutput });
    }
    rows.push({ row: excelRow, cells });
  }
  return { columns: visibleCols.map((c) => columnLetter(origin.col + c)), rows, mergedInto };
}
