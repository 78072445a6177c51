import type { Issue } from '../../core/issues';

/** What went wrong on the host side, in the terms the pane explains to the user. */
export type HostErrorKind = 'output-not-free' | 'protected' | 'edit-mode' | 'too-large' | 'busy' | 'not-found' | 'unsupported' | 'file' | 'encrypted' | 'unknown';

const BY_CODE: Record<string, HostErrorKind> = {
  OutputNotFree: 'output-not-free',
  AccessDenied: 'protected',
  InvalidOperationInCellEditMode: 'edit-mode',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  RequestAborted: 'busy',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Conflict: 'busy',
  ItemNotFound: 'not-found',
  ApiNotFound: 'unsupported',
  UnsupportedOperation: 'unsupported',
  NotImplemented: 'unsupported',
  'file-not-xlsx': 'file',
  'file-corrupt': 'file',
  'file-encrypted': 'encrypted',
};

/** The host error code an issue carries: `params.code`, then `received`, then `expected`. */
export function hostErrorCode(issue: Issue): string | null {
  const fromParams = issue.params?.['code'];
  if (typeof fromParams === 'string' && fromParams) return fromParams;
  return issue.received ?? null;
}

/**
 * Classify a host error issue by its Office error code (never by its message, which is not meant for users).
 * @example classifyHostError({ code: 'host-error', severity: 'error', params: { code: 'AccessDenied' } }) //=> 'protected'
 */
export function classifyHostError(issue: Issue): HostErrorKind {
  const code = hostErrorCode(issue);
  if (code && code in BY_CODE) return BY_CODE[code] as HostErrorKind;
  if (code && /protect/i.test(code)) return 'protected';
  return 'unknown';
}

/**
 * Where an `OutputNotFree` refusal lies: the cell, and the merged area holding it when there is one (the adapters'
 * detail reads "G5" or "G5, F3:G6").
 * @example outputNotFreeAt({ code: 'host-error', severity: 'error', params: { code: 'OutputNotFree', detail: 'G5, F3:G6' } }) //=> { cell: 'G5', area: 'F3:G6' }
 */
export function outputNotFreeAt(issue: Issue): { cell: string; area: string | null } | null {
  const detail = issue.params?.['detail'];
  if (typeof detail !== 'string' || detail === '') return null;
  const [cell, area] = detail.split(/,\s*/);
  return cell ? { cell, area: area ?? null } : null;
}
