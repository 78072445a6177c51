import { issue } from '../core/issues';
import { renderIssue } from '../core/i18n/render';
import { DEFAULT_POLICY, ScoringPolicySchema } from '../core/scoring/policy';
import type { IndicatorReport, SheetReport } from '../core/sheet/report.types';
import type { SheetSnapshot } from './port';
import { buildWritePlan, percentFormat } from './writePlan';

const cell = (value: string | number | null) => ({ value, text: value === null ? '' : String(value), format: 'General' });

function snapshot(rows: Array<Array<string | number | null>>, origin = { row: 0, col: 0 }): SheetSnapshot {
  return { name: 'Foglio1', origin, cells: rows.map((r) => r.map(cell)), merges: [], tables: [], hiddenRows: [], hiddenCols: [] };
}

function ind(row: number, band: IndicatorReport['evaluation']['band'], achievement: number | null, findings = [] as IndicatorReport['evaluation']['findings']): IndicatorReport {
  return {
    row, objective: null, code: `C${row}`, name: `Ind ${row}`, weight: 1,
    cells: { target: `C${row}`, result: `D${row}`, stated: null },
    evaluation: {
      target: { kind: 'at-least', value: 1, high: null, unit: null, date: null, expected: null, reference: null, notes: [], directionInferred: false, provenance: null, revisions: [] },
      result: { value: 1, unit: null, numerator: null, denominator: null, date: null, yes: null, source: 'number', token: '1', reason: null, statedInText: null },
      achievement, status: band === 'near-miss' ? 'shortfall' : band, band, rule: 'ratio', formula: null, findings,
    },
  };
}

function report(indicators: IndicatorReport[], issues: SheetReport['issues'] = []): SheetReport {
  return {
    sheet: 'Foglio1',
    mapping: { version: 1, sheet: 'Foglio1', headerRow: 2, firstDataRow: 3, lastDataRow: 5, columns: { target: 'C', result: 'D' }, year: 2023 },
    indicators, objectives: [], counts: { met: 0, shortfall: 0, notEvaluable: 0 }, issues,
  };
}

const SHEET = snapshot([['Titolo'], ['Ob', 'Ind', 'Target', 'Risultato'], ['A', 'x', '>= 1', 2], ['A', 'y', '>= 1', 0.5]]);

