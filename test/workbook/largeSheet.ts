import { issue } from '../../src/core/issues';
import type { Band, SheetReport } from '../../src/core/sheet/report.types';
import { indicator } from '../contract/fixture';
import type { FixtureSheet } from '../contract/fixture';

export const LARGE = 'Indicatori';

/** A sheet with a header row and `n` indicator rows (objective, name, target, result, weight). */
export function largeFixture(n: number): FixtureSheet[] {
  const cells: FixtureSheet['cells'] = [
    { address: 'A1', value: 'Obiettivo' },
    { address: 'B1', value: 'Indicatore' },
    { address: 'C1', value: 'Target 2023' },
    { address: 'D1', value: 'Risultato' },
    { address: 'E1', value: 'Peso' },
  ];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    cells.push(
      { address: `A${r}`, value: `A${String(Math.floor(i / 10)).padStart(2, '0')}.01` },
      { address: `B${r}`, value: `Indicatore numero ${i + 1} del piano della performance` },
      { address: `C${r}`, value: `>= ${(i % 90) + 10}%` },
      { address: `D${r}`, value: ((i * 7) % 100) / 100, numFmt: '0.00%', text: `${(i * 7) % 100}.00%` },
      { address: `E${r}`, value: 1, text: '1' },
    );
  }
  return [{ name: LARGE, cells }];
}

const BANDS: Band[] = ['met', 'near-miss', 'shortfall', 'not-evaluable'];

/** A report for `largeFixture(n)`: bands in turn, a finding on every tenth row. */
export function largeReport(n: number): SheetReport {
  const indicators = [];
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    const band = BANDS[i % 4] as Band;
    const findings = i % 10 === 0 ? [issue('direction-inferred', 'info', { cell: `C${row}`, params: { text: '5 gg', reason: 'unit' } })] : [];
    indicators.push(indicator(row, band, band === 'not-evaluable' ? null : band === 'met' ? 100 : band === 'near-miss' ? 95 : 40, findings));
  }
  return {
    sheet: LARGE,
    mapping: { version: 1, sheet: LARGE, headerRow: 1, firstDataRow: 2, lastDataRow: n + 1, columns: { target: 'C', result: 'D' }, year: 2023 },
    indicators,
    objectives: [],
    counts: { met: 0, shortfall: 0, notEvaluable: 0 },
    issues: [],
  };
}
