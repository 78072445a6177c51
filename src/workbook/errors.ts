import { issue, type Issue } from '../core/issues';

/**
 * An error reported by the spreadsheet host (Excel's `OfficeExtension.Error`, or an equivalent condition in a
 * file), by its stable code: 'AccessDenied', 'InvalidOperationInCellEditMode', 'RequestPayloadSizeLimitExceeded',
 * 'ItemNotFound'… The message is the host's, for logs; users see the message rendered from the code.
 */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: string,
    message: string,
    /** A language-neutral detail for the user's message (a cell or area address), when there is one. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/**
 * A save refused because the only way left to write the workbook, ExcelJS's full rewrite, would drop parts it does
 * not model (macros, charts, pivot tables…): nothing is written rather than a file that silently lost them.
 */
export class WorkbookSaveRefused extends Error {
  override readonly name = 'WorkbookSaveRefused';
  constructor(
    /** The parts the rewrite would lose. */
    readonly lost: string[],
    /** Why the original package could not be patched. */
    readonly why: string,
  ) {
    super(`Saving would drop ${lost.join(', ')} (the package cannot be patched: ${why})`);
  }
}

/** A file that cannot be opened as an .xlsx workbook: an environment error, not cell content. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  constructor(
    readonly reason: 'not-xlsx' | 'corrupt' | 'encrypted',
    message: string,
  ) {
    super(message);
  }
}

/** True for any thrown value that carries a string `code` (OfficeExtension.Error, HostError, a fake's error). */
export function hasErrorCode(error: unknown): error is { code: string; message?: unknown } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * Wrap anything thrown by a host call as a `HostError`, keeping its code ('Unknown' when it has none).
 * @example toHostError({ code: 'AccessDenied', message: 'The sheet is protected' }).code //=> 'AccessDenied'
 */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const message = error instanceof Error ? error.message : hasErrorCode(error) ? String(error.message ?? '') : String(error);
  return new HostError(hasErrorCode(error) ? error.code : 'Unknown', message);
}

/**
 * Turn an error from the host into an `Issue` with code 'host-error' and `params.code` set to the host's code,
 * for the pane's message bar and the CLI's report.
 * @example toIssue(new HostError('AccessDenied', 'protected')) //=> { code: 'host-error', severity: 'error', params: { code: 'AccessDenied' } }
 */
export function toIssue(error: unknown): Issue {
  if (error instanceof WorkbookReadError) return issue('host-error', 'error', { params: { code: `file-${error.reason}` } });
  const host = toHostError(error);
  return issue('host-error', 'error', { params: host.detail ? { code: host.code, detail: host.detail } : { code: host.code } });
}
