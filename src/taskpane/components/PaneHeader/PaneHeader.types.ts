import type { Lang } from '../../../core/i18n/lang';
import type { PaneMode } from '../../pipeline/pipeline.types';
import type { PaneStrings } from '../../strings';

export interface PaneHeaderProps {
  mode: PaneMode;
  lang: Lang;
  strings: PaneStrings;
  onLangChange(lang: Lang): void;
}
