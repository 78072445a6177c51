import { checkWeightsSum, type WeightedRow } from './weightsSum';

const rows = (objective: string, weights: Array<number | null>, col = 'E', first = 5): WeightedRow[] =>
  weights.map((weight, k) => ({ objective, weight, cell: `${col}${first + k}` }));

describe('weights-sum', () => {
  test.each([
    [[60, 30], 90],
    [[0.5, 0.3], 0.8],
    [[40, 40, 40], 120],
  ])('flags weights %j adding up to %d, at the first weight cell', (weights, sum) =>
    expect(checkWeightsSum(rows('A01.01', weights), 0.5).map((f) => [f.code, f.cell, f.params])).toEqual([['weights-sum', 'E5', { objective: 'A01.01', sum }]]));

  test.each([
    [[50, 50]],
    [[0.6, 0.4]],
    [[33.3, 33.3, 33.4]],
    [[34, 33, 33]],
    [[100]],
  ])('accepts weights %j that add up to 100% or 1', (weights) => expect(checkWeightsSum(rows('A01.01', weights), 0.5)).toEqual([]));

  test('skips an objective where some indicator has no weight', () => expect(checkWeightsSum(rows('A01.01', [60, null]), 0.5)).toEqual([]));

  test('weighs a sheet without objectives as one whole', () =>
    expect(checkWeightsSum(rows(null as unknown as string, [40, 40]).map((r) => ({ ...r, objective: null })), 0.5, 'Obiettivi 2023').map((f) => f.params))
      .toEqual([{ objective: 'Obiettivi 2023', sum: 80 }]));

  test('checks each objective on its own', () =>
    expect(checkWeightsSum([...rows('A01.01', [50, 50]), ...rows('A01.02', [70, 20], 'E', 7)], 0.5).map((f) => f.cell)).toEqual(['E7']));
});
