import { z } from 'zod';
import { ISSUE_CODES, ruleOf, type IssueCode } from '../rules/registry';

/** How one rule of the catalogue runs: on or off, its severity, its tolerance (where it has one). */
export const RuleSettingSchema = z
  .object({
    /** False turns the check off: its findings are not reported. @default true */
    enabled: z.boolean().optional(),
    /** Overrides the rule's default severity. */
    severity: z.enum(['error', 'warning', 'info']).optional(),
    /** The rule's tolerance, in its unit (docs/checks.md); ignored by rules without one. */
    tolerance: z.number().min(0).max(100).optional(),
  })
  .strict();
export type RuleSetting = z.output<typeof RuleSettingSchema>;

/**
 * The scoring policy: every rule of `docs/scoring.md` as a named, configurable option with its default.
 * Percentages are percent numbers (100 = 100%).
 */
export const ScoringPolicySchema = z
  .object({
    /** Highest achievement reported, e.g. 120 to show over-achievement. @default 100 */
    cap: z.number().min(100).max(1000).default(100),
    /** Lowest achievement reported. @default 0 */
    floor: z.number().min(0).max(100).default(0),
    /** A shortfall at or above this achievement is a near miss (neutral colour). @default 90 */
    nearMiss: z.number().min(0).max(100).default(90),
    /** Partial credit when an at-most target is missed: `mirror` (2T − A)/T or `inverse` T/A. @default 'mirror' */
    decreasing: z.enum(['mirror', 'inverse']).default('mirror'),
    /** A missed deadline scores 0 (`zero`) or loses `decayPerDay` points a day late (`linear`). @default 'zero' */
    deadline: z.enum(['zero', 'linear']).default('zero'),
    /** Points lost per day late under the `linear` deadline rule. @default 1 */
    decayPerDay: z.number().min(0).max(100).default(1),
    /** Below this achievement the score is 0 (soglia minima); null for none. @default null */
    threshold: z.number().min(0).max(100).nullable().default(null),
    /** Score bands (fasce): achievement is rounded down to the nearest band; null for none, e.g. [0, 50, 75, 100]. @default null */
    bands: z.array(z.number().min(0).max(1000)).min(1).nullable().default(null),
    /** A stated achievement further than this many points from the computed one is a finding (the stated-mismatch
     *  rule's tolerance; `rules['stated-mismatch'].tolerance` wins when both are set). @default 1 */
    statedTolerance: z.number().min(0).max(100).default(1),
    /** Per rule of the catalogue (docs/checks.md): on/off, severity, tolerance. @default {} */
    rules: z.partialRecord(z.enum(ISSUE_CODES as unknown as [IssueCode, ...IssueCode[]]), RuleSettingSchema).default({}),
    /** A target of several parts ("almeno 3 webinar e 150 partecipanti"): achievement is the lowest part's (`min`) or the mean (`mean`). @default 'min' */
    parts: z.enum(['min', 'mean']).default('min'),
    /** Decimals shown in the sheet and the pane; data keeps full precision. @default 1 */
    displayDecimals: z.number().int().min(0).max(4).default(1),
    /** Which findings get a note in the sheet: `problems` (warnings, errors, and why an indicator is not evaluable) or
     *  `all` (information too, such as "value read from the text"). @default 'problems' */
    notes: z.enum(['problems', 'all']).default('problems'),
    /** Put a note on every computed achievement cell saying how it was computed ("57,1% = 0,12 / 0,21"). @default false */
    explainNotes: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (p.floor >= p.cap) {
      ctx.addIssue({ code: 'custom', path: ['floor'], message: `floor (${p.floor}) must be below cap (${p.cap})` });
    }
    for (const [code, setting] of Object.entries(p.rules)) {
      if (setting?.tolerance !== undefined && ruleOf(code)?.tolerance === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', code, 'tolerance'], message: `the rule ${code} has no tolerance` });
      }
    }
    if (p.bands) {
      for (let i = 1; i < p.bands.length; i++) {
        if ((p.bands[i] as number) <= (p.bands[i - 1] as number)) {
          ctx.addIssue({ code: 'custom', path: ['bands', i], message: 'bands must be strictly increasing' });
          break;
        }
      }
    }
  });

export type ScoringPolicy = z.output<typeof ScoringPolicySchema>;
export type ScoringPolicyInput = z.input<typeof ScoringPolicySchema>;

/** The default policy of `docs/scoring.md`. */
export const DEFAULT_POLICY: ScoringPolicy = ScoringPolicySchema.parse({});
