import { renderIssue } from '../../src/core/i18n/render';
import { CHECK_CODES } from '../../src/core/rules/registry';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { collectFindings } from '../../src/taskpane/pipeline/findings';
import { PLANTED, plantedSheet } from './_lib/plantedSheet';

describe("the pane's findings list on the sheet with one planted defect per auditor check", () => {
  const { grid, mapping } = plantedSheet();
  const rows = collectFindings(scoreSheet(grid, mapping, DEFAULT_POLICY), 'it', renderIssue);

  test('lists exactly the planted findings, each at its cell', () =>
    expect(rows.map((r) => ({ code: r.code, cell: r.address })).sort((a, b) => String(a.cell).localeCompare(String(b.cell))))
      .toEqual([...PLANTED].sort((a, b) => a.cell.localeCompare(b.cell))));

  test.each(CHECK_CODES.map((c) => [c]))('shows %s with an Italian sentence (capital first) and no cell repeated in it', (code) => {
    const row = rows.find((r) => r.code === code);
    expect(row?.message).toMatch(/^[A-ZÀ-Ú]/);
    expect(row?.message).not.toMatch(/^[A-Z]{1,3}\d+: /);
  });
});
