/**
 * The Office adapter on a workbook in the 1904 date system: Range.values holds the 1904 serial and Range.text the date
 * Excel displays ("Range.text: text values of the specified range", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member).
 * The snapshot gives the core 1900 serials, so a deadline missed by months is not read as met.
 */
import { createOfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { buildFakeHost } from '../contract/officeHarness';

const SHEET = 'Scadenze';
const sheet = (serial: number, text: string) => [
  {
    name: SHEET,
    cells: [
      { address: 'A1', value: 'Indicatore' },
      { address: 'B1', value: 'Target' },
      { address: 'C1', value: 'Risultato' },
      { address: 'A2', value: 'Adozione del piano' },
      { address: 'B2', value: 'entro il 30/06/2023' },
      { address: 'C2', value: serial, numFmt: 'dd/mm/yyyy', text },
      { address: 'A3', value: 'Durata media' },
      { address: 'C3', value: 0.5, numFmt: 'h:mm', text: '12:00' },
    ],
  },
];

describe('Office adapter and the 1904 date system', () => {
  test('a 1904 workbook: the date 31/12/2023 (serial 43829) reaches the core as 45291', async () => {
    const host = buildFakeHost(sheet(43829, '31/12/2023'));
    const snap = await createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported }).readSheet(SHEET);
    expect(snap.cells[1]?.[2]?.value).toBe(45291);
    expect(snap.cells[2]?.[2]?.value).toBe(0.5);
  });

  test('a 1900 workbook is read as it is', async () => {
    const host = buildFakeHost(sheet(45291, '31/12/2023'));
    const snap = await createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported }).readSheet(SHEET);
    expect(snap.cells[1]?.[2]?.value).toBe(45291);
  });
});
