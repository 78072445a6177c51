/**
 * `npm run bench:workbook`: timings that used to sit inside tests, where they depended on the machine's speed.
 * Prints figures only; never exits non-zero on timing.
 *  - layout: detectLayout + indicatorRows over a 10,000-row sheet (title, merged objectives, sections);
 *  - save: a scored 10,000-row workbook saved by patching the original package versus ExcelJS's full rewrite.
 */
import { performance } from 'perf_hooks';
import { detectLayout } from '../src/core/layout/detectLayout';
import { indicatorRows } from '../src/core/layout/indicatorRows';
import { bigSheet } from '../src/core/layout/_fixtures/bigSheet';
import { DEFAULT_POLICY } from '../src/core/scoring/policy';
import { ExcelJsWorkbook } from '../src/workbook/file/excelJsWorkbook';
import { buildWritePlan } from '../src/workbook/writePlan';
import { buildExcelJs } from '../test/contract/excelJsHarness';
import { LARGE, largeFixture, largeReport } from '../test/workbook/largeSheet';

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function layout(): void {
  const grid = bigSheet();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const { mapping } = detectLayout(grid, { sheet: 'S' });
    if (mapping) indicatorRows(grid, mapping);
    times.push(performance.now() - t0);
  }
  console.log(`layout, 10,000 rows: median ${median(times).toFixed(0)} ms over ${RUNS} runs`);
}

async function save(): Promise<void> {
  const n = 10_000;
  const bytes = await ExcelJsWorkbook.fromExcelJs(buildExcelJs(largeFixture(n))).save();
  const once = async (packagePatch: boolean): Promise<number> => {
    const wb = await ExcelJsWorkbook.load(bytes, { packagePatch });
    await wb.apply(buildWritePlan(await wb.readSheet(LARGE), largeReport(n), { lang: 'it', policy: DEFAULT_POLICY }));
    const t0 = performance.now();
    await wb.save();
    return performance.now() - t0;
  };
  const patch: number[] = [];
  const rewrite: number[] = [];
  for (let i = 0; i < 3; i++) {
    patch.push(await once(true));
    rewrite.push(await once(false));
  }
  const p = median(patch);
  const r = median(rewrite);
  console.log(`save of a scored 10,000-row sheet: patch ${p.toFixed(0)} ms, ExcelJS rewrite ${r.toFixed(0)} ms (ratio ${(p / r).toFixed(2)})`);
}

layout();
save().catch((err: unknown) => {
  console.log(`save benchmark failed: ${String(err)}`);
});
