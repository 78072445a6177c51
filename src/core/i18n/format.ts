import type { Lang } from './lang';

const formatters = new Map<string, Intl.NumberFormat>();

/** A number in the language's notation: 57,1 (it) / 57.1 (en); up to `decimals` decimals. */
export function formatNumber(x: number, lang: Lang, decimals = 2): string {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: decimals, useGrouping: true });
    formatters.set(key, f);
  }
  return f.format(x);
}

/** A percent number as text: "57,1%" / "57.1%". */
export const formatPercent = (x: number, lang: Lang, decimals = 1): string => `${formatNumber(x, lang, decimals)}%`;

/** An ISO date in the language's form: "31/12/2023" (it), "2023-12-31" (en), as formulas write dates. */
export const formatIsoDate = (iso: string, lang: Lang): string => localizeFormula(iso, lang);

/** Rewrite the numbers of a locale-neutral formula ("0.12 / 0.21") in the language's notation. */
export function localizeFormula(formula: string, lang: Lang): string {
  return formula.replace(/(\d{4})-(\d{2})-(\d{2})|-?\d+(?:\.\d+)?/g, (m, y?: string, mo?: string, d?: string) => {
    if (y !== undefined) return lang === 'it' ? `${d}/${mo}/${y}` : `${y}-${mo}-${d}`;
    return formatNumber(Number(m), lang, 4);
  });
}
