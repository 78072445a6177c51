import { issue, type Issue } from '../core/issues';
import { contentYear } from '../core/layout/contentYear';
import type { ColumnMapping } from '../core/layout/mapping';
import { withHeaderRow } from '../core/layout/withHeaderRow';
import type { SheetSnapshot, StoredSettings } from '../workbook/port';
import { storedMapping } from './settings';
import type { OpenedSheet, ResolvedMapping, SessionDeps, SheetChoices } from './types';

/** Open a sheet for scoring: detect its layout (no year given) and read its stored mapping. */
export function openSheet(snapshot: SheetSnapshot, settings: StoredSettings | null, deps: Pick<SessionDeps, 'detectLayout'>): OpenedSheet {
  return { name: snapshot.name, snapshot, layout: deps.detectLayout(snapshot, { sheet: snapshot.name }), stored: storedMapping(settings, snapshot.name) };
}

/**
 * The reference year when the user names none: the stored mapping's, else the year detection read from the
 * headers or the content (a title row, the sheet's name, the years the target cells name), else — when detection
 * found no header — the year the content above `headerRow` names, else the previous calendar year. The pane and the
 * CLI both start from it.
 * @example defaultYear(opened) //=> 2023
 */
export function defaultYear(sheet: OpenedSheet, headerRow: number | null = null, today: Date = new Date()): number {
  const known = sheet.stored?.year ?? sheet.layout.mapping?.year;
  if (known !== undefined) return known;
  const g = sheet.snapshot;
  const top = headerRow === null ? 0 : Math.max(0, headerRow - 1 - g.origin.row);
  const found = contentYear(g, { headerTop: top, targetCol: null, firstRow: top + 1, lastRow: g.cells.length - 1, sheet: sheet.name, today });
  return found?.year ?? today.getFullYear() - 1;
}

/**
 * The mapping a sheet is scored with — one rule for the pane and the CLI:
 *
 * 1. what the user chose this time wins: the header row (`--header-row`, the pane's field), each role's column
 *    (`--map`, the pane's dropdowns) and the year (`--year`, the pane's field);
 * 2. then the mapping confirmed at the last compute and stored in the workbook (its columns, rows and year);
 * 3. then detection, run for the chosen year when there is one (a "Target 2024" column is found for 2024).
 *
 * Mapping findings (detection's, only when the mapping rests on detection, and the overrides') come back to be
 * shown and reported with the sheet's findings.
 */
export function resolveMapping(sheet: OpenedSheet, choices: SheetChoices, deps: Pick<SessionDeps, 'detectLayout' | 'applyOverrides'>): ResolvedMapping {
  let layout = sheet.layout;
  if (!sheet.stored && choices.year !== null && layout.mapping !== null && layout.mapping.year !== choices.year) {
    layout = deps.detectLayout(sheet.snapshot, { sheet: sheet.name, year: choices.year });
  }
  const base: ResolvedMapping['base'] = sheet.stored ? 'stored' : layout.mapping ? 'detected' : 'none';
  const detectionIssues = base === 'detected' ? layout.issues : [];
  let mapping: ColumnMapping | null = sheet.stored ?? layout.mapping;
  if (choices.headerRow !== null) {
    const year = choices.year ?? defaultYear(sheet, choices.headerRow);
    mapping = withHeaderRow(sheet.snapshot, mapping, { sheet: sheet.name, headerRow: choices.headerRow, year });
    if (mapping === null) {
      const bad = issue('no-header-row', 'error', { received: String(choices.headerRow), expected: 'a row of the sheet with data below it' });
      return { mapping: { ok: false, issues: [bad] }, base, layout, issues: [bad] };
    }
  }
  if (mapping === null) return { mapping: { ok: false, issues: layout.issues }, base, layout, issues: layout.issues };
  const year = choices.year !== null && choices.year !== mapping.year ? choices.year : undefined;
  const resolved = deps.applyOverrides(mapping, choices.overrides, year);
  return { mapping: resolved, base, layout, issues: dedupe([...detectionIssues, ...resolved.issues]) };
}

const keyOf = (i: Issue) => `${i.code}|${i.cell ?? ''}|${i.expected ?? ''}|${i.received ?? ''}`;

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(keyOf(i)) ? false : (seen.add(keyOf(i)), true)));
}

/** Mapping findings joined to the report's sheet findings, each once (the report's copy wins). */
export function mergeIssues(mappingIssues: Issue[], reportIssues: Issue[]): Issue[] {
  const seen = new Set(reportIssues.map(keyOf));
  return [...dedupe(mappingIssues).filter((i) => !seen.has(keyOf(i))), ...reportIssues];
}
