import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { renderIssue } from '../core/i18n/render';
import type { Issue } from '../core/issues';
import { ROLES } from '../core/layout/roles';
import type { IndicatorReport, SheetReport } from '../core/sheet/report.types';
import { reportFindings } from '../core/rules/fingerprint';
import { REVIEW_STATUSES } from '../core/rules/reviewMarks';
import { StoredReviewsSchema, type StoredReviews } from '../workbook/reviews';

/**
 * The JSON report of `traguardo score --json`, version 1. Rows are 1-based Excel rows; cells are A1 addresses
 * on their sheet; `achievement` is an unrounded percentage (57.142857…, not 0.57 and not "57,1%"), null when
 * the indicator is not evaluable. Messages are rendered in the report's `lang`; `code` is stable and
 * language-independent (see src/core/issues.ts), so tools should branch on it, never on `message`.
 */
const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const JsonFindingSchema = z.object({
  /** Stable finding code ("missing-target", "stated-mismatch"…). */
  code: z.string().min(1),
  severity: SeveritySchema,
  /** The cell the finding is about; the indicator's result (or target) cell when the finding names none; "" for a sheet without mapping. */
  cell: z.string(),
  /** The rendered sentence in the report's language. */
  message: z.string(),
  expected: z.string().optional(),
  received: z.string().optional(),
  /** The auditor's review of this finding, from the marks stored in the workbook ("open" when none). */
  status: z.enum(REVIEW_STATUSES).optional(),
  /** The auditor's comment on it ("" when none). */
  comment: z.string().optional(),
});

const CountsSchema = z.object({
  met: z.number().int().min(0),
  shortfall: z.number().int().min(0),
  notEvaluable: z.number().int().min(0),
});

export const JsonIndicatorSchema = z.object({
  /** 1-based Excel row. */
  row: z.number().int().min(1),
  code: z.string().nullable(),
  name: z.string().nullable(),
  objective: z.string().nullable(),
  weight: z.number().nullable(),
  /** Unrounded percentage, within the policy's [floor, cap]; null when not evaluable. */
  achievement: z.number().nullable(),
  status: z.enum(['met', 'shortfall', 'not-evaluable']),
  /** Status with the near-miss band split out of shortfall. */
  band: z.enum(['met', 'near-miss', 'shortfall', 'not-evaluable']),
  /** Scoring rule used ("ratio", "mirror", "deadline"…), null when not evaluable. */
  rule: z.string().nullable(),
  /** The formula behind the percentage ("0,12 / 0,21"), null when none. */
  formula: z.string().nullable(),
  cells: z.object({ target: z.string().nullable(), result: z.string().nullable(), stated: z.string().nullable() }),
  findings: z.array(JsonFindingSchema),
});

export const JsonObjectiveSchema = z.object({
  /** The objective's code ("A01.01"), or its title when it has no code. */
  key: z.string(),
  title: z.string().nullable(),
  /** The strategic objective it rolls up to ("A01"), when known. */
  parent: z.string().nullable(),
  /** Weighted achievement over its evaluable indicators (percentage), null when none is evaluable. */
  achievement: z.number().nullable(),
  /** Share of the weight that could be evaluated (percentage). */
  coverage: z.number(),
  counts: CountsSchema,
  rows: z.array(z.number().int().min(1)),
});

export const JsonMappingSchema = z.object({
  headerRow: z.number().int().min(1),
  firstDataRow: z.number().int().min(1),
  lastDataRow: z.number().int().min(1),
  year: z.number().int(),
  /** Role → column letter, for the roles found or given ("indicator": "B", "target": "D"…). */
  columns: z.partialRecord(z.enum(ROLES), z.string().regex(/^[A-Z]{1,3}$/)),
});

export const JsonSheetSchema = z.object({
  name: z.string(),
  mapping: JsonMappingSchema,
  counts: CountsSchema,
  /** Sheet-level findings (a missing role, a low-confidence column…). */
  findings: z.array(JsonFindingSchema),
  indicators: z.array(JsonIndicatorSchema),
  objectives: z.array(JsonObjectiveSchema),
});

