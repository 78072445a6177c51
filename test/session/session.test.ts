import { issue } from '../../src/core/issues';
import { gridFromRows } from '../../src/core/layout/_lib/gridFromRows';
import type { ColumnMapping } from '../../src/core/layout/mapping';
import { DEFAULT_POLICY, ScoringPolicySchema } from '../../src/core/scoring/policy';
import type { SheetReport } from '../../src/core/sheet/report.types';
import { detectLayout } from '../../src/core/layout/detectLayout';
import { defaultYear, NO_CHOICES, openSheet, placeFindings, resolveMapping, restoreSheet, scoreResolved, SESSION_DEPS as REAL, type SessionDeps } from '../../src/session';
import type { SheetSnapshot, StoredSettings } from '../../src/workbook/port';

/** "Now" fixed, so the years detection prefers do not move with the calendar. */
const TODAY = new Date('2026-03-01T00:00:00Z');
const SESSION_DEPS: SessionDeps = { ...REAL, detectLayout: (grid, opts) => detectLayout(grid, { ...opts, today: TODAY }) };

const sheetOf = (name: string, rows: Array<Array<string | number | null>>): SheetSnapshot => ({ ...gridFromRows(rows), name });

/** Two target years side by side: detection picks the column of the reference year. */
const TWO_YEARS = sheetOf('Piano', [
  ['Indicatore', 'Target 2023', 'Target 2024', 'Risultato'],
  ['Pratiche evase', '>= 80%', '>= 90%', '85%'],
  ['Eventi', '>= 10', '>= 12', 11],
]);

const settingsWith = (mapping: ColumnMapping): StoredSettings => ({ version: 1, mappings: { [mapping.sheet]: mapping } });

describe('resolveMapping: choices over the stored mapping over detection, one rule for the pane and the CLI', () => {
  const detected = openSheet(TWO_YEARS, null, SESSION_DEPS);
  const detectedMapping = detected.layout.mapping as ColumnMapping;

  test('with nothing stored and nothing chosen, detection', () => {
    const r = resolveMapping(detected, NO_CHOICES, SESSION_DEPS);
    expect(r.base).toBe('detected');
    expect(r.mapping.ok && r.mapping.value).toEqual(detectedMapping);
  });

  test('a chosen year runs detection again for that year: the 2023 target column', () => {
    expect([detectedMapping.year, detectedMapping.columns.target]).toEqual([2024, 'C']);
    const r = resolveMapping(detected, { ...NO_CHOICES, year: 2023 }, SESSION_DEPS);
    expect(r.mapping.ok && [r.mapping.value.year, r.mapping.value.columns.target]).toEqual([2023, 'B']);
  });

  test('a stored mapping wins over detection, and its findings are not repeated', () => {
    const stored: ColumnMapping = { ...detectedMapping, columns: { ...detectedMapping.columns, target: 'B' } };
    const sheet = openSheet(TWO_YEARS, settingsWith(stored), SESSION_DEPS);
    const r = resolveMapping(sheet, NO_CHOICES, SESSION_DEPS);
    expect([r.base, r.mapping.ok && r.mapping.value.columns.target, r.issues]).toEqual(['stored', 'B', []]);
  });

  test('a chosen year keeps the stored columns and changes only the year', () => {
    const sheet = openSheet(TWO_YEARS, settingsWith(detectedMapping), SESSION_DEPS);
    const r = resolveMapping(sheet, { ...NO_CHOICES, year: 2023 }, SESSION_DEPS);
    expect(r.mapping.ok && [r.mapping.value.year, r.mapping.value.columns.target]).toEqual([2023, 'C']);
  });

  test("the user's override wins over the stored mapping for that role only", () => {
    const stored: ColumnMapping = { ...detectedMapping, columns: { ...detectedMapping.columns, target: 'C' } };
    const sheet = openSheet(TWO_YEARS, settingsWith(stored), SESSION_DEPS);
    const r = resolveMapping(sheet, { ...NO_CHOICES, overrides: { result: 'B', target: null } }, SESSION_DEPS);
    expect(r.mapping.ok && r.mapping.value.columns).toEqual({ indicator: 'A', result: 'B' });
  });

  test('a stored mapping for another sheet name, or one that no longer validates, is ignored', () => {
    const other = { version: 1 as const, mappings: { Piano: { ...detectedMapping, sheet: 'Altro' } } };
    expect(openSheet(TWO_YEARS, other, SESSION_DEPS).stored).toBeNull();
    expect(openSheet(TWO_YEARS, { version: 1, mappings: { Piano: { headerRow: 'x' } } }, SESSION_DEPS).stored).toBeNull();
  });

  test('a header row given by hand outside the sheet is a no-header-row finding naming it, never a throw', () => {
    const r = resolveMapping(detected, { ...NO_CHOICES, headerRow: 40 }, SESSION_DEPS);
    expect(r.mapping.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.received])).toEqual([['no-header-row', '40']]);
  });
});

