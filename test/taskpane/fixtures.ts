import type { Issue } from '../../src/core/issues';
import type { ColumnMapping } from '../../src/core/layout/mapping';
import type { Band, IndicatorReport, SheetReport, Status } from '../../src/core/sheet/report.types';
import type { SheetSnapshot } from '../../src/workbook/port';

export const MAPPING: ColumnMapping = {
  version: 1,
  sheet: 'Foglio1',
  headerRow: 1,
  firstDataRow: 2,
  lastDataRow: 4,
  columns: { objective: 'A', indicator: 'B', target: 'C', result: 'D' },
  year: 2023,
};

/** A sheet with a header row and three indicators (A: objective, B: indicator, C: target, D: result). */
export function snapshot(): SheetSnapshot {
  const row = (...texts: string[]) => texts.map((t) => ({ value: t === '' ? null : t, text: t, format: 'General' }));
  return {
    name: 'Foglio1',
    origin: { row: 0, col: 0 },
    cells: [
      row('Obiettivo', 'Indicatore', 'Target 2023', 'Risultato'),
      row('A01', 'Pratiche evase', '>= 0,21', '0,12'),
      row('', 'Imprese coinvolte', '>= 700', '680'),
      row('A02', 'Eventi', '≥ dato medio nazionale', '15'),
    ],
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
    tables: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

function indicator(row: number, name: string, achievement: number | null, status: Status, band: Band, findings: Issue[] = []): IndicatorReport {
  return {
    row,
    objective: row < 4 ? 'A01' : 'A02',
    code: null,
    name,
    weight: 1,
    cells: { target: `C${row}`, result: `D${row}`, stated: null },
    evaluation: {
      target: {
        kind: 'at-least',
        value: 1,
        high: null,
        unit: null,
        date: null,
        expected: null,
        reference: null,
        notes: [],
        directionInferred: false,
        provenance: null,
        revisions: [],
      },
      result: {
        value: 1,
        unit: null,
        numerator: null,
        denominator: null,
        date: null,
        yes: null,
        source: 'number',
        token: null,
        reason: null,
        statedInText: null,
      },
      achievement,
      status,
      band,
      rule: 'ratio',
      formula: null,
      findings,
    },
  };
}

/** A report: one met, one near-miss shortfall, one not evaluable with a finding on C4. */
export function report(): SheetReport {
  return {
    sheet: 'Foglio1',
    mapping: MAPPING,
    indicators: [
      indicator(2, 'Pratiche evase', 57.142857, 'shortfall', 'shortfall'),
      indicator(3, 'Imprese coinvolte', 97.14, 'shortfall', 'near-miss', [{ code: 'direction-inferred', severity: 'info', cell: 'C3' }]),
      indicator(4, 'Eventi', null, 'not-evaluable', 'not-evaluable', [
        { code: 'target-reference-unresolved', severity: 'error', cell: 'C4', received: '≥ dato medio nazionale' },
      ]),
    ],
    objectives: [
      {
        key: 'A01',
        title: 'Digitalizzazione',
        parent: null,
        achievement: 77.14,
        coverage: 100,
        counts: { met: 0, shortfall: 2, notEvaluable: 0 },
        rows: [2, 3],
      },
      { key: 'A02', title: null, parent: null, achievement: null, coverage: 0, counts: { met: 0, shortfall: 0, notEvaluable: 1 }, rows: [4] },
    ],
    counts: { met: 0, shortfall: 2, notEvaluable: 1 },
    issues: [{ code: 'role-low-confidence', severity: 'warning', expected: 'weight' }],
  };
}

/** A stand-in renderer: "<cell>: <code>". */
export const render = (issue: Issue): string => `${issue.cell ? issue.cell + ': ' : ''}${issue.code}`;
