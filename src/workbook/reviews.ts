import { z } from 'zod';
import { ReviewMarkSchema, type ReviewMark, type ReviewStatus } from '../core/rules/reviewMarks';

/**
 * A finding as it stood at the last review: its fingerprint, and what the pane needs to say which one it was once
 * it is gone ("Risolti dall'ultima revisione": the cell and the indicator at the time).
 */
export const ReviewedFindingSchema = z.object({
  fingerprint: z.string().min(1),
  cell: z.string().max(40).nullable(),
  indicator: z.string().max(200).nullable(),
});
export type ReviewedFinding = z.infer<typeof ReviewedFindingSchema>;

/** One sheet's last review: when, and the findings it looked at. */
export const ReviewBaselineSchema = z.object({
  at: z.string().datetime(),
  findings: z.array(ReviewedFindingSchema),
});
export type ReviewBaseline = z.infer<typeof ReviewBaselineSchema>;

/** A stored mark, with who made it when the caller keeps it. */
const StoredMarkSchema = z.intersection(ReviewMarkSchema, z.object({ by: z.string().max(200).optional() }));
export type StoredMark = ReviewMark & { by?: string };

/** Marks one by one: a mark that no longer validates is dropped, never the whole record (nor the workbook's state). */
const MarksSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((m): StoredMark[] => {
    const parsed = StoredMarkSchema.safeParse(m);
    return parsed.success ? [parsed.data as StoredMark] : [];
  }),
);

/**
 * The auditor's review kept with Traguardo's settings: a mark per finding (matched by its fingerprint, so a
 * re-compute or an inserted row keeps it), each sheet's last review (to show what is new and what was resolved
 * since), and the name of the "Traguardo – Rilievi" sheet Traguardo wrote, if any.
 */
export const StoredReviewsSchema = z.object({
  marks: MarksSchema,
  baselines: z.record(z.string(), ReviewBaselineSchema).default({}),
  /** The audit sheet Traguardo created (recognised by this record and its marker cell, never by its name alone). */
  auditSheet: z.string().nullable().default(null),
});
export type StoredReviews = z.output<typeof StoredReviewsSchema>;

export const emptyReviews = (): StoredReviews => ({ marks: [], baselines: {}, auditSheet: null });

/**
 * The reviews with the marks of `fingerprints` set to `status` and `comment` (an `open` mark with no comment is
 * removed: it says nothing the absence of a mark does not). Pure.
 * @throws ZodError when the mark is invalid (an accepted finding without a note)
 */
export function withMarks(
  reviews: StoredReviews | null | undefined,
  fingerprints: readonly string[],
  mark: { status: ReviewStatus; comment: string; at?: string; by?: string },
): StoredReviews {
  const base = reviews ?? emptyReviews();
  const set = new Set(fingerprints);
  const kept = base.marks.filter((m) => !set.has(m.fingerprint));
  const added =
    mark.status === 'open' && mark.comment.trim() === ''
      ? []
      : fingerprints.map((fingerprint) => StoredMarkSchema.parse({ fingerprint, status: mark.status, comment: mark.comment.trim(), ...(mark.at ? { at: mark.at } : {}), ...(mark.by ? { by: mark.by } : {}) }) as StoredMark);
  return { ...base, marks: [...kept, ...added] };
}

/** The reviews with `sheet`'s last review set to now and the findings it looked at. Pure. */
export function withBaseline(reviews: StoredReviews | null | undefined, sheet: string, findings: readonly ReviewedFinding[], at: string): StoredReviews {
  const base = reviews ?? emptyReviews();
  const trimmed = findings.map((f) => ({ fingerprint: f.fingerprint, cell: f.cell === null ? null : f.cell.slice(0, 40), indicator: f.indicator === null ? null : f.indicator.slice(0, 200) }));
  return { ...base, baselines: { ...base.baselines, [sheet]: { at, findings: trimmed } } };
}
