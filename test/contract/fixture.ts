import { issue, type Issue } from '../../src/core/issues';
import type { Band, IndicatorReport, SheetReport, Status } from '../../src/core/sheet/report.types';
import type { Target } from '../../src/core/target/target.types';
import type { ResultValue } from '../../src/core/result/result.types';

/** One cell of a test workbook, described once for both adapters. */
export interface FixtureCell {
  address: string;
  /** Numbers (dates as serials), text, booleans. */
  value: number | string | boolean;
  /** What Excel displays (the fake returns it; the file adapter must compute it). */
  text?: string;
  numFmt?: string;
  /** The value is a date (the file holds a JS Date). */
  date?: boolean;
  /** A formula (without "=") whose cached result is `value`. */
  formula?: string;
  /** Rich text runs; `value` is their joined text. */
  rich?: Array<{ text: string; bold?: boolean }>;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  note?: string;
}

export interface FixtureSheet {
  name: string;
  visible?: boolean;
  cells: FixtureCell[];
  merges?: string[];
  /** 1-based rows. */
  hiddenRows?: number[];
}

export const SHEET = 'Obiettivi 2023';
export const USER_NOTE = 'Fonte: registro imprese';

/** A sheet like the real ones: title rows, a merged title and objective, percent, dates, a formula, rich text. */
export const FIXTURE: FixtureSheet[] = [
  {
    name: SHEET,
    merges: ['A1:F1', 'A4:A5'],
    hiddenRows: [2],
    cells: [
      { address: 'A1', value: 'Relazione sulla performance 2023', bold: true },
      { address: 'A2', value: 'CCIAA Riviere di Liguria' },
      { address: 'A3', value: 'Obiettivo', bold: true },
      { address: 'B3', value: 'Indicatore', bold: true },
      { address: 'C3', value: 'Target 2023', bold: true },
      { address: 'D3', value: 'Risultato', bold: true },
      { address: 'E3', value: 'Data rilevazione', bold: true },
      { address: 'F3', value: 'Peso', bold: true },
      { address: 'A4', value: 'A01.01 Digitalizzazione' },
      { address: 'B4', value: 'Imprese aderenti', rich: [{ text: 'Imprese ' }, { text: 'aderenti', bold: true }] },
      { address: 'C4', value: '>= 0,21' },
      { address: 'D4', value: 0.2856, numFmt: '0.00%', text: '28.56%', fill: '#FFFF00', note: USER_NOTE },
      { address: 'E4', value: 45291, numFmt: 'dd/mm/yyyy', text: '31/12/2023', date: true },
      { address: 'F4', value: 0.5, numFmt: '0.0', text: '0.5' },
      { address: 'B5', value: 'Pratiche evase' },
      { address: 'C5', value: '>= 700' },
      { address: 'D5', value: 680, formula: '600+80', text: '680' },
      { address: 'E5', value: 45280, numFmt: 'dd/mm/yyyy', text: '20/12/2023', date: true },
      { address: 'F5', value: 0.5, numFmt: '0.0', text: '0.5' },
      { address: 'A6', value: 'A02.01 Tempi' },
      { address: 'B6', value: 'Tempo medio' },
      { address: 'C6', value: '<= 5 giorni' },
      { address: 'D6', value: 1234.5, numFmt: '#,##0.00', text: '1,234.50', fontColor: '#FF0000' },
      { address: 'F6', value: 1, text: '1' },
      { address: 'B7', value: 'Indicatore senza dato' },
      { address: 'C7', value: 'dato medio nazionale' },
      { address: 'D7', value: 'ND' },
    ],
  },
  { name: 'Dati', cells: [{ address: 'A1', value: 'x' }] },
  { name: 'Archivio', visible: false, cells: [{ address: 'A1', value: 'old' }] },
];

const TARGET: Target = {
  kind: 'at-least', value: 21, high: null, unit: 'percent', date: null, expected: null, reference: null,
  notes: [], directionInferred: false, provenance: null, revisions: [],
};
const RESULT: ResultValue = {
  value: 28.56, unit: 'percent', numerator: null, denominator: null, date: null, yes: null,
  source: 'percent', token: '28,56%', reason: null, statedInText: null,
};

/** A hand-made indicator report row. */
export function indicator(row: number, band: Band, achievement: number | null, findings: Issue[] = [], code: string | null = null): IndicatorReport {
  const status: Status = band === 'near-miss' ? 'shortfall' : band;
  return {
    row,
    objective: null,
    code,
    name: `Indicatore ${row}`,
    weight: 1,
    cells: { target: `C${row}`, result: `D${row}`, stated: null },
    evaluation: { target: TARGET, result: RESULT, achievement, status, band, rule: 'ratio', formula: null, findings },
  };
}

/** The report the core would give for FIXTURE's sheet (hand-made until scoreSheet lands). */
export function fixtureReport(): SheetReport {
  return {
    sheet: SHEET,
    mapping: { version: 1, sheet: SHEET, headerRow: 3, firstDataRow: 4, lastDataRow: 7, columns: { indicator: 'B', target: 'C', result: 'D' }, year: 2023 },
    indicators: [
      indicator(4, 'met', 100, [issue('stated-mismatch', 'warning', { cell: 'D4', expected: '100', received: '57', params: { stated: 57, computed: 100 } })], 'A01.01-1'),
      indicator(5, 'near-miss', 97.14),
      indicator(6, 'shortfall', 40.5),
      indicator(7, 'not-evaluable', null, [issue('target-reference-unresolved', 'warning', { cell: 'C7', received: 'dato medio nazionale', params: { text: 'dato medio nazionale' } })]),
    ],
    objectives: [],
    counts: { met: 1, shortfall: 2, notEvaluable: 1 },
    issues: [],
  };
}
