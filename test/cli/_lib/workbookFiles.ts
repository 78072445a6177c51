import { copyFileSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

export const SAMPLES = path.join(__dirname, '..', '..', '..', 'assets', 'samples');
export const sampleFile = (name: 'relazione-2023.xlsx' | 'monitoraggio-2023.xlsx'): string => path.join(SAMPLES, name);

/** A fresh folder under `parent` (the system temp folder by default); the caller removes it. */
export function tempDir(prefix = 'traguardo-cli-', parent = tmpdir()): string {
  return mkdtempSync(path.join(parent, prefix));
}

/** Copy a sample into `dir` (tests never score the committed file itself). */
export function copySample(name: 'relazione-2023.xlsx' | 'monitoraggio-2023.xlsx', dir: string): string {
  const to = path.join(dir, name);
  copyFileSync(sampleFile(name), to);
  return to;
}

/** Write a workbook of plain sheets (rows of cell values) to `file`. */
export async function writeSheets(file: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}
