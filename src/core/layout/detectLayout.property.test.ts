import fc from 'fast-check';
import { detectLayout, indicatorSheetScore } from './detectLayout';
import { indicatorRows } from './indicatorRows';
import { ColumnMappingSchema } from './mapping';
import type { CellValue, Grid, GridCell, GridRect } from './grid.types';

const WORDS = [
  'Indicatore',
  'Target 2023',
  'Target 2022',
  'Risultato',
  'CONSUNTIVO',
  '%',
  'Valore',
  'AMBITO 1',
  'Obiettivo',
  'Peso',
  'Note',
  '>= 0,21',
  'entro il 31/12/2023',
  '2023',
  '',
];
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 80 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const cell: fc.Arbitrary<GridCell> = fc.record({
  value,
  text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...WORDS)),
  format: fc.constantFrom('General', '0%', 'dd/mm/yyyy', '@'),
});
const rect: fc.Arbitrary<GridRect> = fc.record({
  top: fc.integer({ min: -2, max: 14 }),
  left: fc.integer({ min: -2, max: 8 }),
  bottom: fc.integer({ min: -2, max: 14 }),
  right: fc.integer({ min: -2, max: 8 }),
});
const grid: fc.Arbitrary<Grid> = fc.record({
  origin: fc.record({ row: fc.nat(50), col: fc.nat(30) }),
  cells: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
  merges: fc.array(rect, { maxLength: 6 }),
  tables: fc.array(
    fc.record({
      top: fc.integer({ min: -1, max: 14 }),
      left: fc.integer({ min: -1, max: 8 }),
      bottom: fc.integer({ min: -1, max: 14 }),
      right: fc.integer({ min: -1, max: 8 }),
      name: fc.string(),
      hasHeader: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  hiddenRows: fc.array(fc.integer({ min: -1, max: 14 }), { maxLength: 3 }),
  hiddenCols: fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 3 }),
});

const header: fc.Arbitrary<GridCell[]> = fc
  .shuffledSubarray(WORDS, { minLength: 2 })
  .map((ws) => ws.map((w) => ({ value: w, text: w, format: 'General' })));
const headed: fc.Arbitrary<Grid> = fc.tuple(grid, header, fc.nat(3)).map(([g, h, at]) => {
  const cells = [...g.cells];
  cells.splice(Math.min(at, cells.length), 0, h);
  return { ...g, cells };
});

describe('detectLayout on random grids', () => {
  test.each([
    ['random cells', grid],
    ['random cells under a row of header words', headed],
  ])('never throws on %s, and returns a mapping the schema accepts or null with no-header-row', (_name, grids) => {
    fc.assert(
      fc.property(grids, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }), (g, year) => {
        const d = detectLayout(g, year === undefined ? { sheet: 'S', today: new Date(2024, 0, 1) } : { sheet: 'S', year });
        if (d.mapping === null) expect(d.issues.map((i) => i.code)).toContain('no-header-row');
        else {
          expect(ColumnMappingSchema.safeParse(d.mapping).success).toBe(true);
          const mapping = d.mapping;
          expect(() => indicatorRows(g, mapping)).not.toThrow();
        }
        const s = indicatorSheetScore(g);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });
});
