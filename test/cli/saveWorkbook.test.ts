import { saveWorkbook } from '../../src/cli/_lib/saveWorkbook';
import { CliError } from '../../src/cli/io';
import { WorkbookSaveRefused } from '../../src/workbook/errors';
import type { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';

const stub = (save: () => Promise<Uint8Array>, lastSave: ExcelJsWorkbook['lastSave'] = null) => ({ save, lastSave }) as unknown as ExcelJsWorkbook;

describe('saveWorkbook', () => {
  test('says the file was written by patching the original package', async () => {
    const out = await saveWorkbook(stub(async () => new Uint8Array([1]), { mode: 'patch', reason: null }), 'in.xlsx', 'it');
    expect(out.how).toBe('Salvato modificando solo le parti del file originale toccate da Traguardo (il resto copiato byte per byte)');
  });

  test('says why the whole file was rewritten', async () => {
    const out = await saveWorkbook(stub(async () => new Uint8Array([1]), { mode: 'rewrite', reason: 'rows out of order' }), 'in.xlsx', 'en');
    expect(out.how).toBe('Saved by rewriting the whole file with ExcelJS (the original package cannot be patched: rows out of order)');
  });

  test('a rewrite that would lose parts is one line naming them, and no bytes', async () => {
    const refused = stub(async () => {
      throw new WorkbookSaveRefused(['xl/vbaProject.bin', 'xl/charts/chart1.xml'], 'rows out of order');
    });
    const err = await saveWorkbook(refused, 'piano.xlsm', 'it').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as Error).message).toBe(
      'piano.xlsm: nessun file scritto: il pacchetto originale non si può modificare (rows out of order) e riscriverlo perderebbe 2 parti xl/vbaProject.bin, xl/charts/chart1.xml',
    );
  });
});