describe('defaultYear: headers, else content, else last year', () => {
  const today = TODAY;
  test('the year the headers name (the latest target year not after this year)', () => expect(defaultYear(openSheet(TWO_YEARS, null, SESSION_DEPS), null, today)).toBe(2024));

  test('no header detection can read: the title above the chosen header row, else the sheet name, else last year', () => {
    const odd = (name: string, title: string) => openSheet(sheetOf(name, [[title], [], ['Cosa', 'Quanto', 'Fatto'], ['Pratiche', '>= 90%', '95%']]), null, SESSION_DEPS);
    expect(odd('Foglio1', 'Scheda 2022').layout.mapping).toBeNull();
    expect(defaultYear(odd('Foglio1', 'Scheda 2022'), 3, today)).toBe(2022);
    expect(defaultYear(odd('Obiettivi 2021', 'Scheda'), 3, today)).toBe(2021);
    expect(defaultYear(odd('Foglio1', 'Scheda'), 3, today)).toBe(2025);
  });

  test('the stored year wins over the headers', () => {
    const stored = { ...(openSheet(TWO_YEARS, null, SESSION_DEPS).layout.mapping as ColumnMapping), year: 2022 };
    expect(defaultYear(openSheet(TWO_YEARS, settingsWith(stored), SESSION_DEPS), null, today)).toBe(2022);
  });
});

describe('scoreResolved: mapping findings join the report, configured by the policy', () => {
  /** A result column for 2022 against a 2023 target: detection's result-year-mismatch on the header. */
  const OLD_RESULT = sheetOf('Consuntivo', [['Codice', 'Indicatore', 'Target 2023', 'Risultato 2022'], ['B01-1', 'Imprese', '>= 700', 640]]);

  test('a mapping finding is a sheet finding of the report and of the plan', () => {
    const sheet = openSheet(OLD_RESULT, null, SESSION_DEPS);
    const resolved = resolveMapping(sheet, { ...NO_CHOICES, year: 2023 }, SESSION_DEPS);
    const scored = scoreResolved(OLD_RESULT, resolved, DEFAULT_POLICY, 'it', SESSION_DEPS);
    expect(scored?.report.issues.filter((i) => i.code === 'result-year-mismatch').map((i) => i.cell)).toEqual(['D1']);
    expect(scored?.plan.notes.map((n) => n.address)).toContain('D1');
  });

  test('a rule turned off in the policy drops its mapping finding too', () => {
    const sheet = openSheet(OLD_RESULT, null, SESSION_DEPS);
    const resolved = resolveMapping(sheet, { ...NO_CHOICES, year: 2023 }, SESSION_DEPS);
    const policy = ScoringPolicySchema.parse({ rules: { 'result-year-mismatch': { enabled: false } } });
    expect(scoreResolved(OLD_RESULT, resolved, policy, 'it', SESSION_DEPS)?.report.issues.map((i) => i.code)).not.toContain('result-year-mismatch');
  });

  test('restoreSheet scores from the stored mapping only; nothing stored, nothing restored', () => {
    const mapping = openSheet(TWO_YEARS, null, SESSION_DEPS).layout.mapping as ColumnMapping;
    expect(restoreSheet(openSheet(TWO_YEARS, null, SESSION_DEPS), DEFAULT_POLICY, 'it', SESSION_DEPS)).toBeNull();
    const restored = restoreSheet(openSheet(TWO_YEARS, settingsWith(mapping), SESSION_DEPS), DEFAULT_POLICY, 'it', SESSION_DEPS);
    expect(restored?.report.indicators.map((i) => i.row)).toEqual([2, 3]);
  });
});

describe('placeFindings: one cell per finding', () => {
  const base = scoreResolved(TWO_YEARS, resolveMapping(openSheet(TWO_YEARS, null, SESSION_DEPS), NO_CHOICES, SESSION_DEPS), DEFAULT_POLICY, 'it', SESSION_DEPS)?.report as SheetReport;
  const [first, second] = base.indicators;
  const report: SheetReport = {
    ...base,
    issues: [issue('role-low-confidence', 'warning', { cell: "'Piano'!$B$1", params: { role: 'target', column: 'B', confidence: 0.4 } }), issue('role-missing', 'info', { params: { role: 'stated' } })],
    indicators: [
      { ...first!, evaluation: { ...first!.evaluation, findings: [issue('stated-mismatch', 'warning', { params: { stated: 50, computed: 94.4 } }), issue('missing-result', 'error', { cell: '$D$2' })] } },
      { ...second!, cells: { target: null, result: null, stated: null }, evaluation: { ...second!.evaluation, findings: [issue('missing-target', 'error')] } },
    ],
  };
  const placed = placeFindings(report);

  test("its own cell (bare), else the result cell, else the indicator's row in the indicator column; none for the sheet", () => {
    expect(placed.map((p) => [p.issue.code, p.cell])).toEqual([
      ['role-low-confidence', 'B1'],
      ['role-missing', ''],
      ['stated-mismatch', 'D2'],
      ['missing-result', 'D2'],
      ['missing-target', 'A3'],
    ]);
  });

  test('each carries a fingerprint without its row', () => {
    expect(placed.map((p) => p.fingerprint)).toEqual([
      'role-low-confidence|Piano|sheet|target|1',
      'role-missing|Piano|sheet|stated|1',
      'stated-mismatch|Piano|name:pratiche evase||1',
      'missing-result|Piano|name:pratiche evase||1',
      'missing-target|Piano|name:eventi||1',
    ]);
  });
});
