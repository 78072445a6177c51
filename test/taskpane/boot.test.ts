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

  test('with ?preview=1 adds no script and runs the preview', async () => {
    const host = await detectHost({ query: readQuery('?preview=1'), officeUrl: 'https://cdn.example/office.js', timeoutMs: 50, win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'forced' });
    expect(document.querySelectorAll('script').length).toBe(0);
  });

  test('outside an Office frame adds no script and runs the preview', async () => {
    expect(mayBeInOffice(window, readQuery(''))).toBe(false);
    const host = await detectHost({ query: readQuery(''), officeUrl: 'https://cdn.example/office.js', timeoutMs: 50, win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'not-in-office' });
    expect(document.querySelectorAll('script').length).toBe(0);
  });

  test('falls back to the preview when office.js does not load in time', async () => {
    const host = await detectHost({ query: readQuery('?_host_Info=Excel'), officeUrl: 'https://cdn.example/office.js', timeoutMs: 50, win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'office-unavailable' });
    expect(document.querySelector('script')?.getAttribute('src')).toBe('https://cdn.example/office.js');
  });

  test('runs in Excel mode when Office reports Excel, with its language and theme', async () => {
    (window as { Office?: unknown }).Office = {
      HostType: { Excel: 'Excel' },
      onReady: async () => ({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'it-IT', officeTheme: { bodyBackgroundColor: '#262626' } },
    };
    const host = await detectHost({ query: readQuery(''), officeUrl: 'x', timeoutMs: 50, win: window });
    expect(host).toEqual({ kind: 'excel', displayLanguage: 'it-IT', themeBackground: '#262626' });
  });

  test('runs the preview when Office reports no host', async () => {
    (window as { Office?: unknown }).Office = { HostType: { Excel: 'Excel' }, onReady: async () => ({ host: null, platform: null }), context: {} };
    const host = await detectHost({ query: readQuery(''), officeUrl: 'x', timeoutMs: 50, win: window });
    expect(host).toEqual({ kind: 'preview', reason: 'no-host' });
  });
});
