import { fitSheetName, freeSheetName, MAX_SHEET_NAME, parseCell, sameSheet } from './address';
import { linkFormula } from './findingsSheet';

/**
 * The auditor's export written into the workbook: the sheet "Traguardo – Rilievi" (Italian) or "Traguardo – Findings"
 * (English). Its cell A1 holds its title, which starts with `AUDIT_MARKER`; Traguardo recognises its own audit sheet by
 * the name stored in its settings **and** that marker, so a user's sheet of the same name is never replaced or removed.
 */
export const AUDIT_MARKER = 'Traguardo – ';

/** The audit sheet as the pane renders it, every word already in its language. */
export interface AuditSheet {
  /** Preferred name ("Traguardo – Rilievi"); another is taken when a user's sheet has it. */
  name: string;
  /** A1: the title, starting with `AUDIT_MARKER` ("Traguardo – Rilievi · Obiettivi 2023"). */
  title: string;
  /** Row 2: the ten column headings (link, sheet, indicator, rule, severity, message, computed, stated, status, comment). */
  header: string[];
  /** One row per finding: the scored sheet and cell it links to, then the nine texts after the link. */
  rows: Array<{ sheet: string; address: string | null; values: string[] }>;
}

/** What an adapter writes: A1 the title, row 2 the header, then one row per finding (sheet coordinates, 1-based rows). */
export interface AuditCells {
  /** Every text cell, row by row from row 1, as text (the adapter sets the Text format `@` first); column A of finding rows is left to `links`. */
  texts: string[][];
  /** Column A from row 3: a HYPERLINK formula (without "=") built from Traguardo's own addresses, or null (written as text ""). */
  links: Array<string | null>;
}

/** The characters Excel refuses in a sheet name. */
const BAD_NAME = /[:\\/?*[\]]/g;

/**
 * The cells of the audit sheet. Only a link to a plain cell address ("D14") of a scored sheet goes through
 * `formulas`; everything else is text, and the adapter writes it with the Text format so that nothing typed by a
 * user ("=SUM(…)", "+39…") is read as a formula or a number.
 */
export function auditCells(sheet: AuditSheet): AuditCells {
  const width = sheet.header.length;
  const pad = (row: string[]): string[] => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const texts = [pad([sheet.title]), pad(sheet.header), ...sheet.rows.map((r) => pad(['', ...r.values]))];
  const links = sheet.rows.map((r) => (r.address !== null && parseCell(r.address) !== null && /^[A-Z]{1,3}[0-9]{1,7}$/.test(r.address) ? linkFormula(r.sheet, r.address) : null));
  return { texts, links };
}

/** True when a sheet is Traguardo's audit sheet: the one its settings name, with the marker in A1. */
export function isAuditSheet(name: string, recorded: string | null | undefined, a1: unknown): boolean {
  return recorded != null && sameSheet(name, recorded) && typeof a1 === 'string' && a1.startsWith(AUDIT_MARKER);
}

/**
 * The name for a new audit sheet: the preferred one, else "… (2)", "… (3)"… the first no other sheet has
 * (case-insensitively), within Excel's 31 characters. `reusable` is Traguardo's own previous audit sheet.
 */
export function auditSheetName(preferred: string, taken: readonly string[], reusable: string | null): string {
  const base = fitSheetName(preferred.replace(BAD_NAME, ' ').replace(/^'+|'+$/g, ''), MAX_SHEET_NAME);
  const free = (n: string): boolean => (reusable !== null && sameSheet(n, reusable)) || !taken.some((t) => sameSheet(t, n));
  return freeSheetName(base, (n) => !free(n), (i) => ` (${i})`);
}
