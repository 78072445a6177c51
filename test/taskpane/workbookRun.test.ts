import { indicatorSheetScore } from '../../src/core/layout/detectLayout';
import type { Grid } from '../../src/core/layout/grid.types';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { formatDateTime } from '../../src/taskpane/format/formatDateTime';
import { storedComputedAt, withConfirmed } from '../../src/taskpane/pipeline/settings';
import { sheetKind, summarize } from '../../src/taskpane/pipeline/workbookRun';
import { decodeState, encodeState, settingsOf } from '../../src/workbook/state';
import { MAPPING, report } from './fixtures';

const grid = (rows: Array<Array<string | number>>): Grid => ({
  origin: { row: 0, col: 0 },
  cells: rows.map((r) => r.map((v) => ({ value: v, text: String(v), format: 'General' }))),
  merges: [],
  tables: [],
  hiddenRows: [],
  hiddenCols: [],
});
const kind = (g: Grid) => sheetKind(g, indicatorSheetScore(g));

describe('sheetKind', () => {
  test('an indicator sheet, and why the others are left out', () => {
    expect(kind(grid([['Obiettivo', 'Indicatore', 'Target 2023', 'Risultato 2023'], ['A01', 'Pratiche evase', '>= 90%', '95%']]))).toBe('indicators');
    expect(kind(grid([]))).toBe('empty');
    expect(kind(grid([[''], ['', '  ']]))).toBe('empty');
    expect(kind(grid([['Istruzioni'], ['Compilare un foglio per anno.']]))).toBe('text');
    expect(kind(grid([['Voce', 'Previsione 2023', 'Consuntivo 2023'], ['Personale', 1200, 1180]]))).toBe('not-indicators');
  });
});

describe('the computed-at time in the stored settings', () => {
  const AT = '2026-11-29T13:05:00.000Z';

  test('is stored per sheet beside the other sheets’ times', () => {
    const one = withConfirmed(null, MAPPING, DEFAULT_POLICY, AT);
    const two = withConfirmed(one, { ...MAPPING, sheet: 'Altro' }, DEFAULT_POLICY, '2026-11-30T08:00:00.000Z');
    expect(two.computedAt).toEqual({ Foglio1: AT, Altro: '2026-11-30T08:00:00.000Z' });
    expect(storedComputedAt(two, 'Foglio1')).toBe(AT);
    expect(withConfirmed(null, MAPPING, DEFAULT_POLICY).computedAt).toBeUndefined();
  });

  test('survives the state round trip, and state without it (older files) still reads', () => {
    const state = { format: 'traguardo' as const, version: 1 as const, settings: withConfirmed(null, MAPPING, DEFAULT_POLICY, AT), sheets: {} };
    expect(settingsOf(decodeState(encodeState(state)))?.computedAt).toEqual({ Foglio1: AT });
    const old = { ...state, settings: { version: 1 as const, mappings: { Foglio1: MAPPING } } };
    const read = settingsOf(decodeState(encodeState(old)));
    expect(read?.mappings['Foglio1']).toEqual(MAPPING);
    expect(storedComputedAt(read, 'Foglio1')).toBeNull();
  });

  test('a time that is not a date shows no time and does not lose the rest of the state', () => {
    const state = { format: 'traguardo' as const, version: 1 as const, settings: { version: 1 as const, mappings: { Foglio1: MAPPING }, computedAt: { Foglio1: 'ieri' } }, sheets: {} };
    const read = settingsOf(decodeState(encodeState(state)));
    expect(read?.mappings['Foglio1']).toEqual(MAPPING);
    expect(storedComputedAt(read, 'Foglio1')).toBeNull();
  });
});

describe('formatDateTime', () => {
  const at = new Date(2026, 10, 29, 14, 5).toISOString();
  test('in the pane language, in local time', () => {
    expect(formatDateTime(at, 'it')).toEqual({ date: '29/11/2026', time: '14:05' });
    expect(formatDateTime(at, 'en')).toEqual({ date: '29 Nov 2026', time: '14:05' });
    expect(formatDateTime(new Date(2026, 0, 5, 9, 7).toISOString(), 'it')).toEqual({ date: '05/01/2026', time: '09:07' });
    expect(formatDateTime('not a time', 'it')).toBeNull();
  });
});

describe('summarize', () => {
  test('indicators, mean achievement of the evaluated ones, findings', () => {
    const r = report();
    const s = summarize(r, null, DEFAULT_POLICY);
    const evaluated = r.indicators.map((i) => i.evaluation.achievement).filter((a): a is number => a !== null);
    expect(s.indicators).toBe(3);
    expect(evaluated.length).toBeGreaterThan(0);
    expect(s.average).toBeCloseTo(evaluated.reduce((a, b) => a + b, 0) / evaluated.length, 10);
    expect(s.findings).toBe(r.issues.length + r.indicators.reduce((n, i) => n + i.evaluation.findings.length, 0));
    expect(s.findings).toBeGreaterThan(0);
  });
});
