import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { editOf } from '../../src/workbook/edit';
import type { EditExecutor, SheetEdit } from '../../src/workbook/edit.types';
import type { WorkbookPort } from '../../src/workbook/port';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { excelJsHarness } from './excelJsHarness';
import { FIXTURE, SHEET, fixtureReport } from './fixture';
import type { HarnessFactory } from './harness';
import { officeHarness } from './officeHarness';
import { packageHarness } from './packageHarness';

/**
 * The walk-through of docs/architecture.md, run: an output added to the edit is cell writes in one pure function
 * and nothing in the executors. This toy output — the achievement weighted by 2 in the column right of the output,
 * with its own header and number format — lives in this file only; the three executors write it, give it back on
 * Clear (also in a later session) and rewrite it on a re-run, without knowing it exists.
 */
function withWeightedScore(edit: SheetEdit): SheetEdit {
  const column = String.fromCharCode(edit.column.charCodeAt(0) + 1);
  const weighted = edit.cells
    .filter((c) => c.column === edit.column && c.row !== edit.headerRow && typeof c.value === 'number')
    .map((c) => ({ column, row: c.row, value: (c.value as number) * 2, format: '0.00' }));
  return { ...edit, cells: [...edit.cells, { column, row: edit.headerRow, value: 'Punteggio ponderato', format: null }, ...weighted] };
}

type Executor = WorkbookPort & EditExecutor;

const scoreWithToy = async (port: WorkbookPort): Promise<SheetEdit> => {
  const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
  const edit = withWeightedScore(editOf(plan));
  await (port as Executor).applyEdit(edit);
  return edit;
};

describe.each<[string, HarnessFactory]>([
  ['Office.js on the fake Excel', officeHarness()],
  ['ExcelJS', excelJsHarness()],
  ['the package patcher', packageHarness],
])('an output added in one function is written and cleared by %s', (_name, create) => {
  test('written in its column, idempotent on a re-run, and Clear (in a later session) gives the workbook back', async () => {
    const h = await create(FIXTURE);
    // Dumps of workbooks that went through .xlsx bytes alike (ExcelJS fills in default styles on loading).
    const port = await h.reopen();
    const original = await h.dump();
    const edit = await scoreWithToy(port);
    const toy = edit.cells.filter((c) => c.column === 'H');
    expect(toy.length).toBeGreaterThan(1);
    const once = await h.dump();
    const cells = once.cells[SHEET] ?? {};
    expect(cells[`H${edit.headerRow}`]?.value).toBe('Punteggio ponderato');
    for (const c of toy.filter((t) => t.row !== edit.headerRow)) expect(cells[`H${c.row}`]?.value).toBeCloseTo(c.value as number, 10);

    await scoreWithToy(await h.reopen());
    expect(await h.dump()).toEqual(once);

    const later = await h.reopen();
    await later.clear(SHEET);
    expect(await h.dump()).toEqual(original);
  });

  test('a re-run without the toy output gives its cells back and keeps the rest', async () => {
    const h = await create(FIXTURE);
    const port = await h.reopen();
    const plan = buildWritePlan(await port.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY });
    await port.apply(plan);
    await h.reopen();
    const plain = await h.dump();
    await scoreWithToy(await h.reopen());
    const again = await h.reopen();
    await again.apply(buildWritePlan(await again.readSheet(SHEET), fixtureReport(), { lang: 'it', policy: DEFAULT_POLICY }));
    await h.reopen();
    expect(await h.dump()).toEqual(plain);
  });
});
