/**
 * What the core computes for a workbook, straight from Node (the CLI's path): the pane in the browser must
 * show the same counts, highlights and notes.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const src = (p) => require(path.join(__dirname, '..', '..', 'src', p));

/** Counts, highlights (address → band), notes (addresses) and findings count of the active sheet. */
async function referenceFor(file, lang) {
  const { ExcelJsWorkbook } = src('workbook/file/excelJsWorkbook.ts');
  const { detectLayout } = src('core/layout/detectLayout.ts');
  const { scoreSheet } = src('core/sheet/scoreSheet.ts');
  const { buildWritePlan } = src('workbook/writePlan.ts');
  const { DEFAULT_POLICY } = src('core/scoring/policy.ts');
  const wb = await ExcelJsWorkbook.load(fs.readFileSync(file));
  const sheet = await wb.activeSheet();
  const snapshot = await wb.readSheet(sheet);
  const layout = detectLayout(snapshot, { sheet });
  if (!layout.mapping) throw new Error(`no mapping detected on ${path.basename(file)} / ${sheet}`);
  const report = scoreSheet(snapshot, layout.mapping, DEFAULT_POLICY);
  const plan = buildWritePlan(snapshot, report, { lang, policy: DEFAULT_POLICY });
  const findings = report.issues.length + report.indicators.reduce((n, i) => n + i.evaluation.findings.length, 0);
  return {
    sheet,
    counts: report.counts,
    indicators: report.indicators.length,
    highlights: Object.fromEntries(plan.highlights.map((h) => [h.address, h.band])),
    notes: plan.notes.map((n) => n.address).sort(),
    outputColumn: plan.output.column,
    outputHeader: plan.output.header,
    outputHeaderRow: plan.output.headerRow,
    findings,
  };
}

/** Read a saved workbook back: the text of the output column's header. */
async function headerAt(bytes, sheet, address) {
  const { ExcelJsWorkbook } = src('workbook/file/excelJsWorkbook.ts');
  const wb = await ExcelJsWorkbook.load(bytes);
  return String(wb.workbook.getWorksheet(sheet).getCell(address).value ?? '');
}

module.exports = { referenceFor, headerAt };
