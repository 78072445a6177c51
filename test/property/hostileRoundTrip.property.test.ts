/**
 * Issue 10, property: random indicator workbooks (date systems, formulas, styles, notes, merges, tables, stray cells) —
 * scoring never changes a user's cell, clear(score(x)) equals x cell by cell, and scoring a scored file again
 * gives the same cells as scoring once. Workbooks are built with ExcelJS from fast-check's values.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { scoreWorkbook } from '../../src/cli/pipeline';
import { diffRecords, readRecords } from '../samples/_lib/workbookCells';

const TARGETS = ['>= 50%', 'almeno 10', '<= 5', 'entro il 30/06/2023', '100%', 'zero', 'aumento del 10%', 'n.d.'];

const rowArb = fc.record({
  target: fc.oneof(fc.constantFrom(...TARGETS), fc.integer({ min: 1, max: 500 })),
  result: fc.oneof(
    fc.double({ min: 0, max: 2, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
    fc.integer({ min: 0, max: 600 }),
    fc.constantFrom('n.d.', '45%', 'sì', ''),
    fc.date({ min: new Date(Date.UTC(2022, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  ),
  formula: fc.boolean(),
  note: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
  bold: fc.boolean(),
  fill: fc.option(fc.constantFrom('FFFFFF00', 'FF00B0F0'), { nil: null }),
});

const bookArb = fc.record({
  date1904: fc.boolean(),
  rows: fc.array(rowArb, { minLength: 2, maxLength: 10 }),
  mergeObjectives: fc.boolean(),
  stray: fc.option(fc.constantFrom('J40', 'XFD1048576', 'A9000'), { nil: null }),
  /** A user's Excel table right of the data, where the output column would otherwise go. */
  sideTable: fc.option(fc.constantFrom('E1', 'F1', 'F3'), { nil: null }),
});

type BookSpec = typeof bookArb extends fc.Arbitrary<infer T> ? T : never;

async function build(spec: BookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  (wb.properties as { date1904?: boolean }).date1904 = spec.date1904;
  const ws = wb.addWorksheet('Indicatori');
  ws.addRow(['Obiettivo', 'Indicatore', 'Target 2023', 'Risultato 2023']);
  spec.rows.forEach((r, i) => {
    const row = ws.addRow([`A0${Math.floor(i / 2) + 1}`, `Indicatore ${i + 1}`, r.target, null]);
    const cell = row.getCell(4);
    if (r.formula && typeof r.result === 'number') cell.value = { formula: `${r.result}*1`, result: r.result } as ExcelJS.CellFormulaValue;
    else cell.value = r.result === '' ? null : r.result;
    if (r.result instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    if (r.note !== null) row.getCell(2).note = r.note;
    if (r.bold) row.getCell(2).font = { bold: true };
    if (r.fill !== null) row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r.fill } };
  });
  if (spec.mergeObjectives && spec.rows.length >= 2) ws.mergeCells('A2:A3');
  if (spec.stray !== null) ws.getCell(spec.stray).value = 'x';
  if (spec.sideTable !== null) ws.addTable({ name: 'NoteUtente', ref: spec.sideTable, headerRow: true, columns: [{ name: 'Nota' }], rows: [['prima'], ['seconda']] });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function score(bytes: Uint8Array): Promise<Uint8Array | null> {
  const wb = await ExcelJsWorkbook.load(bytes);
  const outcomes = await scoreWorkbook(wb, { sheets: ['Indicatori'], year: 2023, map: {}, lang: 'it', write: true });
  if (!outcomes.some((o) => o.kind === 'scored')) return null;
  return wb.save();
}

async function clear(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await ExcelJsWorkbook.load(bytes);
  for (const s of await wb.listSheets()) await wb.clear(s);
  return wb.save();
}

test('random workbooks: user cells untouched, clear(score(x)) = x, score twice = once', async () => {
  let scoredRuns = 0;
  await fc.assert(
    fc.asyncProperty(bookArb, async (spec) => {
      const x = await build(spec);
      const scored = await score(x);
      if (scored === null) return;
      scoredRuns++;
      const before = await readRecords(x);
      const after = await readRecords(scored);
      // Cells Traguardo annotates may gain a note; every value and number format of the user's stays.
      const annotated = new Set([...(after[0]?.cells.entries() ?? [])].filter(([, c]) => c.note !== null).map(([a]) => `Indicatori!${a}`));
      expect(diffRecords(before, after, { ignoreAdded: true, styleMayChange: annotated, sheets: ['Indicatori'] })).toEqual([]);
      expect(diffRecords(before, await readRecords(await clear(scored)))).toEqual([]);
      const twice = await score(scored);
      expect(twice).not.toBeNull();
      expect(diffRecords(after, await readRecords(twice as Uint8Array))).toEqual([]);
    }),
    { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 8), ...(process.env['PROPERTY_SEED'] ? { seed: Number(process.env['PROPERTY_SEED']) } : {}) },
  );
  expect(scoredRuns).toBeGreaterThan(0);
}, 300_000);
