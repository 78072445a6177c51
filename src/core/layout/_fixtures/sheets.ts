import type { Grid } from '../grid.types';
import { gridFromRows, type CellInput } from '../_lib/gridFromRows';
import { seed, SEED_ROWS } from './seedRows';

/** Test sheets in the layouts real indicator workbooks use, filled with verbatim seed strings. */

const firstSix = SEED_ROWS.slice(0, 6);

/** Codice | Indicatore | Algoritmo | Target | Risultato | % raggiungimento, header on row 1. */
export function plainSheet(): Grid {
  return gridFromRows([
    ['Codice', 'Indicatore', 'Algoritmo', 'Target', 'Risultato', '% raggiungimento'],
    ...firstSix.map((r) => [r.id, r.indicator, r.algorithm, r.target_raw, r.result_raw, r.achievement_stated]),
  ]);
}

/** Three title rows (the first merged across the width), a blank row, then the header on row 5. */
export function titledSheet(): Grid {
  return gridFromRows(
    [
      ['RELAZIONE SULLA PERFORMANCE 2023 - CCIAA RIVIERE DI LIGURIA', null, null, null, null, null, null],
      ['Allegato 1 - Obiettivi operativi, indicatori e risultati', null, null, null, null, null, null],
      ['Fonte: controllo di gestione, dati al 31/12/2023', null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      [
        'Obiettivo operativo',
        'Indicatore',
        'Algoritmo di calcolo',
        'Risultato atteso',
        'Valore rilevato',
        'Percentuale di raggiungimento',
        'Valutazione OIV',
      ],
      ...firstSix.map((r) => [
        r.objective_code,
        r.indicator,
        r.algorithm,
        r.target_2023_raw,
        r.result_raw,
        r.achievement_stated,
        r.oiv_valuation,
      ]),
    ],
    { merges: ['A1:G1', 'A2:G2'] },
  );
}

/** Two-row grouped header: "PROGRAMMAZIONE" over Indicatore | Target, "CONSUNTIVO" over Valore | %. */
export function groupedSheet(): Grid {
  const a = seed('A01.01-1');
  const b = seed('A01.01-2');
  return gridFromRows(
    [
      ['Obiettivo', 'PROGRAMMAZIONE', null, null, 'CONSUNTIVO', null, 'Note'],
      [null, 'Indicatore', 'Algoritmo', 'Target', 'Valore', '%', null],
      [a.objective_code, a.indicator, a.algorithm, a.target_2023_raw, 167, { value: 1, text: '100%', format: '0%' }, null],
      [b.objective_code, b.indicator, b.algorithm, b.target_2023_raw, 29, { value: 1, text: '100%', format: '0%' }, 'eventi PID'],
    ],
    { merges: ['A1:A2', 'B1:D1', 'E1:F1', 'G1:G2'] },
  );
}

/** A title in A1 and an Excel table "Indicatori" at D5:H8 (header D5). */
export function tableSheet(): Grid {
  const rows: CellInput[][] = [['Piano della performance 2023'], [], [], []];
  rows.push([null, null, null, 'Indicatore', 'Target', 'Risultato', 'Grado di raggiungimento', 'Servizio']);
  for (const r of SEED_ROWS.slice(1, 4))
    rows.push([null, null, null, r.indicator, r.target_2023_raw, r.result_raw, r.achievement_stated, r.unit]);
  return gridFromRows(rows, { tables: [{ name: 'Indicatori', ref: 'D5:H8' }] });
}

/** English headers with years. */
export function englishSheet(): Grid {
  return gridFromRows([
    ['Objective', 'KPI', 'Formula', 'Target 2023', 'Actual 2023', 'Achievement %', 'Weight', 'Owner', 'Notes'],
    [
      'Digital transition',
      'Digital maturity assessments',
      'Number of assessments at 31/12',
      '>= 110',
      167,
      '100%',
      '30%',
      'Digital services',
      '',
    ],
    ['Digital transition', 'Digital culture events', 'Number of events', '>= 15', 29, '100%', '20%', 'Digital services', 'PID'],
  ]);
}

/** Target 2022 | Target 2023 | Target 2024 | Consuntivo 2023. */
export function yearColumnsSheet(): Grid {
  const a = seed('A01-1');
  return gridFromRows([
    ['Indicatore', 'Target 2022', 'Target 2023', 'Target 2024', 'Consuntivo 2023'],
    [a.indicator, '>= 0,18', '>= 0,21', '>= 0,23', '0,12'],
    [seed('A02-1').indicator, '>=14%', '>=15%', '>=16%', '28,56%'],
  ]);
}

/** One objective merged over three indicator rows (A2:A4), then a second objective on one row. */
export function mergedObjectiveSheet(): Grid {
  const rows = ['A01.01-1', 'A01.01-2', 'A01.01-3', 'B05.01-1'].map(seed);
  return gridFromRows(
    [
      ['Obiettivo operativo', 'Indicatore', 'Target', 'Risultato'],
      ...rows.map((r, i) => [
        i === 0 || i === 3 ? `${r.objective_code} ${r.objective_title}` : null,
        r.indicator,
        r.target_raw,
        r.result_raw,
      ]),
    ],
    { merges: ['A2:A4'] },
  );
}

/** "AMBITO …" section rows merged across the width, each followed by its indicators. */
export function sectionSheet(): Grid {
  const a = seed('A01.01-1');
  const c = seed('C01-1');
  const d = seed('D01.02-1');
  return gridFromRows(
    [
      ['Codice', 'Indicatore', 'Target', 'Risultato'],
      ['AMBITO 1 - COMPETITIVITÀ E SVILUPPO DELLE IMPRESE', null, null, null],
      [a.id, a.indicator, a.target_raw, a.result_raw],
      [null, null, null, null],
      ['AMBITO 2 - EFFICIENZA DELL’ENTE', null, null, null],
      [c.id, c.indicator, c.target_raw, c.result_raw],
      [d.id, d.indicator, d.target_raw, d.result_raw],
    ],
    { merges: ['A2:D2', 'A5:D5'] },
  );
}

/** A hidden column C holding last year's targets, beside the visible Target column D. */
export function hiddenColumnSheet(): Grid {
  return gridFromRows(
    [
      ['Codice', 'Indicatore', 'Target', 'Target', 'Risultato'],
      ['A02-3', seed('A01-1').indicator, '>=63%', '>= 65%', '72%'],
      ['A02-4', seed('A02-1').indicator, '>= 3.500', '>= 3.900', '4.206'],
    ],
    { hiddenCols: ['C'] },
  );
}

/** A budget table: no indicators. */
export function budgetSheet(): Grid {
  return gridFromRows([
    ['Bilancio di previsione 2023'],
    [],
    ['Voce', 'Previsione iniziale 2023', 'Previsione definitiva 2023', 'Consuntivo 2023', 'Scostamento'],
    ['Diritto annuale', 9_500_000, 9_350_000, 9_412_337.5, 62_337.5],
    ['Diritti di segreteria', 2_700_000, 2_750_000, 2_801_120, 51_120],
    ['Contributi e trasferimenti', 1_200_000, 1_450_000, 1_390_000, -60_000],
  ]);
}
