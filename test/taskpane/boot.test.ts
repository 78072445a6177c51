/** @jest-environment jsdom */
import { detectHost, mayBeInOffice } from '../../src/taskpane/boot/detectHost';
import { langFromLocale, readQuery, themeFromBackground } from '../../src/taskpane/boot/query';
import { classifyHostError } from '../../src/taskpane/pipeline/hostError';
import { issue } from '../../src/core/issues';

describe('readQuery', () => {
  test.each([
    ['?lang=en', { lang: 'en', preview: false }],
    ['?lang=it&preview=1', { lang: 'it', preview: true }],
    ['?lang=fr', { lang: null, preview: false }],
    ['?sample=monitoraggio', { sample: 'monitoraggio', preview: true }],
    ['?sample=other', { sample: null, preview: false }],
    ['?_host_Info=Excel$Win32$16.01$it-IT', { officeHostInfo: true }],
  ])('reads %s', (search, expected) => {
    expect(readQuery(search)).toMatchObject(expected);
  });
});

test.each([
  ['it-IT', 'it'],
  ['it', 'it'],
  ['en-US', 'en'],
  ['de-DE', 'en'],
  [null, 'en'],
] as const)('the pane speaks %s as %s', (locale, lang) => {
  expect(langFromLocale(locale)).toBe(lang);
});

test.each([
  ['#FFFFFF', 'light'],
  ['#262626', 'dark'],
  ['#1F1F1F', 'dark'],
  ['#E6E6E6', 'light'],
  ['not a colour', 'light'],
] as const)('an Office background %s is a %s theme', (color, theme) => {
  expect(themeFromBackground(color)).toBe(theme);
});

test.each([
  ['AccessDenied', 'protected'],
  ['InvalidOperationInCellEditMode', 'edit-mode'],
  ['RequestPayloadSizeLimitExceeded', 'too-large'],
  ['file-encrypted', 'encrypted'],
  ['Whatever', 'unknown'],
] as const)('the host code %s is explained as %s', (code, kind) => {
  expect(classifyHostError(issue('host-error', 'error', { params: { code } }))).toBe(kind);
});

describe('detectHost', () => {
  afterEach(() => {
    delete (window as { Office?: unknown }).Office;
    document.head.innerHTML = '';
  });

  const officeReporting = (host: string | null, delayMs = 0) => ({
    HostType: { Excel: 'Excel' },
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host, platform: host ? 'PC' : null }), delayMs)),
    context: { displayLanguage: 'it-IT', officeTheme: { bodyBackgroundColor: '#262626' } },
  });

  test('with ?preview=1 runs the preview without asking Office', async () => {
    const onReady = jest.fn();
    (window as { Office?: unknown }).Office = { HostType: { Excel: 'Excel' }, onReady };
    const host = await detectHost({ query: readQuery('?preview=1'), win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'forced' });
    expect(onReady).not.toHaveBeenCalled();
  });

  test('outside an Office frame without office.js (blocked, offline) runs the preview and adds no script', async () => {
    expect(mayBeInOffice(window, readQuery(''))).toBe(false);
    const host = await detectHost({ query: readQuery(''), win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'not-in-office' });
    expect(document.querySelectorAll('script').length).toBe(0);
  });

  test('outside an Office frame with office.js reporting no host runs the preview', async () => {
    (window as { Office?: unknown }).Office = officeReporting(null);
    const host = await detectHost({ query: readQuery(''), win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'no-host' });
  });

  test('outside an Office frame, an office.js that never answers still lets the preview start', async () => {
    (window as { Office?: unknown }).Office = { HostType: { Excel: 'Excel' }, onReady: () => new Promise(() => {}) };
    const host = await detectHost({ query: readQuery(''), win: window, previewAfterMs: 30 });
    expect(host).toEqual({ kind: 'preview', reason: 'no-host' });
  });

  test('inside Office without office.js says the preview runs because Office is unavailable', async () => {
    const host = await detectHost({ query: readQuery('?_host_Info=Excel'), win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'office-unavailable' });
  });

  test('inside Office waits for a slow Office.onReady instead of falling back to the preview, and says it is waiting', async () => {
    (window as { Office?: unknown }).Office = officeReporting('Excel', 120);
    const onSlow = jest.fn();
    const host = await detectHost({ query: readQuery('?_host_Info=Excel'), win: window, onSlow, slowAfterMs: 20, previewAfterMs: 10 });
    expect(host).toEqual({ kind: 'excel', displayLanguage: 'it-IT', themeBackground: '#262626' });
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  test('a prompt Office.onReady does not call onSlow', async () => {
    (window as { Office?: unknown }).Office = officeReporting('Excel');
    const onSlow = jest.fn();
    await detectHost({ query: readQuery('?_host_Info=Excel'), win: window, onSlow, slowAfterMs: 50 });
    await new Promise((r) => setTimeout(r, 80));
    expect(onSlow).not.toHaveBeenCalled();
  });

  test('runs in Excel mode when Office reports Excel, with its language and theme', async () => {
    (window as { Office?: unknown }).Office = officeReporting('Excel');
    const host = await detectHost({ query: readQuery(''), win: window });
    expect(host).toEqual({ kind: 'excel', displayLanguage: 'it-IT', themeBackground: '#262626' });
  });

  test('runs the preview when Office reports another host', async () => {
    (window as { Office?: unknown }).Office = officeReporting('Word');
    const host = await detectHost({ query: readQuery('?_host_Info=Word'), win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'other-host' });
  });

  test('runs the preview when Office.onReady rejects', async () => {
    (window as { Office?: unknown }).Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.reject(new Error('no')) };
    const host = await detectHost({ query: readQuery('?_host_Info=Excel'), win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'no-host' });
  });
});
