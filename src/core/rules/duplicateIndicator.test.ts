import { checkDuplicateIndicators, type IdentifiedRow } from './duplicateIndicator';

const row = (r: number, code: string | null, name: string | null, objective: string | null = 'A01.01', withdrawn = false): IdentifiedRow =>
  ({ row: r, objective, code, name, cell: `B${r}`, withdrawn });

describe('duplicate-indicator', () => {
  test('flags the second row with the same code under the same objective', () =>
    expect(checkDuplicateIndicators([row(5, 'A01.01-1', 'Imprese assistite'), row(6, 'A01.01-1', 'Imprese assistite nel 2023')])
      .map((f) => [f.code, f.cell, f.params])).toEqual([['duplicate-indicator', 'B6', { name: 'A01.01-1', firstRow: 5 }]]));

  test('flags the same name without codes, whatever its case and spacing', () =>
    expect(checkDuplicateIndicators([row(5, null, 'Tempo medio di evasione delle pratiche'), row(9, null, 'tempo medio  di evasione delle pratiche ')]).map((f) => f.cell))
      .toEqual(['B9']));

  test('flags a structured code repeated under another objective', () =>
    expect(checkDuplicateIndicators([row(5, 'A01.01-1', 'Eventi', 'A01.01'), row(9, 'A01.01-1', 'Eventi', 'A02.01')]).map((f) => f.cell)).toEqual(['B9']));

  test.each([
    ['the same name under two objectives', [row(5, null, 'Grado di soddisfazione', 'A01.01'), row(6, null, 'Grado di soddisfazione', 'A02.01')]],
    ['codes that restart per objective', [row(5, '1', 'Eventi', 'A01.01'), row(6, '1', 'Bandi', 'A02.01')]],
    ['a withdrawn indicator replaced by its revision', [row(5, 'A01.01-1', 'Eventi', 'A01.01', true), row(6, 'A01.01-1', 'Eventi')]],
    ['different codes with the same name', [row(5, 'A01.01-1', 'Eventi'), row(6, 'A01.01-2', 'Eventi')]],
    ['one merged code cell over two rows of an indicator', [{ ...row(5, 'A01.01-1', 'Eventi'), cell: 'B5' }, { ...row(6, 'A01.01-1', 'Eventi'), cell: 'B5' }]],
  ])('accepts %s', (_, rows) => expect(checkDuplicateIndicators(rows)).toEqual([]));
});
