/**
 * Generates the sample workbooks in assets/samples/ from the seed (test/fixtures/seed/indicators.jsonl, the
 * repository's copy of the project's seed report; README beside it):
 *  - relazione-2023.xlsx: the year-end report layout: two title rows, a blank row, the header on row 4,
 *    objective cells merged down their indicator rows, multi-year targets and narrative results verbatim
 *    (wrapped), the stated percentage as a percent-formatted number, the OIV valuation. Every seed row.
 *  - monitoraggio-2023.xlsx: the monitoring layout: a title row, a grouped two-row header (PROGRAMMAZIONE /
 *    CONSUNTIVO 2023, rows 2-3), numeric results as real numbers with number formats, numerator/denominator,
 *    weights and the stated achievement. Only rows with a 2023 target.
 *
 * Rules: percent results and stated percentages are fractions with a percent format ("0.00%"); counts use
 * "#,##0"; ratios, indices and days "0.00"; result dates are real dates ("dd/mm/yyyy"). A 2023 target that is a
 * bare percentage ("100%", "100,00%") becomes the number 1 with a percent format; every other target is its
 * verbatim text. Weights: the indicators of one objective share 100 points equally, as integers; the
 * remainder goes to the first rows (3 indicators → 34, 33, 33).
 * Output is deterministic: fixed creator and dates, zip entry times pinned, so re-running gives the same bytes.
 *
 * Usage: npm run samples [-- <outDir>]
 */
import { readFileSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { pinZipDates } from '../src/cli/_lib/zip';

const repoRoot = path.resolve(__dirname, '..');
export const SEED_PATH = path.join(repoRoot, 'test', 'fixtures', 'seed', 'indicators.jsonl');
export const SAMPLES_DIR = path.join(repoRoot, 'assets', 'samples');
export const SAMPLE_FILES = { report: 'relazione-2023.xlsx', monitoring: 'monitoraggio-2023.xlsx' } as const;
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

const SeedRowSchema = z.object({
  id: z.string(),
  objective_code: z.string(),
  objective_title: z.string(),
  indicator: z.string(),
  algorithm: z.string().nullable(),
  target_raw: z.string().nullable(),
  target_2023_raw: z.string().nullable(),
  target_2023_effective: z.object({ unit: z.string().nullable() }).nullable(),
  result_raw: z.string().nullable(),
  result_value: z.number().nullable(),
  result_numerator: z.number().nullable(),
  result_denominator: z.number().nullable(),
  result_date: z.string().nullable(),
  achievement_stated: z.number().nullable(),
  oiv_valuation: z.union([z.number(), z.string()]).nullable(),
});
export type SeedRow = z.infer<typeof SeedRowSchema>;

/** The seed rows, validated, in file order. */
export function readSeed(file = SEED_PATH): SeedRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => SeedRowSchema.parse(JSON.parse(l)));
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB4C6E7' } };

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Traguardo (scripts/makeSamples.ts)';
  wb.lastModifiedBy = 'Traguardo (scripts/makeSamples.ts)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties = { fullCalcOnLoad: false };
  return wb;
}

function objectiveLabel(r: SeedRow): string {
  return `${r.objective_code} – ${r.objective_title}`;
}

/** "0%", "0.0%" or "0.00%": as many decimals as the stated percentage has (57 → "0%", 91.7 → "0.0%"). */
function percentFormatFor(percent: number): string {
  const decimals = (String(percent).split('.')[1] ?? '').length;
  return decimals === 0 ? '0%' : `0.${'0'.repeat(Math.min(decimals, 4))}%`;
}

