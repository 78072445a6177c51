import type { Lang } from '../../core/i18n/lang';
import { WorkbookSaveRefused } from '../../workbook/errors';
import type { ExcelJsWorkbook } from '../../workbook/file/excelJsWorkbook';
import { CliError } from '../io';
import { CLI_STRINGS } from '../strings';

/**
 * The workbook's bytes and the line saying how they were written (package patch, or ExcelJS's rewrite and why).
 * @throws CliError (exit 2, one line) when the rewrite would drop parts ExcelJS does not model
 */
export async function saveWorkbook(workbook: ExcelJsWorkbook, input: string, lang: Lang): Promise<{ bytes: Uint8Array; how: string }> {
  const s = CLI_STRINGS[lang];
  try {
    const bytes = await workbook.save();
    const last = workbook.lastSave;
    return { bytes, how: last ? s.savedBy(last.mode, last.reason) : '' };
  } catch (err) {
    if (err instanceof WorkbookSaveRefused) throw new CliError(`${input}: ${s.saveRefused(err.lost, err.why)}`);
    throw err;
  }
}
