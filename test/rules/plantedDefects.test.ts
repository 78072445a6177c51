import { CHECK_CODES } from '../../src/core/rules/registry';
import { DEFAULT_POLICY, ScoringPolicySchema } from '../../src/core/scoring/policy';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import type { SheetReport } from '../../src/core/sheet/report.types';
import { PLANTED, plantedSheet } from './_lib/plantedSheet';

const findingsOf = (r: SheetReport): Array<{ code: string; cell: string | undefined }> =>
  [...r.issues, ...r.indicators.flatMap((i) => i.evaluation.findings)].map((f) => ({ code: f.code, cell: f.cell }));
const checks = (r: SheetReport) => findingsOf(r).filter((f) => (CHECK_CODES as readonly string[]).includes(f.code));
const byCell = (a: { cell: string | undefined }, b: { cell: string | undefined }) => String(a.cell).localeCompare(String(b.cell));

describe('a sheet with one planted defect per auditor check', () => {
  const { grid, mapping } = plantedSheet();
  const report = scoreSheet(grid, mapping, DEFAULT_POLICY);

  test('plants one defect for every check of the catalogue', () =>
    expect(PLANTED.map((p) => p.code).sort()).toEqual([...CHECK_CODES].sort()));

  test('yields exactly the planted findings at the planted cells, and no other finding of those checks', () =>
    expect(checks(report).sort(byCell)).toEqual([...PLANTED].sort(byCell)));

  test('yields nothing else at all: an Excel error in a cell supersedes the parser\'s "unreadable" finding there', () =>
    expect(findingsOf(report).sort(byCell)).toEqual([...PLANTED].sort(byCell)));

  test.each(PLANTED.map((p) => [p.code, p.cell]))('finds %s at %s', (code, cell) =>
    expect(findingsOf(report)).toContainEqual({ code, cell }));

  test('reports nothing of those checks once the policy turns them all off', () => {
    const off = ScoringPolicySchema.parse({ rules: Object.fromEntries(CHECK_CODES.map((c) => [c, { enabled: false }])) });
    expect(checks(scoreSheet(grid, mapping, off))).toEqual([]);
  });

  test('gives a check the severity the policy sets', () => {
    const policy = ScoringPolicySchema.parse({ rules: { 'duplicate-indicator': { severity: 'error' } } });
    const dup = scoreSheet(grid, mapping, policy).indicators.flatMap((i) => i.evaluation.findings).concat(scoreSheet(grid, mapping, policy).issues)
      .find((f) => f.code === 'duplicate-indicator');
    expect(dup?.severity).toBe('error');
  });
});
