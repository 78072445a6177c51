import * as path from 'path';
import { runCommand } from './command';
import { CliError, EXIT, type CliIo } from './io';
import { parseClearArgs, type ClearOptions } from './options';
import { CLI_STRINGS } from './strings';
import { loadWorkbookFile, writeOutputFile } from './_lib/loadWorkbookFile';
import { isMacroEnabled } from './_lib/zip';
import { saveWorkbook } from './_lib/saveWorkbook';

async function run(opts: ClearOptions, io: CliIo): Promise<number> {
  const s = CLI_STRINGS[opts.lang];
  const { bytes, workbook } = await loadWorkbookFile(opts.input, opts.lang);
  const ext = path.extname(opts.out).toLowerCase();
  const macros = isMacroEnabled(bytes);
  if ((ext === '.xlsx' && macros) || (ext === '.xlsm' && !macros)) throw new CliError(s.extensionMismatch(opts.out, macros));
  const total = { values: 0, highlights: 0, notes: 0 };
  for (const sheet of await workbook.listSheets()) {
    const removed = await workbook.clear(sheet);
    total.values += removed.values;
    total.highlights += removed.highlights;
    total.notes += removed.notes;
  }
  // The audit sheet ("Traguardo – Rilievi") is Traguardo's too; the auditor's marks stay with the settings.
  const auditRemoved = await workbook.removeAuditSheet();
  const inPlace = path.resolve(opts.out) === path.resolve(opts.input);
  if (total.values + total.highlights + total.notes === 0 && !auditRemoved) {
    io.stdout(`${s.nothingToClear}\n`);
    // Nothing of ours in the file: leave it alone, or copy it byte for byte.
    if (!inPlace) {
      await writeOutputFile(opts.out, bytes, opts.lang);
      io.stdout(`${s.wroteClear(opts.out)}\n`);
    }
    return EXIT.ok;
  }
  const saved = await saveWorkbook(workbook, opts.input, opts.lang);
  await writeOutputFile(opts.out, saved.bytes, opts.lang);
  io.stdout(`${s.cleared(total.values, total.highlights, total.notes)}\n${s.wroteClear(opts.out)}\n${saved.how}\n`);
  return EXIT.ok;
}

/**
 * `traguardo clear <scored.xlsx> [--out <file>]`: remove everything Traguardo added (output column,
 * highlights, notes, stored bookkeeping) and give back the original workbook; in place unless `--out`.
 * Exit codes: 0 cleared (or nothing to clear); 2 bad input file or usage.
 * @example await runClear(['scored.xlsx', '--out', 'clean.xlsx'], io) //=> 0
 */
export async function runClear(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand('clear', parseClearArgs(argv), (lang) => CLI_STRINGS[lang].usageClear, (options) => run(options, io), io);
}
