import { issue } from '../../src/core/issues';
import { DEFAULT_POLICY, ScoringPolicySchema } from '../../src/core/scoring/policy';
import type { IndicatorReport, SheetReport } from '../../src/core/sheet/report.types';
import { buildWritePlan, explanationLine, NOTE_MAX_CHARS, NOTE_MAX_LINES, noteText } from '../../src/workbook/writePlan';
import { isTraguardoNote } from '../../src/workbook/noteText';
import type { SheetSnapshot } from '../../src/workbook/port';

const cell = (value: string | number | null) => ({ value, text: value === null ? '' : String(value), format: 'General' });
const SHEET: SheetSnapshot = {
  name: 'Foglio1', origin: { row: 0, col: 0 }, merges: [], tables: [], hiddenRows: [], hiddenCols: [],
  cells: [['Indicatore', 'Target', 'Risultato'], ['Pratiche', '2023>= 0,21 (140)', 0.12], ['Eventi', '>= 10', '12 eventi'], ['Bandi', '>= 5', null]].map((r) => r.map(cell)),
};

function ind(row: number, achievement: number | null, formula: string | null, findings: IndicatorReport['evaluation']['findings'], token: string): IndicatorReport {
  const band = achievement === null ? 'not-evaluable' : achievement >= 100 ? 'met' : 'shortfall';
  return {
    row, objective: null, code: null, name: `Ind ${row}`, weight: 1,
    cells: { target: `B${row}`, result: `C${row}`, stated: null },
    evaluation: {
      target: { kind: 'at-least', value: 1, high: null, unit: null, date: null, expected: null, reference: null, notes: [], directionInferred: false, provenance: { line: 0, lineText: token, token }, revisions: [] },
      result: { value: 1, unit: null, numerator: null, denominator: null, date: null, yes: null, source: 'number', token: null, reason: null, statedInText: null },
      achievement, status: band, band, rule: achievement === null ? null : 'ratio', formula, findings,
    },
  };
}

const REPORT: SheetReport = {
  sheet: 'Foglio1',
  mapping: { version: 1, sheet: 'Foglio1', headerRow: 1, firstDataRow: 2, lastDataRow: 4, columns: { indicator: 'A', target: 'B', result: 'C' }, year: 2023 },
  indicators: [
    ind(2, 57.142857142857146, '0.12 / 0.21', [issue('target-revised', 'info', { cell: 'B2', params: { from: '0,21', to: '0,21' } })], '>= 0,21'),
    ind(3, 100, '12 >= 10', [issue('result-from-narrative', 'info', { params: { text: '12 eventi' } })], '>= 10'),
    ind(4, null, null, [issue('missing-result', 'error', { cell: 'C4' })], '>= 5'),
  ],
  objectives: [], counts: { met: 1, shortfall: 1, notEvaluable: 1 },
  issues: [issue('role-missing', 'info', { cell: 'D1', params: { role: 'stated' } })],
};

const plan = (policy: Partial<{ notes: 'problems' | 'all'; explainNotes: boolean }>, lang: 'it' | 'en' = 'it') =>
  buildWritePlan(SHEET, REPORT, { lang, policy: ScoringPolicySchema.parse(policy) });

describe('which findings get notes: policy.notes', () => {
  test("'problems' (the default) notes warnings, errors and what makes an indicator not evaluable; information is listed only", () => {
    expect(DEFAULT_POLICY.notes).toBe('problems');
    const p = plan({});
    expect(p.notes.map((n) => n.address)).toEqual(['C4']);
    expect(p.findings.map((f) => f.address).sort()).toEqual(['B2', 'C3', 'C4', 'D1']);
  });

  test("'all' also notes information findings, on the same cells the list names", () => {
    const p = plan({ notes: 'all' });
    expect(p.notes.map((n) => n.address)).toEqual(['D1', 'B2', 'C3', 'C4']);
    for (const n of p.notes) expect(isTraguardoNote(n.text)).toBe(true);
  });
});

describe('explanation notes: policy.explainNotes', () => {
  test('off by default: no note on the output column', () => {
    expect(DEFAULT_POLICY.explainNotes).toBe(false);
    expect(plan({}).notes.filter((n) => n.address.startsWith('D'))).toEqual([]);
  });

  test('on: one note on every computed achievement cell, in the language, with Traguardo\'s marker; none on n.v.', () => {
    const it = plan({ explainNotes: true });
    expect(it.notes.filter((n) => /^D[2-4]$/.test(n.address))).toEqual([
      { address: 'D2', text: 'Traguardo: 57,1% = 0,12 / 0,21 — target: ≥ 0,21' },
      { address: 'D3', text: 'Traguardo: 100% (12 ≥ 10) — target: ≥ 10' },
    ]);
    const en = plan({ explainNotes: true }, 'en');
    expect(en.notes.find((n) => n.address === 'D2')?.text).toBe('Traguardo: 57.1% = 0.12 / 0.21 — target: ≥ 0,21');
  });

  test('a long target text is cut, so the note stays short', () => {
    const long = ind(2, 50, '1 / 2', [], `>= 2 ${'e molto altro '.repeat(30)}`);
    const line = explanationLine(long, 'it') as string;
    expect(line.length).toBeLessThan(140);
    expect(line.endsWith('…')).toBe(true);
  });

  test('no formula, no explanation', () => expect(explanationLine(ind(2, 50, null, [], '>= 1'), 'it')).toBeNull());
});

describe('a note stays short', () => {
  test('past ten lines the note counts the rest, in the language, and keeps its marker', () => {
    const lines = Array.from({ length: 14 }, (_, i) => `rilievo ${i + 1}`);
    const it = noteText(lines, 'it');
    expect(it.split('\n')).toHaveLength(NOTE_MAX_LINES + 1);
    expect(it.startsWith('Traguardo: rilievo 1\n')).toBe(true);
    expect(it.endsWith('… e altri 4 rilievi nell’elenco dei rilievi.')).toBe(true);
    expect(noteText(lines.slice(0, 11), 'en').endsWith('… and one more finding in the findings list.')).toBe(true);
    expect(noteText(lines.slice(0, 10), 'it')).not.toMatch(/…/);
  });

  test('long lines stop at about two thousand characters, never cut in the middle', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `${i}`.repeat(600));
    const text = noteText(lines, 'it');
    expect(text.length).toBeLessThanOrEqual(NOTE_MAX_CHARS + 80);
    expect(text.split('\n').slice(0, -1).every((l) => /^(Traguardo: )?(\d)\2{599}$/.test(l))).toBe(true);
  });
});
