#!/usr/bin/env node
/**
 * `npm run samples:big`: a 5,000-indicator copy of the bundled sample for the acceptance run in Excel
 * (docs/excel-acceptance.md): the data rows of "Monitoraggio 2023" repeated, with styles, under the same title and
 * header rows; codes get a "-rN" suffix so every row stays distinct. Writes test-artifacts/monitoraggio-5000.xlsx
 * (or the path given as the first argument).
 */
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const SOURCE = path.join(ROOT, 'assets', 'samples', 'monitoraggio-2023.xlsx');
const OUT = path.resolve(process.argv[2] || path.join(ROOT, 'test-artifacts', 'monitoraggio-5000.xlsx'));
const HEADER_ROW = 3;
const TARGET_ROWS = 5000;

async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SOURCE);
  const ws = wb.worksheets[0];
  const first = HEADER_ROW + 1;
  const last = ws.rowCount;
  const template = [];
  for (let r = first; r <= last; r++) {
    const row = ws.getRow(r);
    const cells = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      cells.push({ value: cell.value, style: cell.style });
    }
    template.push(cells);
  }
  let n = last - HEADER_ROW;
  for (let round = 2; n < TARGET_ROWS; round++) {
    for (const cells of template) {
      if (n >= TARGET_ROWS) break;
      const row = ws.getRow(HEADER_ROW + n + 1);
      cells.forEach((cell, i) => {
        const target = row.getCell(i + 1);
        target.value = i === 0 && typeof cell.value === 'string' ? `${cell.value}-r${round}` : cell.value;
        target.style = cell.style;
      });
      row.commit();
      n++;
    }
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await wb.xlsx.writeFile(OUT);
  console.log(`${path.relative(process.cwd(), OUT)}: sheet "${ws.name}", header row ${HEADER_ROW}, ${n} indicator rows (rows ${first}–${HEADER_ROW + n}).`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
