import type { PaneQuery } from './query';

/** Where the pane runs: inside Excel (with what Office tells about the UI) or in a plain browser (preview). */
export type HostInfo =
  | { kind: 'excel'; displayLanguage: string | null; themeBackground: string | null }
  | { kind: 'preview'; reason: 'forced' | 'not-in-office' | 'office-unavailable' | 'no-host' | 'other-host' };

export interface DetectHostOptions {
  query: PaneQuery;
  win: Window & typeof globalThis;
  /**
   * Called once when Office has not answered `Office.onReady` after `slowAfterMs` while the page looks hosted by
   * Office: the pane says it is waiting. Inside Office the pane never switches to the preview on a timer (a slow
   * first load of Excel is not a plain browser).
   */
  onSlow?: () => void;
  slowAfterMs?: number;
  /** Outside an Office frame, how long office.js may take to report "no host" before the preview starts anyway. */
  previewAfterMs?: number;
}

/** True when the page may be hosted by Office: in a frame (Excel on the web), or Office's webview markers. */
export function mayBeInOffice(win: Window, query: PaneQuery): boolean {
  if (query.officeHostInfo) return true;
  let framed = false;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // a cross-origin parent: Excel on the web
  }
  const w = win as unknown as { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown }; external?: { GetContext?: unknown } };
  return framed || !!w.chrome?.webview || !!w.webkit?.messageHandlers || typeof w.external?.GetContext !== 'undefined';
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** `promise`, calling `onSlow` once if it has not settled after `ms`. */
function noticeSlow<T>(promise: Promise<T>, ms: number, onSlow: (() => void) | undefined): Promise<T> {
  if (!onSlow) return promise;
  const timer = setTimeout(onSlow, ms);
  const clear = () => clearTimeout(timer);
  promise.then(clear, clear);
  return promise;
}

type ReadyInfo = { host: Office.HostType | null } | null;

/**
 * Decide the pane's mode. office.js is referenced in the page's `<head>` (it has run, or failed to load, before
 * this code): `?preview=1` runs the preview at once; no `Office` object (blocked, offline) runs the preview; else
 * the pane waits for `Office.onReady` and runs in Excel when it names Excel, the preview when it names no host.
 */
export async function detectHost({ query, win, onSlow, slowAfterMs = 8000, previewAfterMs = 10_000 }: DetectHostOptions): Promise<HostInfo> {
  if (query.preview) return { kind: 'preview', reason: 'forced' };
  const office = (win as { Office?: typeof Office }).Office;
  const hosted = mayBeInOffice(win, query);
  if (!office || typeof office.onReady !== 'function') return { kind: 'preview', reason: hosted ? 'office-unavailable' : 'not-in-office' };
  const ready: Promise<ReadyInfo> = Promise.resolve()
    .then(() => office.onReady())
    .catch(() => null);
  const info = hosted ? await noticeSlow(ready, slowAfterMs, onSlow) : await withTimeout<ReadyInfo>(ready, previewAfterMs, null);
  if (!info || !info.host) return { kind: 'preview', reason: 'no-host' };
  if (info.host !== office.HostType.Excel) return { kind: 'preview', reason: 'other-host' };
  let displayLanguage: string | null = null;
  let themeBackground: string | null = null;
  try {
    displayLanguage = office.context.displayLanguage ?? null;
    themeBackground = office.context.officeTheme?.bodyBackgroundColor ?? null;
  } catch {
    // officeTheme is not available on every platform: keep the defaults
  }
  return { kind: 'excel', displayLanguage, themeBackground };
}
