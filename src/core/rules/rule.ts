import type { z } from 'zod';
import type { Lang } from '../i18n/lang';

/** Severity of a finding: error > warning > info. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a check belongs, for the catalogue (docs/checks.md) and the pane's grouping. */
export type RuleGroup = 'numbers' | 'targets' | 'results' | 'scoring' | 'layout' | 'checks' | 'host';

/** A configurable tolerance of a rule: its default, bounds and unit (shown in docs/checks.md). */
export interface Tolerance {
  default: number;
  min: number;
  max: number;
  unit: 'points' | 'percent';
}

/**
 * One check of the catalogue: its stable code, default severity, the zod schema of the params a finding carries,
 * and a message per language that reads only those params (a message reading a param the schema lacks is a type
 * error). The cell ("D14: ") is prefixed by the renderer, never by a message.
 */
export interface Rule<C extends string = string, P extends z.ZodType = z.ZodType> {
  code: C;
  group: RuleGroup;
  severity: Severity;
  params: P;
  /** The check's name as people filter and group by it ("Risultato mancante"), per language. */
  title: Record<Lang, string>;
  /** What the check looks at, one sentence per language (docs/checks.md). */
  summary: Record<Lang, string>;
  messages: Record<Lang, (p: z.output<P>) => string>;
  /** Params of a finding as a producer would set them: the docs' example and the registry test's input. */
  example: z.input<P>;
  /** The example's cell, when the finding has one. */
  exampleCell?: string;
  tolerance?: Tolerance;
}

/** Declare a rule, keeping its literal code and its params' type. */
export const defineRule = <const C extends string, P extends z.ZodType>(rule: Rule<C, P>): Rule<C, P> => rule;