/** A sheet that was asked for, or looked like an indicator sheet, but could not be mapped. */
export const JsonSkippedSheetSchema = z.object({ name: z.string(), findings: z.array(JsonFindingSchema) });

export const JsonReportSchema = z.object({
  version: z.literal(1),
  lang: z.enum(['it', 'en']),
  /** The input file's base name, when known. */
  file: z.string().nullable(),
  sheets: z.array(JsonSheetSchema),
  skipped: z.array(JsonSkippedSheetSchema),
  /** The auditor's review stored in the workbook (marks by fingerprint, each sheet's last review), or null. */
  reviews: StoredReviewsSchema.nullable().optional(),
});

export type JsonReport = z.infer<typeof JsonReportSchema>;
export type JsonFinding = z.infer<typeof JsonFindingSchema>;
export type JsonSkippedSheet = z.infer<typeof JsonSkippedSheetSchema>;

/** A finding as JSON: the issue's own cell, else `fallbackCell`. */
export function toJsonFinding(issue: Issue, lang: Lang, fallbackCell: string): JsonFinding {
  const out: JsonFinding = { code: issue.code, severity: issue.severity, cell: issue.cell ?? fallbackCell, message: renderIssue(issue, lang) };
  if (issue.expected !== undefined) out.expected = issue.expected;
  if (issue.received !== undefined) out.received = issue.received;
  return out;
}

function indicatorCell(ind: IndicatorReport, report: SheetReport): string {
  return ind.cells.result ?? ind.cells.target ?? `${report.mapping.columns.indicator ?? 'A'}${ind.row}`;
}

/**
 * The JSON report of scored sheets, validated against `JsonReportSchema`.
 * @example toJsonReport([report], 'en').sheets[0].indicators[0] //=> { row: 5, achievement: 57.142857142857146, status: 'shortfall', … }
 * @throws ZodError when a report breaks the schema (a programming error, never bad cell content)
 */
export function toJsonReport(
  reports: SheetReport[],
  lang: Lang,
  extra: { file?: string | null; skipped?: JsonSkippedSheet[]; reviews?: StoredReviews | null } = {},
): JsonReport {
  // Each finding's review status, matched by its fingerprint (same order as below: the sheet's, then each indicator's).
  const marks = new Map((extra.reviews?.marks ?? []).map((m) => [m.fingerprint, m]));
  const reviewed = (r: SheetReport) => {
    const prints = reportFindings(r).map((f) => marks.get(f.fingerprint));
    let k = 0;
    return (f: JsonFinding): JsonFinding => {
      const m = prints[k++];
      return { ...f, status: m?.status ?? 'open', comment: m?.comment ?? '' };
    };
  };
  const report: JsonReport = {
    version: 1,
    lang,
    file: extra.file ?? null,
    sheets: reports.map((r) => ({ r, mark: reviewed(r) })).map(({ r, mark }) => ({
      name: r.sheet,
      mapping: {
        headerRow: r.mapping.headerRow,
        firstDataRow: r.mapping.firstDataRow,
        lastDataRow: r.mapping.lastDataRow,
        year: r.mapping.year,
        columns: { ...r.mapping.columns },
      },
      counts: { ...r.counts },
      findings: r.issues.map((i) => mark(toJsonFinding(i, lang, ''))),
      indicators: r.indicators.map((ind) => ({
        row: ind.row,
        code: ind.code,
        name: ind.name,
        objective: ind.objective,
        weight: ind.weight,
        achievement: ind.evaluation.achievement,
        status: ind.evaluation.status,
        band: ind.evaluation.band,
        rule: ind.evaluation.rule,
        formula: ind.evaluation.formula,
        cells: { ...ind.cells },
        findings: ind.evaluation.findings.map((i) => mark(toJsonFinding(i, lang, indicatorCell(ind, r)))),
      })),
      objectives: r.objectives.map((o) => ({
        key: o.key, title: o.title, parent: o.parent, achievement: o.achievement, coverage: o.coverage, counts: { ...o.counts }, rows: [...o.rows],
      })),
    })),
    skipped: extra.skipped ?? [],
    reviews: extra.reviews ?? null,
  };
  return JsonReportSchema.parse(report);
}
