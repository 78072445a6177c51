import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { renderIssue } from '../core/i18n/render';
import type { Issue } from '../core/issues';
import { ROLES } from '../core/layout/roles';
import { fingerprintFindings } from '../core/rules/fingerprint';
import { DEFAULT_POLICY, type ScoringPolicy } from '../core/scoring/policy';
import type { Band, ObjectiveRollup, SheetReport } from '../core/sheet/report.types';
import { placeFindings } from '../session/findings';
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
  /**
   * Stable identity of the finding across re-computes (`src/core/rules/fingerprint.ts`): rule code, sheet, the
   * indicator's code (else its name) and what the finding is about — never the row, so inserting a row keeps it.
   */
  fingerprint: z.string().min(1),
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

const BandSchema = z.enum(['met', 'near-miss', 'shortfall', 'not-evaluable']);

/** Indicators per band (the near miss split out of shortfall). */
const BandCountsSchema = z.object({
  met: z.number().int().min(0),
  nearMiss: z.number().int().min(0),
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
  band: BandSchema,
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
  /** The weighted achievement's band under the policy: met at 100% and above, near miss from `nearMiss`, else shortfall; not evaluable when null. */
  band: BandSchema,
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
  /** Indicators per band. */
  bands: BandCountsSchema,
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
  /** The policy's figures the bands rest on (percentages). */
  policy: z.object({ cap: z.number(), nearMiss: z.number(), notes: z.enum(['problems', 'all']), explainNotes: z.boolean() }),
  sheets: z.array(JsonSheetSchema),
  skipped: z.array(JsonSkippedSheetSchema),
  /** The auditor's review stored in the workbook (marks by fingerprint, each sheet's last review), or null. */
  reviews: StoredReviewsSchema.nullable().optional(),
});

export type JsonReport = z.infer<typeof JsonReportSchema>;
export type JsonFinding = z.infer<typeof JsonFindingSchema>;
export type JsonSkippedSheet = z.infer<typeof JsonSkippedSheetSchema>;

/** A finding as JSON, at its placed cell (`findingCell`), with its fingerprint. */
function jsonFinding(issue: Issue, lang: Lang, cell: string, fingerprint: string): JsonFinding {
  const out: JsonFinding = { code: issue.code, severity: issue.severity, cell, fingerprint, message: renderIssue(issue, lang) };
  if (issue.expected !== undefined) out.expected = issue.expected;
  if (issue.received !== undefined) out.received = issue.received;
  return out;
}

/** The band of an objective's weighted achievement under the policy. */
export function objectiveBand(o: ObjectiveRollup, policy: ScoringPolicy): Band {
  if (o.achievement === null) return 'not-evaluable';
  return o.achievement >= 100 ? 'met' : o.achievement >= policy.nearMiss ? 'near-miss' : 'shortfall';
}

/** A sheet that could not be mapped, with the findings that say why. */
export interface SkippedSheet {
  name: string;
  issues: Issue[];
}

/**
 * The JSON report of scored sheets — the one place it is built (other fields join here) — validated against
 * `JsonReportSchema`. Findings sit at the cell the notes use and carry their fingerprint; objectives carry their
 * weighted achievement and band, sheets the indicators per band.
 * @example toJsonReport([report], 'en').sheets[0].indicators[0] //=> { row: 5, achievement: 57.142857142857146, status: 'shortfall', … }
 * @throws ZodError when a report breaks the schema (a programming error, never bad cell content)
 */
export function toJsonReport(
  reports: SheetReport[],
  lang: Lang,
  extra: { file?: string | null; skipped?: SkippedSheet[]; policy?: ScoringPolicy; reviews?: StoredReviews | null } = {},
): JsonReport {
  const policy = extra.policy ?? DEFAULT_POLICY;
  // Each finding's review status, matched by its fingerprint.
  const marks = new Map((extra.reviews?.marks ?? []).map((m) => [m.fingerprint, m]));
  const mark = (f: JsonFinding): JsonFinding => {
    const m = marks.get(f.fingerprint);
    return { ...f, status: m?.status ?? 'open', comment: m?.comment ?? '' };
  };
  const report: JsonReport = {
    version: 1,
    lang,
    file: extra.file ?? null,
    policy: { cap: policy.cap, nearMiss: policy.nearMiss, notes: policy.notes, explainNotes: policy.explainNotes },
    sheets: reports.map((r) => {
      const placed = placeFindings(r);
      const sheetLevel = placed.filter((p) => p.indicator === null);
      const bands = { met: 0, nearMiss: 0, shortfall: 0, notEvaluable: 0 };
      for (const ind of r.indicators) bands[BAND_KEY[ind.evaluation.band]]++;
      return {
        name: r.sheet,
        mapping: {
          headerRow: r.mapping.headerRow,
          firstDataRow: r.mapping.firstDataRow,
          lastDataRow: r.mapping.lastDataRow,
          year: r.mapping.year,
          columns: { ...r.mapping.columns },
        },
        counts: { ...r.counts },
        bands,
        findings: sheetLevel.map((p) => mark(jsonFinding(p.issue, lang, p.cell, p.fingerprint))),
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
          findings: placed.filter((p) => p.indicator === ind).map((p) => mark(jsonFinding(p.issue, lang, p.cell, p.fingerprint))),
        })),
        objectives: r.objectives.map((o) => ({
          key: o.key, title: o.title, parent: o.parent, achievement: o.achievement, coverage: o.coverage, band: objectiveBand(o, policy), counts: { ...o.counts }, rows: [...o.rows],
        })),
      };
    }),
    skipped: (extra.skipped ?? []).map((s) => ({
      name: s.name,
      findings: fingerprintFindings(s.issues.map((finding) => ({ subject: { sheet: s.name, indicator: null }, finding }))).map((f) =>
        mark(jsonFinding(f.finding, lang, f.finding.cell ?? '', f.fingerprint)),
      ),
    })),
    reviews: extra.reviews ?? null,
  };
  return JsonReportSchema.parse(report);
}

const BAND_KEY: Record<Band, 'met' | 'nearMiss' | 'shortfall' | 'notEvaluable'> = {
  met: 'met',
  'near-miss': 'nearMiss',
  shortfall: 'shortfall',
  'not-evaluable': 'notEvaluable',
};
