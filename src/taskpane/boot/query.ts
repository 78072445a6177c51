import type { Lang } from '../../core/i18n/lang';
import { parseSampleName, type SampleName } from '../pipeline/samples';

/** What the page address asks for: `?lang=en|it`, `?preview=1`, `?sample=monitoraggio`, `?theme=dark|light`. */
export interface PaneQuery {
  lang: Lang | null;
  preview: boolean;
  sample: SampleName | null;
  theme: 'light' | 'dark' | null;
  /** Office adds `_host_Info` to the task pane address when it hosts the page. */
  officeHostInfo: boolean;
}

/**
 * Read the pane's options from a query string.
 * @example readQuery('?lang=en&preview=1').lang //=> 'en'
 */
export function readQuery(search: string): PaneQuery {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const theme = params.get('theme');
  const preview = params.get('preview');
  const sample = parseSampleName(params.get('sample'));
  return {
    lang: lang === 'it' || lang === 'en' ? lang : null,
    preview: preview === '1' || preview === 'true' || (sample !== null && preview !== '0'),
    sample,
    theme: theme === 'dark' || theme === 'light' ? theme : null,
    officeHostInfo: [...params.keys()].some((k) => k.toLowerCase() === '_host_info'),
  };
}

/**
 * The pane language for a BCP 47 locale: Italian for any "it" locale, English otherwise.
 * @example langFromLocale('it-IT') //=> 'it'
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^it\b/i.test(locale ?? '') ? 'it' : 'en';
}

/**
 * Dark or light for an Office theme background colour ("#262626" → dark), by relative luminance.
 * @example themeFromBackground('#FFFFFF') //=> 'light'
 */
export function themeFromBackground(color: string | null | undefined): 'light' | 'dark' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((color ?? '').trim());
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
