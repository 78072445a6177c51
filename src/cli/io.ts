/** Where a CLI command writes: stdout for results, stderr for errors and progress; `isTTY` is stderr's. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
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
