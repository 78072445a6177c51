import { classifyHostError } from '../../pipeline/hostError';
import type { StatusBarProps } from './StatusBar.types';

export interface StatusBarView {
  intent: 'error' | 'warning' | 'success';
  title: string;
  body: string;
  detail: string | null;
}

/** The bar's title and body for an error (what happened, what to do, sheet unchanged) or a notice. */
export function useStatusBar({ error, errorDetail, notice, strings }: StatusBarProps): StatusBarView | null {
  if (error?.kind === 'no-sheets') return { intent: 'warning', title: strings.noSheets, body: strings.noSheetsAction, detail: null };
  if (error) {
    const kind = error.kind === 'file' ? 'file' : classifyHostError(error.issue);
    const title = error.kind === 'file' ? strings.preview.notAWorkbook(error.name) : strings.errors.title[kind];
    const unchanged = error.kind === 'host' ? ` ${strings.errors.unchanged}` : '';
    // The core's sentence adds something only when the pane has no specific advice for the code.
    return { intent: 'error', title, body: `${strings.errors.action[kind]}${unchanged}`, detail: kind === 'unknown' ? errorDetail : null };
  }
  if (!notice) return null;
  switch (notice.kind) {
    case 'applied':
      return { intent: 'success', title: strings.applied(notice.outcome), body: '', detail: null };
    case 'cleared': {
      const o = notice.outcome;
      const title = o.values + o.highlights + o.notes === 0 ? strings.nothingToClear : strings.cleared(o);
      return { intent: 'success', title, body: '', detail: null };
    }
    case 'restored':
      return { intent: 'success', title: strings.restored, body: '', detail: null };
    case 'opened':
      return { intent: 'success', title: strings.preview.loaded(notice.name), body: '', detail: null };
  }
}
