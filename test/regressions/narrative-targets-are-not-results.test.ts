import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { seedRow } from '../_lib/seed';

// Found by reading every seed narrative against the seed's own values: figures that state a target, a threshold
// or a count (for a percent target) were once taken for the result.
const read = (id: string) => {
  const r = seedRow(id);
  return evaluateIndicator({ target: r.target_raw, result: r.result_raw, year: 2023, algorithm: r.algorithm, indicator: r.indicator }).result.value;
};

test.each([
  ['A02.01-1', 'a new target "pari a 3" stated in the narrative'],
  ['D01.04-1', '"i target per le 9 procedure"'],
  ['D01-1', 'the threshold "sopra il 90%"'],
  ['B04.01-5', 'a count (140) against a percent target'],
])('%s: does not take %s for the result', (id) => {
  expect(read(id)).not.toBe(id === 'A02.01-1' ? 3 : id === 'D01.04-1' ? 9 : id === 'D01-1' ? 90 : 140);
});

test('B06-2: reads the ratio 1,4 rather than a time of 190,7 days against "≤ 1"', () => expect([null, 1.4]).toContain(read('B06-2')));
test('E03.02-1: does not pick one of "due azioni" and "n. 3 incontri" with confidence', () => expect([null, 2]).toContain(read('E03.02-1')));
