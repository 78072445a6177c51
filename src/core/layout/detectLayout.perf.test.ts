import { detectLayout } from './detectLayout';
import { indicatorRows } from './indicatorRows';
import { gridFromRows, type CellInput } from './_lib/gridFromRows';
import { SEED_ROWS } from './_fixtures/seedRows';

/** 10,000 indicator rows under a title and a header, an objective merged over every three rows, a section every 60. */
function bigSheet(): ReturnType<typeof gridFromRows> {
  const rows: CellInput[][] = [
    ['Relazione sulla performance 2023'],
    [],
    [
      'Obiettivo',
      'Codice',
      'Indicatore',
      'Algoritmo',
      'Target 2022',
      'Target 2023',
      'Consuntivo 2023',
      '% raggiungimento',
      'Peso',
      'Servizio',
      'Note',
      'Valutazione OIV',
    ],
  ];
  const merges: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const r = SEED_ROWS[i % SEED_ROWS.length];
    if (!r) break;
    if (i % 60 === 0) {
      rows.push([`AMBITO ${i / 60 + 1}`]);
      merges.push(`A${rows.length}:L${rows.length}`);
    }
    if (i % 3 === 0) merges.push(`A${rows.length + 1}:A${rows.length + 3}`);
    rows.push([
      i % 3 === 0 ? r.objective_title : null,
      `${r.id}.${i}`,
      `${r.indicator} (${i})`,
      r.algorithm,
      '>= 1',
      r.target_raw,
      `${r.result_raw} [${i}]`,
      r.achievement_stated,
      10,
      r.unit,
      `nota ${i}`,
      r.oiv_valuation,
    ]);
  }
  return gridFromRows(rows, { merges });
}

describe('detectLayout and indicatorRows on 10,000 rows', () => {
  test('read every indicator row in well under a second (about 100 ms measured)', () => {
    const grid = bigSheet();
    const t0 = performance.now();
    const { mapping } = detectLayout(grid, { sheet: 'S' });
    const rows = mapping ? indicatorRows(grid, mapping) : [];
    const elapsed = performance.now() - t0;
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]?.section).toBe('AMBITO 167');
    expect(rows[9_998]?.objective).toBe(rows[9_996]?.objective);
    expect(elapsed).toBeLessThan(1_000);
  });
});
