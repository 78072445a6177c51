import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import type { Target } from '../target/target.types';
import { defineRule } from './rule';
import { num } from './words';

const pc = (p: { percent: boolean }): string => (p.percent ? '%' : '');

export const targetBelowBaseline = defineRule({
  code: 'target-below-baseline',
  group: 'checks',
  severity: 'warning',
  title: { it: 'Target poco ambizioso', en: 'Target below the baseline' },
  params: z.object({ target: z.number(), baseline: z.number(), direction: z.enum(['at-least', 'at-most']), percent: z.boolean().default(false) }),
  summary: {
    it: "Il target chiede meno del risultato dell'anno precedente (baseline): non è sfidante.",
    en: "The target asks for less than the previous year's result (baseline): it is not ambitious.",
  },
  messages: {
    it: (p) => `target poco sfidante: ${p.direction === 'at-least' ? '≥' : '≤'} ${num(p.target, 'it')}${pc(p)} chiede meno del valore dell'anno precedente (${num(p.baseline, 'it')}${pc(p)}).`,
    en: (p) => `target not ambitious: ${p.direction === 'at-least' ? '≥' : '≤'} ${num(p.target, 'en')}${pc(p)} asks for less than the previous year's value (${num(p.baseline, 'en')}${pc(p)}).`,
  },
  example: { target: 80, baseline: 85, direction: 'at-least', percent: true },
  exampleCell: 'D14',
  tolerance: { default: 0, min: 0, max: 100, unit: 'points' },
});

/**
 * A target below last year's value when higher is better (≥ 80 after 85), or above it when lower is better
 * (≤ 12 days after 10): the objective asks for a step back. A fraction baseline (0,85) beside a percent target is
 * read as a percentage. `tolerance` is in the target's unit.
 *
 * @example checkTargetBelowBaseline({ kind: 'at-least', value: 80, unit: 'percent', … }, 85, 'D5', 0) //=> [target-below-baseline]
 */
export function checkTargetBelowBaseline(target: Target, baseline: number | null, cell: string | undefined, tolerance: number): Issue[] {
  if (baseline === null || target.value === null) return [];
  const up = target.kind === 'at-least' || target.kind === 'above';
  const down = target.kind === 'at-most' || target.kind === 'below';
  if (!up && !down) return [];
  const b = target.unit === 'percent' && Math.abs(baseline) <= 1 && Math.abs(target.value) > 1 ? baseline * 100 : baseline;
  const easier = up ? target.value < b - tolerance : target.value > b + tolerance;
  if (!easier) return [];
  return [issue('target-below-baseline', 'warning', { cell, params: { target: target.value, baseline: b, direction: up ? 'at-least' : 'at-most', percent: target.unit === 'percent' } })];
}
