import type { Lang } from '../../core/i18n/lang';

const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

/**
 * A percent number (57.14 for 57.14%) in the pane language with a fixed number of decimals.
 * @example formatPercent(57.14, 'it', 1) //=> '57,1%'
 */
export function formatPercent(value: number, lang: Lang, decimals: number): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value / 100);
}
