import { z } from 'zod';
import type { FingerprintedFinding } from './fingerprint';

/** Where an auditor's review of a finding stands. */
export const REVIEW_STATUSES = ['open', 'confirmed', 'accepted', 'corrected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * An auditor's mark on one finding, matched by fingerprint: `confirmed` (a real defect), `accepted` (a known
 * deviation, with the note that justifies it), `corrected` (fixed in the sheet), or `open`.
 */
export const ReviewMarkSchema = z
  .object({
    fingerprint: z.string().min(1),
    status: z.enum(REVIEW_STATUSES),
    comment: z.string().max(2000).default(''),
    /** ISO date-time of the mark, when the caller keeps it. */
    at: z.string().datetime().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.status === 'accepted' && m.comment.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'an accepted finding needs a note saying why' });
    }
  });
export type ReviewMark = z.output<typeof ReviewMarkSchema>;

/** A finding with its mark (an `open` one with no comment when none was recorded). */
export type MarkedFinding = FingerprintedFinding & { mark: ReviewMark };

/** Attach to each finding the mark recorded for its fingerprint; unmarked findings are open. Pure. */
export function applyMarks(findings: readonly FingerprintedFinding[], marks: readonly ReviewMark[]): MarkedFinding[] {
  const byPrint = new Map(marks.map((m) => [m.fingerprint, m]));
  return findings.map((f) => ({ ...f, mark: byPrint.get(f.fingerprint) ?? { fingerprint: f.fingerprint, status: 'open', comment: '' } }));
}

/** Marks whose finding is gone from the current findings (kept by the caller for history, or dropped). */
export function orphanMarks(findings: readonly FingerprintedFinding[], marks: readonly ReviewMark[]): ReviewMark[] {
  const prints = new Set(findings.map((f) => f.fingerprint));
  return marks.filter((m) => !prints.has(m.fingerprint));
}
