import { promises as fs } from 'fs';
import * as path from 'path';
import type { Lang } from '../../core/i18n/lang';
import { ExcelJsWorkbook, WorkbookReadError } from '../../workbook/file/excelJsWorkbook';
import { CliError } from '../io';
import { CLI_STRINGS, type InputProblem } from '../strings';
import { inspectInput } from './inspectInput';

const READ_PROBLEMS: Record<WorkbookReadError['reason'], InputProblem> = {
  'not-xlsx': 'not-xlsx',
  corrupt: 'corrupt',
  encrypted: 'encrypted',
};

/** One line naming the file and its problem ("in.xlsx: password-protected: …"). */
export function inputError(file: string, problem: InputProblem, lang: Lang): CliError {
  return new CliError(`${file}: ${CLI_STRINGS[lang].input[problem]}`);
}

/**
 * Read an .xlsx file from disk and open it with the ExcelJS adapter; the bytes are kept to compare or copy.
 * @throws CliError naming the file and its problem: missing, unreadable, not an .xlsx, password-protected, corrupt
 */
export async function loadWorkbookFile(file: string, lang: Lang): Promise<{ bytes: Buffer; workbook: ExcelJsWorkbook }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError(file, code === 'ENOENT' ? 'not-found' : 'unreadable', lang);
  }
  const problem = inspectInput(bytes);
  if (problem !== null) throw inputError(file, problem, lang);
  try {
    return { bytes, workbook: await ExcelJsWorkbook.load(bytes) };
  } catch (err) {
    if (err instanceof WorkbookReadError) throw inputError(file, READ_PROBLEMS[err.reason], lang);
    // Anything the zip/XML layer throws on a file that passed the structural checks means a damaged package.
    throw inputError(file, 'corrupt', lang);
  }
}

/**
 * Write bytes to a file through a temporary file in the same folder and a rename, so that a failed write never
 * leaves half a workbook (clear rewrites its input in place).
 * @throws CliError naming the file when it cannot be written
 */
export async function writeOutputFile(file: string, data: Uint8Array | string, lang: Lang): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliError(CLI_STRINGS[lang].cannotWrite(file, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
}