function styleHeader(cell: ExcelJS.Cell, fill: ExcelJS.Fill): void {
  cell.font = { bold: true };
  cell.fill = fill;
  cell.border = BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Groups of consecutive rows sharing an objective code, as [first, last] indices. */
function objectiveRuns(rows: SeedRow[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  rows.forEach((r, i) => {
    const last = runs[runs.length - 1];
    if (last && rows[last[1]]?.objective_code === r.objective_code) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

export function buildReportWorkbook(rows: SeedRow[]): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Obiettivi e indicatori', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = [38, 40, 40, 26, 60, 16, 12].map((width) => ({ width }));
  ws.mergeCells('A1:G1');
  ws.mergeCells('A2:G2');
  ws.getCell('A1').value = 'CCIAA Riviere di Liguria — Relazione sulla performance 2023';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Allegato: obiettivi strategici e operativi, indicatori, target e risultati al 31/12/2023';
  ws.getCell('A2').font = { italic: true, size: 11 };
  const headers = ['Obiettivo', 'Indicatore', 'Algoritmo', 'Target', 'Risultato al 31/12/2023', 'Percentuale di raggiungimento', 'Valutazione OIV'];
  headers.forEach((h, c) => styleHeader(ws.getCell(4, c + 1), HEADER_FILL));
  ws.getRow(4).values = headers;
  const first = 5;
  rows.forEach((r, i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = objectiveLabel(r);
    row.getCell(2).value = r.indicator;
    row.getCell(3).value = r.algorithm;
    row.getCell(4).value = r.target_raw;
    row.getCell(5).value = r.result_raw;
    if (r.achievement_stated !== null) {
      row.getCell(6).value = r.achievement_stated / 100;
      row.getCell(6).numFmt = percentFormatFor(r.achievement_stated);
    }
    row.getCell(7).value = r.oiv_valuation;
    for (let c = 1; c <= 7; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: c <= 5, ...(c >= 6 ? { horizontal: 'center' } : {}) };
    }
  });
  for (const [a, b] of objectiveRuns(rows)) if (b > a) ws.mergeCells(first + a, 1, first + b, 1);
  return wb;
}

/** Integer weights summing to 100 inside each objective, the remainder to the first rows. */
function weights(rows: SeedRow[]): number[] {
  const out: number[] = [];
  for (const [a, b] of objectiveRuns(rows)) {
    const n = b - a + 1;
    const base = Math.floor(100 / n);
    for (let k = 0; k < n; k++) out.push(base + (k < 100 - base * n ? 1 : 0));
  }
  return out;
}

const BARE_PERCENT = /^\s*(\d+(?:,\d+)?)\s*%\s*$/;

function writeTarget(cell: ExcelJS.Cell, raw: string): void {
  const m = BARE_PERCENT.exec(raw);
  if (!m || m[1] === undefined) {
    cell.value = raw;
    return;
  }
  const [int = '', dec = ''] = m[1].split(',');
  cell.value = Number(`${int}.${dec || '0'}`) / 100;
  cell.numFmt = dec ? `0.${'0'.repeat(dec.length)}%` : '0%';
}

function writeResult(cell: ExcelJS.Cell, r: SeedRow): void {
  const unit = r.target_2023_effective?.unit ?? null;
  if (r.result_date !== null && (unit === 'date' || r.result_value === null)) {
    const [y, m, d] = r.result_date.split('-').map(Number);
    cell.value = new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
    cell.numFmt = 'dd/mm/yyyy';
    return;
  }
  if (r.result_value === null) return;
  if (unit === 'percent') {
    cell.value = r.result_value / 100;
    cell.numFmt = '0.00%';
  } else if (unit === 'count') {
    cell.value = r.result_value;
    cell.numFmt = Number.isInteger(r.result_value) ? '#,##0' : '#,##0.00';
  } else {
    cell.value = r.result_value;
    cell.numFmt = '0.00';
  }
}

function writeCount(cell: ExcelJS.Cell, n: number | null): void {
  if (n === null) return;
  cell.value = n;
  cell.numFmt = Number.isInteger(n) ? '#,##0' : '#,##0.0';
}

export function buildMonitoringWorkbook(all: SeedRow[]): ExcelJS.Workbook {
  const rows = all.filter((r) => r.target_2023_raw !== null);
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Monitoraggio 2023', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  ws.columns = [11, 40, 44, 8, 26, 13, 13, 12, 14].map((width) => ({ width }));
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = 'CCIAA Riviere di Liguria — Monitoraggio degli obiettivi 2023';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A2:E2');
  ws.mergeCells('F2:I2');
  ws.getCell('A2').value = 'PROGRAMMAZIONE';
  ws.getCell('F2').value = 'CONSUNTIVO 2023';
  for (const a of ['A2', 'F2']) styleHeader(ws.getCell(a), GROUP_FILL);
  const headers = ['Codice', 'Obiettivo', 'Indicatore', 'Peso', 'Target 2023', 'Numeratore', 'Denominatore', 'Valore', '% raggiungimento dichiarata'];
  ws.getRow(3).values = headers;
  headers.forEach((h, c) => styleHeader(ws.getCell(3, c + 1), HEADER_FILL));
  const w = weights(rows);
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = r.id;
    row.getCell(2).value = objectiveLabel(r);
    row.getCell(3).value = r.indicator;
    row.getCell(4).value = w[i] ?? null;
    row.getCell(4).numFmt = '0';
    writeTarget(row.getCell(5), r.target_2023_raw ?? '');
    writeCount(row.getCell(6), r.result_numerator);
    writeCount(row.getCell(7), r.result_denominator);
    writeResult(row.getCell(8), r);
    if (r.achievement_stated !== null) {
      row.getCell(9).value = r.achievement_stated / 100;
      row.getCell(9).numFmt = '0.00%';
    }
    for (let c = 1; c <= 9; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: c === 2 || c === 3 || c === 5 };
    }
  });
  return wb;
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return pinZipDates(raw, FIXED_DATE);
}

/** Write both samples into `outDir`; returns their paths. */
export async function makeSamples(outDir = SAMPLES_DIR, seedFile = SEED_PATH): Promise<{ report: string; monitoring: string }> {
  const rows = readSeed(seedFile);
  mkdirSync(outDir, { recursive: true });
  const report = path.join(outDir, SAMPLE_FILES.report);
  const monitoring = path.join(outDir, SAMPLE_FILES.monitoring);
  writeFileSync(report, await toBytes(buildReportWorkbook(rows)));
  writeFileSync(monitoring, await toBytes(buildMonitoringWorkbook(rows)));
  return { report, monitoring };
}

if (require.main === module) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : SAMPLES_DIR;
  makeSamples(outDir).then(
    (p) => process.stdout.write(`wrote ${path.relative(process.cwd(), p.report)}\nwrote ${path.relative(process.cwd(), p.monitoring)}\n`),
    (err: unknown) => {
      process.stderr.write(`makeSamples: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
