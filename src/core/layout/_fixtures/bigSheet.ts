import { gridFromRows, type CellInput } from '../_lib/gridFromRows';
import { SEED_ROWS } from './seedRows';

/** 10,000 indicator rows under a title and a header, an objective merged over every three rows, a section every 60. */
export function bigSheet(): ReturnType<typeof gridFromRows> {
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
