import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { serialToDate } from '../../src/workbook/file/excelSerial';
import { noteText } from '../../src/workbook/file/cellOriginal';
import type { FixtureSheet } from './fixture';
import type { Harness, HarnessFactory, WorkbookDump } from './harness';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const hex = (a: string | undefined): string | null => (a ? `#${a.slice(-6).toUpperCase()}` : null);

/** Build an ExcelJS workbook from the neutral fixture. */
export function buildExcelJs(fixture: FixtureSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of fixture) {
    const ws = wb.addWorksheet(s.name, { state: s.visible === false ? 'hidden' : 'visible' });
    for (const c of s.cells) {
      const cell = ws.getCell(c.address);
      if (c.rich) cell.value = { richText: c.rich.map((r) => (r.bold ? { text: r.text, font: { bold: true } } : { text: r.text })) };
      else if (c.formula) cell.value = { formula: c.formula, result: c.value as number };
      else if (c.date && typeof c.value === 'number') cell.value = serialToDate(c.value);
      else cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.fill) } };
      if (c.fontColor || c.bold) cell.font = { ...(c.bold ? { bold: true } : {}), ...(c.fontColor ? { color: { argb: argb(c.fontColor) } } : {}) };
      if (c.note) cell.note = c.note;
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  return wb;
}

/** Everything visible in an ExcelJS workbook. */
export function dumpExcelJs(wb: ExcelJS.Workbook): WorkbookDump {
  const dump: WorkbookDump = { sheets: [], cells: {}, formats: {}, merges: {}, settings: [] };
  for (const ws of wb.worksheets) {
    dump.sheets.push({ name: ws.name, visible: ws.state === 'visible' });
    const cells: WorkbookDump['cells'][string] = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = JSON.parse(JSON.stringify(cell.style ?? {})) as Record<string, unknown>;
        const value = cell.value === undefined ? null : (JSON.parse(JSON.stringify(cell.value)) as unknown);
        const note = noteText(cell.note);
        if (value === null && Object.keys(style).length === 0 && note === null) return;
        cells[cell.address] = { value, style, note };
      });
    });
    dump.cells[ws.name] = cells;
    const cfs = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
    dump.formats[ws.name] = cfs.map((cf) => {
      const rule = cf.rules[0];
      const fill = rule?.style?.fill as { bgColor?: { argb?: string } } | undefined;
      const formulae = rule && 'formulae' in rule ? (rule.formulae ?? []) : [];
      return { ref: cf.ref, fill: hex(fill?.bgColor?.argb), formula: String(formulae[0] ?? '') };
    });
    const merges = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {};
    dump.merges[ws.name] = Object.values(merges).map((m) => m.range).sort();
  }
  return dump;
}

/** The contract harness for the file adapter; `reopen` saves to .xlsx bytes and loads them again. */
export const excelJsHarness = (opts: { findingsSheet?: boolean } = {}): HarnessFactory => async (fixture) => {
  let adapter = ExcelJsWorkbook.fromExcelJs(buildExcelJs(fixture), opts);
  const harness: Harness = {
    port: adapter,
    dump: async () => dumpExcelJs(adapter.workbook),
    reopen: async () => {
      adapter = await ExcelJsWorkbook.load(await adapter.save(), opts);
      harness.port = adapter;
      return adapter;
    },
  };
  return harness;
};
