/**
 * Issue 10: `traguardo evaluate` streams with back-pressure. A slow reader on stdout holds the input back: the
 * output buffer never grows past the stream's high-water mark (plus one line) and the input is read only as
 * fast as the output drains. Nothing here depends on the machine's speed: the reader is slowed by turns.
 */
import { Writable } from 'stream';
import { runEvaluate } from '../../src/cli/evaluate';
import { drainingWriter } from '../../src/cli/io';

const LINE = JSON.stringify({ target: '>= 80%', result: '75%', year: 2023 });

/** A writable that takes one chunk every few event-loop turns, recording the most bytes it ever held queued. */
function slowReader(highWaterMark: number): { stream: Writable; peak: () => number; lines: () => number } {
  let peak = 0;
  let lines = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, cb) {
      lines += chunk.toString('utf8').split('\n').length - 1;
      setImmediate(() => setImmediate(cb));
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const ok = (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    peak = Math.max(peak, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return { stream, peak: () => peak, lines: () => lines };
}

test('a slow reader: bounded buffer, the input pulled only as the output drains', async () => {
  const n = 20_000;
  const hwm = 16 * 1024;
  const reader = slowReader(hwm);
  let produced = 0;
  let maxAhead = 0;
  async function* input(): AsyncIterable<string> {
    for (let i = 0; i < n; i++) {
      produced++;
      maxAhead = Math.max(maxAhead, produced - reader.lines());
      yield LINE;
    }
  }
  const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, stdoutAsync: drainingWriter(reader.stream) };
  const code = await runEvaluate(['--lang', 'en'], io, input());
  await new Promise<void>((resolve) => reader.stream.end(resolve));
  expect(code).toBe(0);
  expect(reader.lines()).toBe(n);
  // One output line is well under 2 KB: the buffer holds at most the high-water mark and one more line.
  expect(reader.peak()).toBeLessThan(hwm + 4096);
  // Lines read ahead of what the reader took: bounded by what fits in the buffer, not by the input's length.
  expect(maxAhead).toBeLessThan(100);
}, 120_000);

test('without stdoutAsync (a plain sink) every line is still written, in order', async () => {
  const out: string[] = [];
  async function* input(): AsyncIterable<string> {
    yield LINE;
    yield 'not json';
  }
  const code = await runEvaluate([], { stdout: (s) => void out.push(s), stderr: () => undefined, isTTY: false }, input());
  expect(code).toBe(0);
  expect(out.map((l) => JSON.parse(l).status)).toEqual(['shortfall', 'not-evaluable']);
});
