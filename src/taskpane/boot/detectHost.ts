import type { PaneQuery } from './query';

/** Where the pane runs: inside Excel (with what Office tells about the UI) or in a plain browser (preview). */
export type HostInfo =
  | { kind: 'excel'; displayLanguage: string | null; themeBackground: string | null }
  | { kind: 'preview'; reason: 'forced' | 'not-in-office' | 'office-unavailable' | 'no-host' | 'other-host' };

export interface DetectHostOptions {
  query: PaneQuery;
  /** Where office.js comes from (Microsoft's CDN in production). */
  officeUrl: string;
  /** How long to wait for office.js to load, then for `Office.onReady`. */
  timeoutMs: number;
  win: Window & typeof globalThis;
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

/** Add office.js with a script tag; resolves false when it fails to load or takes longer than `timeoutMs`. */
function loadOfficeScript(win: Window & typeof globalThis, url: string, timeoutMs: number): Promise<boolean> {
  const loaded = new Promise<boolean>((resolve) => {
    const script = win.document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    win.document.head.appendChild(script);
  });
  return withTimeout(loaded, timeoutMs, false);
}

/**
 * Decide the pane's mode. Never loads anything when `?preview=1` or outside an Office frame; otherwise loads
 * office.js and waits for `Office.onReady`, falling back to preview when it is missing or names no Excel host.
 */
export async function detectHost({ query, officeUrl, timeoutMs, win }: DetectHostOptions): Promise<HostInfo> {
  if (query.preview) return { kind: 'preview', reason: 'forced' };
  const present = typeof (win as { Office?: unknown }).Office !== 'undefined';
  if (!present && !mayBeInOffice(win, query)) return { kind: 'preview', reason: 'not-in-office' };
  if (!present && !(await loadOfficeScript(win, officeUrl, timeoutMs))) return { kind: 'preview', reason: 'office-unavailable' };
  const office = (win as { Office?: typeof Office }).Office;
  if (!office) return { kind: 'preview', reason: 'office-unavailable' };
  const info = await withTimeout<{ host: Office.HostType | null } | null>(office.onReady(), timeoutMs, null);
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
