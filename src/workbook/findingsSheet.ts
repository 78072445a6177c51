import type { WritePlan } from './writePlan.types';
import { fitSheetName, quoteSheet } from './address';

/** The findings sheet's name for a scored sheet: "Traguardo (Foglio1)", within Excel's 31 characters. */
export function findingsSheetName(sheet: string): string {
  const name = fitSheetName(`Traguardo (${sheet}`, 30);
  return `${name})`;
}

/** Header row of the findings sheet, in the plan's language (read from its output header). */
export function findingsHeader(plan: WritePlan): string[] {
  return plan.output.header.startsWith('Achievement')
    ? ['Cell', 'Severity', 'Code', 'Indicator', 'Message']
    : ['Cella', 'Gravità', 'Codice', 'Indicatore', 'Messaggio'];
}

/** A HYPERLINK formula that jumps to a cell of the scored sheet ("=HYPERLINK(\"#'Foglio 1'!D14\",\"D14\")"). */
export function linkFormula(sheet: string, address: string): string {
  const target = `#${quoteSheet(sheet)}!${address}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${address}")`;
}

export interface FindingsRow {
  /** The finding's cell ("D14"), or '' for a sheet-level finding. */
  address: string;
  /** Formula of the link cell (without "="), or null for a sheet-level finding. */
  link: string | null;
  values: [string, string, string, string];
}

/** One row per finding: a link to its cell, then severity, code, indicator and message. */
export function findingsRows(plan: WritePlan): FindingsRow[] {
  return plan.findings.map((f) => ({
    address: f.address,
    link: f.address === '' ? null : linkFormula(plan.sheet, f.address),
    values: [f.severity, f.code, f.indicator ?? '', f.message],
  }));
}
