/** Number notation of a sheet: Italian (1.234,5) or English (1,234.5). */
export type NumberLocale = 'it' | 'en';

export const SEPARATORS: Record<NumberLocale, { decimal: string; group: string; bcp47: string }> = {
  it: { decimal: ',', group: '.', bcp47: 'it-IT' },
  en: { decimal: '.', group: ',', bcp47: 'en-US' },
};
