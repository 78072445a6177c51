import { promises as fs } from 'fs';
import * as path from 'path';
import type { Lang } from '../../core/i18n/lang';
import { ExcelJsWorkbook, WorkbookReadError } from '../../workbook/file/excelJsWorkbook';
import { PackageRefused } from '../../workbook/file/package/zip';
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

/** The largest input file read (a workbook this size is already far past what the CLI scores in memory). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** One line naming the file and why its package is refused. */
function refusedError(file: string, err: PackageRefused, lang: Lang): CliError {
  return new CliError(`${file}: ${CLI_STRINGS[lang].refused(err.kind, err.part, err.limit)}`);
}

/**
 * A file's bytes, read in chunks up to `max` (a device such as /dev/zero, or a pipe, has no size to trust).
 * @throws PackageRefused ('file-too-large') past `max`
 */
export async function readCapped(file: string, max: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new PackageRefused('file-too-large', null, max);
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Read an .xlsx file from disk and open it with the ExcelJS adapter; the bytes are kept to compare or copy.
 * @throws CliError naming the file and its problem: missing, unreadable, not an .xlsx, password-protected, corrupt
 */
export async function loadWorkbookFile(file: string, lang: Lang, maxBytes = MAX_INPUT_BYTES): Promise<{ bytes: Buffer; workbook: ExcelJsWorkbook }> {
  let bytes: Buffer;
  try {
    bytes = await readCapped(file, maxBytes);
  } catch (err) {
    if (err instanceof PackageRefused) throw refusedError(file, err, lang);
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError(file, code === 'ENOENT' ? 'not-found' : 'unreadable', lang);
  }
  try {
    const problem = inspectInput(bytes);
    if (problem !== null) throw inputError(file, problem, lang);
    return { bytes, workbook: await ExcelJsWorkbook.load(bytes) };
  } catch (err) {
    if (err instanceof CliError) throw err;
    if (err instanceof PackageRefused) throw refusedError(file, err, lang);
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
