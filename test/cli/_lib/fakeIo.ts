import type { CliIo } from '../../../src/cli/io';

/** A CliIo that records what a command prints. */
export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
}

export function fakeIo(isTTY = false): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    isTTY,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
