import { z } from 'zod';
import type { Issue } from '../issues';
import { issue } from './finding';
import { defineRule } from './rule';
import { num } from './words';

export const ratioMismatch = defineRule({
  code: 'ratio-mismatch',
  group: 'results',
  severity: 'warning',
  title: { it: 'Valore diverso dal rapporto', en: 'Value differs from the ratio' },
  params: z.object({ value: z.number(), numerator: z.number(), denominator: z.number(), computed: z.number() }),
  summary: {
    it: 'Il valore indicato non corrisponde al rapporto numeratore/denominatore (nella cella o nelle colonne).',
    en: 'The value given does not match the numerator/denominator ratio (in the cell or in the columns).',
  },
  messages: {
    it: (p) => `il valore ${num(p.value, 'it', 4)} non corrisponde al rapporto ${num(p.numerator, 'it', 4)}/${num(p.denominator, 'it', 4)} (${num(p.computed, 'it', 2)}%).`,
    en: (p) => `the value ${num(p.value, 'en', 4)} does not match the ratio ${num(p.numerator, 'en', 4)}/${num(p.denominator, 'en', 4)} (${num(p.computed, 'en', 2)}%).`,
  },
  example: { value: 81, numerator: 70, denominator: 99, computed: 70.7071 },
  exampleCell: 'E14',
  tolerance: { default: 1, min: 0, max: 100, unit: 'points' },
});

/**
 * True when a value agrees with the ratio n/d, read as a fraction or as a percentage, within `tolerance` points
 * (and the same share of the value for large figures): "81% (80/99)" does, "6,99 (4.481/64.095)" does.
 */
export function fitsRatio(value: number, n: number, d: number, tolerance: number): boolean {
  const f = n / d;
  const scale = Math.max(1, Math.abs(f));
  return Math.abs(value - f) <= Math.max(1e-9, (tolerance / 100) * scale) || Math.abs(value - 100 * f) <= Math.max(1e-9, tolerance * scale);
}

/** The ratio-mismatch finding for a value printed beside (or next to columns of) its ratio, when they disagree. */
export function checkRatioMismatch(value: number, n: number, d: number, cell: string | undefined, tolerance: number): Issue[] {
  if (d === 0 || fitsRatio(value, n, d, tolerance)) return [];
  return [issue('ratio-mismatch', 'warning', {
    cell, received: String(value), expected: `${n}/${d}`,
    params: { value, numerator: n, denominator: d, computed: Math.round((n / d) * 1e6) / 1e4 },
  })];
}
