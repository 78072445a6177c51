import type { HostInfo } from './boot/detectHost';
import type { PaneQuery } from './boot/query';
import type { PipelineDeps } from './pipeline/deps.types';

export interface AppProps {
  host: HostInfo;
  query: PaneQuery;
  deps: PipelineDeps;
  /** The browser's language, used in preview mode when `?lang` is absent. */
  browserLanguage: string | null;
  /** True when the browser prefers a dark scheme (preview mode). */
  prefersDark: boolean;
}

export type PaneTab = 'summary' | 'findings' | 'settings';
