import { isPercentFormat } from './formats';
import type { NumberLocale } from './locale';
import { parseNumber } from './parseNumber';

/**
 * A plain number from a cell: a finite number (×100 under a percent format, so 0.57 shown as 57% reads 57), or
 * text such as "57%", "0,57", "1.234"; null for anything else.
 * @example cellNumber(0.57, 'it', '0%') //=> 57
 * @example cellNumber('1.234,5', 'it') //=> 1234.5
 */
export function cellNumber(v: string | number | boolean | null | undefined, locale: NumberLocale, format?: string): number | null {
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? (format && isPercentFormat(format) ? v * 100 : v) : null;
  const n = parseNumber(v.replace(/\s+/g, ' ').trim(), locale);
  return n ? n.value : null;
}
