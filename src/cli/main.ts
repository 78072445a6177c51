import * as readline from 'readline';
import { runClear } from './clear';
import { runEvaluate } from './evaluate';
import { drainingWriter, type CliIo } from './io';
import { runScore } from './score';

const USAGE = `traguardo — validate and score indicator sheets

  traguardo evaluate [--year YYYY] [--lang it|en] [--policy JSON]   JSON Lines on stdin → one JSON line per input line
  traguardo score <in.xlsx> [--out out.xlsx] [--json report.json] [--sheet name]… [--year YYYY]
                  [--map role=column]… [--lang it|en] [--fail-on error|warning|info]
  traguardo clear <scored.xlsx> [--out file.xlsx]

Exit codes: 0 done; 1 findings at or above --fail-on; 2 bad input file or usage.
`;

/** Lines of standard input, without their line ends; a final empty line (the file's last newline) is not one. */
async function* stdinLines(): AsyncIterable<string> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) yield line;
}

/** The CLI entry: dispatch on the command; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // `traguardo … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const io: CliIo = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    stdoutAsync: drainingWriter(process.stdout),
  };
  const [command, ...rest] = argv;
  switch (command) {
    case 'evaluate':
      return runEvaluate(rest, io, stdinLines());
    case 'score':
      return runScore(rest, io);
    case 'clear':
      return runClear(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`traguardo: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}