describe('buildWritePlan', () => {
  test.each([
    ['it', 'Raggiungimento (Traguardo)', 'n.v.'],
    ['en', 'Achievement (Traguardo)', 'n/a'],
  ] as const)('in %s heads the column %s and writes %s for a row that is not evaluable', (lang, header, na) => {
    const plan = buildWritePlan(SHEET, report([ind(3, 'met', 100), ind(4, 'not-evaluable', null)]), { lang, policy: DEFAULT_POLICY });
    expect(plan.output).toMatchObject({ column: 'E', headerRow: 2, header, numberFormat: '0.0%' });
    expect(plan.output.cells).toEqual([{ row: 3, value: 1, text: null }, { row: 4, value: null, text: na }]);
  });

  test.each([[0, '0%'], [1, '0.0%'], [2, '0.00%'], [4, '0.0000%']])('uses %i display decimals as %s', (d, fmt) => {
    expect(percentFormat(d)).toBe(fmt);
    const policy = ScoringPolicySchema.parse({ displayDecimals: d });
    expect(buildWritePlan(SHEET, report([]), { lang: 'it', policy }).output.numberFormat).toBe(fmt);
  });

  test('places the column right of a used range that does not start at A1', () => {
    const plan = buildWritePlan(snapshot([['a', 'b', 'c']], { row: 4, col: 2 }), report([]), { lang: 'it', policy: DEFAULT_POLICY });
    expect(plan.output.column).toBe('F');
  });

  test('reuses the column of an earlier run as Traguardo\'s record names it, so computing twice equals once', () => {
    const rerun = { ...snapshot([['Titolo'], ['Ob', 'Ind', 'Target', 'Risultato', 'Achievement (Traguardo)', 'Note utente'], ['A', 'x', '>= 1', 2, 1]]), outputColumn: 'E' };
    expect(buildWritePlan(rerun, report([ind(3, 'met', 100)]), { lang: 'it', policy: DEFAULT_POLICY }).output.column).toBe('E');
  });

  test('a user\'s cell reading "Raggiungimento (Traguardo)" is the user\'s: the output goes right of the used range', () => {
    const typed = snapshot([['Titolo', '', '', '', '', 'Raggiungimento (Traguardo)'], ['Ob', 'Ind', 'Target', 'Risultato', 'Nota'], ['A', 'x', '>= 1', 2, 'mia']]);
    expect(buildWritePlan(typed, report([ind(3, 'met', 100)]), { lang: 'it', policy: DEFAULT_POLICY }).output.column).toBe('G');
  });

  test.each([
    ['a merged area', { merges: [{ top: 1, left: 4, bottom: 3, right: 5 }] }, 'G'],
    ['a merge far below the rows written', { merges: [{ top: 40, left: 4, bottom: 41, right: 4 }] }, 'E'],
    ['a formula showing "" the adapter reserved', { reserved: [{ top: 3, left: 4, bottom: 3, right: 4, kind: 'formula' as const }] }, 'F'],
    ['a table right of the data', { reserved: [{ top: 1, left: 4, bottom: 9, right: 6, kind: 'table' as const }] }, 'H'],
  ])('goes past %s over the rows it writes', (_what, extra, column) => {
    const sheet = { ...SHEET, ...extra };
    expect(buildWritePlan(sheet, report([ind(3, 'met', 100), ind(4, 'met', 100)]), { lang: 'it', policy: DEFAULT_POLICY }).output.column).toBe(column);
  });

  test('keeps achievements unrounded, as fractions', () => {
    const plan = buildWritePlan(SHEET, report([ind(3, 'shortfall', 57.142857)]), { lang: 'it', policy: DEFAULT_POLICY });
    expect(plan.output.cells[0]?.value).toBeCloseTo(0.57142857, 10);
  });

  test('highlights the result cell and the output cell of each scored row by band, and nothing for a row not evaluable', () => {
    const plan = buildWritePlan(SHEET, report([ind(3, 'near-miss', 95), ind(4, 'not-evaluable', null)]), { lang: 'it', policy: DEFAULT_POLICY });
    expect(plan.highlights).toEqual([{ address: 'D3', band: 'near-miss' }, { address: 'E3', band: 'near-miss' }]);
  });

  test('notes each flagged cell once with its rendered findings joined by newlines', () => {
    const a = issue('stated-mismatch', 'warning', { cell: 'D3', expected: '100', received: '57', params: { stated: 57, computed: 100 } });
    const b = issue('ratio-mismatch', 'warning', { params: { value: 91, numerator: 80, denominator: 99, computed: 80.8081 } });
    const c = issue('target-revised', 'info', { cell: 'C3', params: { from: '20%', to: '25%' } });
    const plan = buildWritePlan(SHEET, report([ind(3, 'met', 100, [a, b, c])]), { lang: 'it', policy: DEFAULT_POLICY });
    expect(plan.notes).toEqual([
      // The note on D3 does not repeat "D3: " (the finding is on that very cell); the findings list keeps it.
      { address: 'D3', text: `Traguardo: Raggiungimento dichiarato 57% diverso da quello calcolato 100%.\n${renderIssue(b, 'it')}` },
    ]);
    expect(plan.findings[0]?.message).toBe(renderIssue(a, 'it'));
    expect(plan.findings[0]?.message.startsWith('D3: ')).toBe(true);
    // an info finding of an evaluable indicator is listed, not noted on the cell
    expect(plan.findings.map((f) => f.address)).toContain('C3');
    expect(plan.findings.map((f) => [f.address, f.code, f.indicator])).toEqual([['D3', 'stated-mismatch', 'C3'], ['D3', 'ratio-mismatch', 'C3'], ['C3', 'target-revised', 'C3']]);
  });

  test('gives a row not evaluable without findings a note saying so', () => {
    const plan = buildWritePlan(SHEET, report([ind(4, 'not-evaluable', null)]), { lang: 'en', policy: DEFAULT_POLICY });
    expect(plan.notes).toEqual([{ address: 'D4', text: 'Traguardo: E4: Not evaluable.' }]);
  });

  test('lists sheet-level findings, noting those that name a cell', () => {
    const plan = buildWritePlan(SHEET, report([], [issue('role-missing', 'error', { params: { role: 'result' } }), issue('role-low-confidence', 'warning', { cell: 'D2', params: { role: 'target', column: 'D', confidence: 0.4 } })]), { lang: 'it', policy: DEFAULT_POLICY });
    expect(plan.findings.map((f) => f.address)).toEqual(['', 'D2']);
    expect(plan.notes.map((n) => n.address)).toEqual(['D2']);
  });
});
