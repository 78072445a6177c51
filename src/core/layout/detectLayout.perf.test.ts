import { detectLayout } from './detectLayout';
import { indicatorRows } from './indicatorRows';
import { bigSheet } from './_fixtures/bigSheet';

describe('detectLayout and indicatorRows on 10,000 rows', () => {
  // Heavy: its speed is printed by `npm run bench:workbook`, never asserted here.
  test('read every indicator row, section and merged objective', () => {
    const grid = bigSheet();
    const { mapping } = detectLayout(grid, { sheet: 'S' });
    const rows = mapping ? indicatorRows(grid, mapping) : [];
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]?.section).toBe('AMBITO 167');
    expect(rows[9_998]?.objective).toBe(rows[9_996]?.objective);
  }, 60_000);
});
