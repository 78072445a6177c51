import ExcelJS from 'exceljs';
import { detectLayout } from '../../src/core/layout/detectLayout';
import { CHECK_CODES } from '../../src/core/rules/registry';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';

/** A real .xlsx: formula errors as Excel stores them (a formula with an error result), a number typed as text. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Obiettivi 2023');
  ws.addRow(['Codice', 'Indicatore', 'Peso', 'Target 2023', 'Risultato 2023']);
  ws.addRow(['A01.01-1', 'Pratiche evase entro 30 giorni', 50, '>= 90%', 0.95]);
  ws.addRow(['A01.01-2', 'Tasso di risposta ai reclami', 50, '>= 95%', { formula: 'F3/G3', result: { error: '#DIV/0!' } }]);
  ws.addRow(['A01.01-3', 'Imprese assistite allo sportello', { formula: 'H4/0', result: { error: '#DIV/0!' } }, '>= 100', '0,85']);
  ws.getCell('E2').numFmt = '0%';
  ws.getCell('E3').numFmt = '0%';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the auditor checks on a real .xlsx read by the file adapter', () => {
  test('find the Excel errors in the result and weight cells and the number stored as text, at their cells', async () => {
    const port = await ExcelJsWorkbook.load(await workbook());
    const snapshot = await port.readSheet('Obiettivi 2023');
    const mapping = detectLayout(snapshot, { sheet: snapshot.name, year: 2023 }).mapping;
    expect(mapping?.columns).toMatchObject({ code: 'A', indicator: 'B', weight: 'C', target: 'D', result: 'E' });
    const report = scoreSheet(snapshot, mapping!, DEFAULT_POLICY);
    const found = [...report.issues, ...report.indicators.flatMap((i) => i.evaluation.findings)]
      .filter((f) => (CHECK_CODES as readonly string[]).includes(f.code))
      .map((f) => [f.code, f.cell, f.params]);
    expect(found).toEqual([
      ['formula-error', 'E3', { error: '#DIV/0!', role: 'result' }],
      ['formula-error', 'C4', { error: '#DIV/0!', role: 'weight' }],
      ['number-as-text', 'E4', { text: '0,85', role: 'result' }],
    ]);
  });
});
