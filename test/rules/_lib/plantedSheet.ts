import { gridFromRows, type CellInput } from '../../../src/core/layout/_lib/gridFromRows';
import type { Grid } from '../../../src/core/layout/grid.types';
import type { ColumnMapping } from '../../../src/core/layout/mapping';

const pct = (value: number): CellInput => ({ value, text: `${Math.round(value * 100)}%`, format: '0%' });

/**
 * A monitoring sheet of a Chamber of Commerce for 2023 with one planted defect per auditor's check, each at a
 * known cell; every other row is clean for those checks.
 */
export const PLANTED: ReadonlyArray<{ code: string; cell: string }> = [
  { code: 'result-year-mismatch', cell: 'H1' }, // the result column is headed 2022
  { code: 'target-below-baseline', cell: 'F3' }, // ≥ 100 after 120 last year
  { code: 'share-over-100', cell: 'H4' }, // 112% of published calls
  { code: 'weights-sum', cell: 'E4' }, // A02.01: 60 + 30
  { code: 'number-as-text', cell: 'H6' }, // "12" stored as text
  { code: 'duplicate-indicator', cell: 'B7' }, // A03.01-1 twice
  { code: 'formula-error', cell: 'H8' }, // #DIV/0!
];

export function plantedSheet(): { grid: Grid; mapping: ColumnMapping } {
  const rows: CellInput[][] = [
    ['Obiettivo operativo', 'Codice', 'Indicatore', 'Algoritmo di calcolo', 'Peso', 'Target 2023', 'Valore 2022', 'Risultato 2022'],
    ['A01.01 Semplificazione', 'A01.01-1', 'Pratiche evase entro 30 giorni', 'n. pratiche evase entro 30 gg / n. totale pratiche', 50, '>= 90%', pct(0.88), pct(0.95)],
    ['A01.01 Semplificazione', 'A01.01-2', 'Imprese assistite allo sportello', 'n. imprese assistite', 50, '>= 100', 120, 130],
    ['A02.01 Trasparenza', 'A02.01-1', 'Percentuale di bandi pubblicati nei termini', 'n. bandi pubblicati nei termini / n. totale bandi', 60, '>= 80%', pct(0.8), pct(1.125)],
    ['A02.01 Trasparenza', 'A02.01-2', 'Tempo medio di pagamento delle fatture', 'giorni medi tra ricezione e pagamento', 30, '<= 30 gg', 32, 28],
    ['A03.01 Promozione', 'A03.01-1', 'Eventi organizzati per le imprese', 'n. eventi organizzati', 50, '>= 10', 8, '12'],
    ['A03.01 Promozione', 'A03.01-1', 'Eventi organizzati per le imprese', 'n. eventi organizzati', 50, '>= 10', 9, 11],
    ['A04.01 Ascolto', 'A04.01-1', 'Tasso di risposta ai reclami', 'n. risposte / n. reclami ricevuti', 100, '>= 95%', pct(0.9), { value: '#DIV/0!', text: '#DIV/0!', format: '0%' }],
  ];
  const mapping: ColumnMapping = {
    version: 1,
    sheet: 'Monitoraggio 2023',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: rows.length,
    columns: { objective: 'A', code: 'B', indicator: 'C', algorithm: 'D', weight: 'E', target: 'F', baseline: 'G', result: 'H' },
    year: 2023,
  };
  return { grid: gridFromRows(rows), mapping };
}
