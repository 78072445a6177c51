import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { buildExcelJs, dumpExcelJs } from './excelJsHarness';
import type { Harness, HarnessFactory } from './harness';

/**
 * The third executor: a workbook opened from .xlsx bytes and saved by patching its package (only the parts
 * Traguardo changes are rewritten). `dump` reads the document as saved, so every contract check looks at what
 * the patcher wrote, and fails if the save had to fall back to ExcelJS's rewrite.
 */
export const packageHarness: HarnessFactory = async (fixture) => {
  let adapter = await ExcelJsWorkbook.load(await ExcelJsWorkbook.fromExcelJs(buildExcelJs(fixture)).save());
  const saved = async (): Promise<Uint8Array> => {
    const bytes = await adapter.save();
    if (adapter.lastSave?.mode !== 'patch') throw new Error(`the save fell back to a rewrite: ${adapter.lastSave?.reason ?? ''}`);
    return bytes;
  };
  const harness: Harness = {
    port: adapter,
    dump: async () => dumpExcelJs((await ExcelJsWorkbook.load(await saved())).workbook),
    reopen: async () => {
      adapter = await ExcelJsWorkbook.load(await saved());
      harness.port = adapter;
      return adapter;
    },
  };
  return harness;
};
