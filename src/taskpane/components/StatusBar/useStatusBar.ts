import type { Issue } from '../../../core/issues';
import { classifyHostError, outputNotFreeAt } from '../../pipeline/hostError';
import type { PaneStrings } from '../../strings';
import type { StatusBarProps } from './StatusBar.types';

export interface StatusBarView {
  intent: 'error' | 'warning' | 'success';
  title: string;
  body: string;
  detail: string | null;
}

/**
 * A host error as the pane explains it: what happened and what to do (naming the cell when the output column would
 * land on the user's content), and the core's sentence only when the pane has no specific advice for the code.
 */
export function describeHostError(issue: Issue, strings: PaneStrings, detail: string | null): { title: string; action: string; detail: string | null } {
  const kind = classifyHostError(issue);
  const at = kind === 'output-not-free' ? outputNotFreeAt(issue) : null;
  return {
    title: strings.errors.title[kind],
    action: at ? strings.errors.outputNotFree(at.cell, at.area) : strings.errors.action[kind],
    detail: kind === 'unknown' ? detail : null,
  };
}

/** The bar's title and body for an error (what happened, what to do, sheet unchanged) or a notice. */
export function useStatusBar({ error, errorDetail, notice, strings }: StatusBarProps): StatusBarView | null {
  if (error?.kind === 'no-sheets') return { intent: 'warning', title: strings.noSheets, body: strings.noSheetsAction, detail: null };
  if (error?.kind === 'file') return { intent: 'error', title: strings.preview.notAWorkbook(error.name), body: strings.errors.action.file, detail: null };
  if (error) {
    const d = describeHostError(error.issue, strings, errorDetail);
    return { intent: 'error', title: d.title, body: `${d.action} ${strings.errors.unchanged}`, detail: d.detail };
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
