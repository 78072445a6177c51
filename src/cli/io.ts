/** Where a CLI command writes: stdout for results, stderr for errors and progress; `isTTY` is stderr's. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /**
   * Write to stdout and resolve once the stream can take more (back-pressure): commands that stream many lines
   * await it so that memory stays flat however slow the reader. Absent: `stdout`, never waiting.
   */
  stdoutAsync?: (s: string) => Promise<void>;
}

/**
 * A back-pressured writer over a stream: resolves at once while the stream's buffer is under its high-water
 * mark, else when it drains (or closes, or fails: a reader gone away must not hang the command).
 * @example io.stdoutAsync = drainingWriter(process.stdout)
 */
export function drainingWriter(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): (s: string) => Promise<void> {
  return (s) => {
    if (stream.write(s)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  };
}

/**
 * Exit codes of `traguardo score` and `traguardo clear`:
 * 0 the file was scored (or cleared); 1 findings at or above `--fail-on`; 2 bad input file or usage.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage or input problem: printed as one line, exit code 2. Thrown inside the CLI only, caught by the command. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string) {
    super(message);
  }
}
