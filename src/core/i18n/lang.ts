/** Languages the UI and messages speak. */
export type Lang = 'it' | 'en';
export const LANGS: readonly Lang[] = ['it', 'en'];
