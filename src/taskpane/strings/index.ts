import type { Lang } from '../../core/i18n/lang';
import { en } from './en';
import { it } from './it';
import type { PaneStrings } from './strings.types';

export type { PaneStrings } from './strings.types';

const BY_LANG: Record<Lang, PaneStrings> = { it, en };

/** The pane's strings in a language. */
export const stringsFor = (lang: Lang): PaneStrings => BY_LANG[lang];
