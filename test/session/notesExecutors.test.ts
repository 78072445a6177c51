/**
 * The notes settings through the three executors (Office on the fake Excel, ExcelJS, the package patcher): with
 * `notes: 'all'` and `explainNotes`, every planned note lands on its cell — explanation notes on Traguardo's own
 * output column included, a user's note kept in front — and Clear gives the workbook back exactly.
 */
import { issue } from '../../src/core/issues';
import { ScoringPolicySchema } from '../../src/core/scoring/policy';
import { NOTE_SEPARATOR } from '../../src/workbook/noteText';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { excelJsHarness } from '../contract/excelJsHarness';
import { packageHarness } from '../contract/packageHarness';
import { FIXTURE, SHEET, USER_NOTE, fixtureReport } from '../contract/fixture';
import { officeHarness } from '../contract/officeHarness';


const POLICY = ScoringPolicySchema.parse({ notes: 'all', explainNotes: true });

/** The contract fixture's report with the formulas the core would give, and an information finding. */
function report() {
  const r = fixtureReport();
  const formulas: Record<number, string> = { 4: '0.21 / 0.21', 5: '0.204 / 0.21', 6: '0.085 / 0.21' };
  return {
    ...r,
    indicators: r.indicators.map((i) => ({
      ...i,
      evaluation: {
        ...i.evaluation,
        formula: formulas[i.row] ?? null,
        findings: i.row === 5 ? [issue('result-from-narrative', 'info', { params: { text: '0,204' } })] : i.evaluation.findings,
      },
    })),
  };
}

describe.each([
  ['Office over the fake Excel', officeHarness()],
  ['ExcelJS', excelJsHarness()],
  ['the package patcher', packageHarness],
] as const)('notes: all and explanation notes through %s', (_name, create) => {
  test('every planned note is on its cell, and Clear takes them all away', async () => {
    const h = await create(FIXTURE);
    const original = await h.dump();
    const plan = buildWritePlan(await h.port.readSheet(SHEET), report(), { lang: 'it', policy: POLICY });
    const onOutput = plan.notes.filter((n) => n.address.startsWith(plan.output.column));
    expect(onOutput.map((n) => n.address)).toEqual(['G4', 'G5', 'G6']);
    expect(plan.notes.map((n) => n.address)).toContain('D5'); // the information finding, noted with notes: all
    const outcome = await h.port.apply(plan);
    expect(outcome.notes).toBe(plan.notes.length);
    const cells = (await h.dump()).cells[SHEET] ?? {};
    for (const n of plan.notes) expect(cells[n.address]?.note?.endsWith(n.text)).toBe(true);
    const d4 = plan.notes.find((n) => n.address === 'D4');
    if (d4) expect(cells.D4?.note).toBe(`${USER_NOTE}${NOTE_SEPARATOR}${d4.text}`);
    await h.port.clear(SHEET);
    expect(await h.dump()).toEqual(original);
  });
});
