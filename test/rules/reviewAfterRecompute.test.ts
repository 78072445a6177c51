import { diffFindings } from '../../src/core/rules/diffFindings';
import { reportFindings } from '../../src/core/rules/fingerprint';
import { applyMarks, ReviewMarkSchema } from '../../src/core/rules/reviewMarks';
import { gridFromRows } from '../../src/core/layout/_lib/gridFromRows';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { plantedSheet } from './_lib/plantedSheet';

/** The planted sheet with a blank-free row inserted under the header (every row below moves down by one). */
function withInsertedRow() {
  const { grid, mapping } = plantedSheet();
  const rows = grid.cells.map((r) => r.map((c) => (c.value === null ? null : { value: c.value, text: c.text, format: c.format })));
  const inserted = ['A00.01 Nuovo', 'A00.01-1', 'Bilanci depositati', 'n. bilanci depositati', 100, '>= 50', 40, 60];
  return { grid: gridFromRows([rows[0]!, inserted, ...rows.slice(1)]), mapping: { ...mapping, lastDataRow: mapping.lastDataRow + 1 } };
}

describe('reviewed marks after a re-compute', () => {
  const before = reportFindings(scoreSheet(plantedSheet().grid, plantedSheet().mapping, DEFAULT_POLICY));
  const moved = withInsertedRow();
  const after = reportFindings(scoreSheet(moved.grid, moved.mapping, DEFAULT_POLICY));

  test('gives every finding a fingerprint of its own', () => expect(new Set(before.map((f) => f.fingerprint)).size).toBe(before.length));

  test('finds every marked finding again after a row is inserted above it', () => {
    const marks = before.map((f) => ReviewMarkSchema.parse({ fingerprint: f.fingerprint, status: 'confirmed', comment: `visto ${f.finding.cell ?? ''}` }));
    const marked = applyMarks(after, marks).filter((f) => f.subject.indicator?.code !== 'A00.01-1');
    expect(marked.every((f) => f.mark.status === 'confirmed')).toBe(true);
    expect(marked.map((f) => f.finding.cell)).toContain('H9'); // the #DIV/0! cell, moved from H8
  });

  test('shows only the inserted row\'s findings as new and nothing resolved', () => {
    const diff = diffFindings(before, after);
    expect(diff.resolved).toEqual([]);
    expect(diff.new.every((f) => f.subject.indicator?.code === 'A00.01-1')).toBe(true);
  });

  test('shows a corrected defect as resolved', () => {
    const { grid, mapping } = plantedSheet();
    const fixed = { ...grid, cells: grid.cells.map((r, k) => (k === 7 ? r.map((c, j) => (j === 7 ? { value: 0.97, text: '97%', format: '0%' } : c)) : r)) };
    const diff = diffFindings(before, reportFindings(scoreSheet(fixed, mapping, DEFAULT_POLICY)));
    expect(diff.resolved.map((f) => f.finding.code)).toContain('formula-error');
    expect(diff.new).toEqual([]);
  });
});
