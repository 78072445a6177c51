import { hasErrorCode, toHostError } from '../errors';

/** Run host calls and turn anything Excel throws into a `HostError` with its code. */
export async function hostCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toHostError(err);
  }
}

/** True for Excel's "too much data in one request or response" errors. */
export function isPayloadError(err: unknown): boolean {
  return hasErrorCode(err) && /PayloadSizeLimitExceeded/.test(err.code);
}
