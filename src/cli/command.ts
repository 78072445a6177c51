import type { Lang } from '../core/i18n/lang';
import { CliError, EXIT, type CliIo } from './io';
import type { Parsed } from './options';

/**
 * Run a file command after its arguments were parsed: `--help` prints the usage (exit 0), a usage problem one
 * line on stderr (exit 2), a `CliError` from the command one line (exit 2); anything else is a programming error
 * and propagates.
 * @example await runCommand('clear', parseClearArgs(argv), (lang) => CLI_STRINGS[lang].usageClear, (o) => run(o, io), io)
 */
export async function runCommand<T>(
  name: string, parsed: Parsed<T>, usage: (lang: Lang) => string, run: (options: T) => Promise<number>, io: CliIo,
): Promise<number> {
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout(`${usage(parsed.lang)}\n`);
      return EXIT.ok;
    }
    io.stderr(`traguardo ${name}: ${parsed.message} (traguardo ${name} --help)\n`);
    return EXIT.usage;
  }
  try {
    return await run(parsed.options);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`traguardo: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
