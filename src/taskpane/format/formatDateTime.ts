import type { Lang } from '../../core/i18n/lang';
import type { PaneStrings } from '../strings';

const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };

/**
 * An instant as the pane shows when results were computed, in the user's time zone and the pane's language:
 * Italian "29/11/2026" and "14:05", English "29 Nov 2026" and "14:05". Null for a string that is not a time.
 * @example formatDateTime('2026-11-29T14:05:00', 'en') //=> { date: '29 Nov 2026', time: '14:05' }
 */
export function formatDateTime(iso: string, lang: Lang): { date: string; time: string } | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const date = new Intl.DateTimeFormat(LOCALE[lang], lang === 'it' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return { date, time };
}

/** "Calcolato il 29/11/2026 alle 14:05." for an instant, or null when there is none (or it is not a time). */
export function computedOnText(at: string | null | undefined, strings: PaneStrings, lang: Lang): string | null {
  const f = at ? formatDateTime(at, lang) : null;
  return f ? strings.computedOn(f.date, f.time) : null;
}
