/**
 * @jest-environment jsdom
 *
 * taskpane.html as Office loads it: office.js referenced in <head> before the pane's scripts, and an inline ES5
 * check that writes a readable message (Italian and English) on hosts that cannot run the ES2020 bundle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { syntaxAbove } = require('../../scripts/esLevel.js') as { syntaxAbove: (src: string, level?: number) => null | { message: string } };
const { OFFICE_CDN } = require('../../webpack.config.js') as { OFFICE_CDN: string };

const TEMPLATE = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const CHECK = /<script id="traguardo-support-check">([\s\S]*?)<\/script>/.exec(TEMPLATE)?.[1] ?? '';

/** A window as a modern webview has it, minus what `remove` names. */
function fakeWindow(remove: string[] = []) {
  const listeners: Record<string, ((e: { message?: string }) => void)[]> = {};
  const w: Record<string, unknown> = {
    document,
    Promise: Object.assign(function P() {}, { allSettled: () => undefined }),
    Object: { fromEntries: () => ({}) },
    Symbol: function S() {},
    fetch: () => undefined,
    BigInt: function B() {},
    globalThis: {},
    addEventListener: (type: string, fn: (e: { message?: string }) => void) => (listeners[type] = [...(listeners[type] ?? []), fn]),
  };
  for (const key of remove) {
    if (key.includes('.')) {
      const [owner, prop] = key.split('.') as [string, string];
      w[owner] = Object.assign(typeof w[owner] === 'function' ? function X() {} : {}, { ...(w[owner] as object), [prop]: undefined });
    } else delete w[key];
  }
  const fire = (type: string, e: { message?: string }) => (listeners[type] ?? []).forEach((fn) => fn(e));
  return { w, fire };
}

/** Run the inline check against a fake window over jsdom's document (the test's own code, never cell text). */
function runCheck(w: Record<string, unknown>) {
  new Function('window', CHECK)(w);
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"><p id="boot">Traguardo…</p></div>';
  document.body.removeAttribute('data-mode');
});

describe('taskpane.html', () => {
  test('references office.js in <head> before every other script', () => {
    const head = TEMPLATE.slice(0, TEMPLATE.indexOf('</head>'));
    expect(head.slice(head.indexOf('<script')).startsWith('<script src="<%= officeJsUrl %>"></script>')).toBe(true);
    expect(TEMPLATE.indexOf('<script', TEMPLATE.indexOf('</head>'))).toBe(-1);
    expect(OFFICE_CDN).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  test('the support check is ES5 (Internet Explorer 11 can parse it)', () => {
    expect(CHECK.length).toBeGreaterThan(100);
    expect(syntaxAbove(CHECK, 5)).toBeNull();
    expect(CHECK).not.toMatch(/\beval\b|new Function/);
  });

  test('on a modern webview it writes nothing and leaves the pane to start', () => {
    const { w } = fakeWindow();
    runCheck(w);
    expect(w['__traguardoUnsupported']).toBeUndefined();
    expect(document.getElementById('boot')).not.toBeNull();
    expect(document.getElementById('unsupported')).toBeNull();
  });

  test.each([['Promise'], ['Promise.allSettled'], ['Symbol'], ['fetch'], ['Object.fromEntries'], ['BigInt'], ['globalThis']])(
    'without %s (Internet Explorer 11, Edge Legacy, old Safari) it explains in Italian and English',
    (missing) => {
      const { w } = fakeWindow([missing]);
      runCheck(w);
      expect(w['__traguardoUnsupported']).toBe(true);
      const alert = document.getElementById('unsupported');
      expect(alert?.getAttribute('role')).toBe('alert');
      expect(alert?.textContent).toContain('Traguardo non può avviarsi in questa versione di Excel.');
      expect(alert?.textContent).toContain('Traguardo cannot start in this version of Excel.');
      expect(alert?.textContent).toContain('Excel per il web');
      expect(document.body.getAttribute('data-mode')).toBe('unsupported');
    },
  );

  test('a syntax error before the pane starts shows the message; one after it started does not', () => {
    const first = fakeWindow();
    runCheck(first.w);
    first.fire('error', { message: "Uncaught SyntaxError: Unexpected token '.'" });
    expect(document.getElementById('unsupported')).not.toBeNull();

    document.body.innerHTML = '<div id="root"><p id="boot">Traguardo…</p></div>';
    const second = fakeWindow();
    runCheck(second.w);
    second.w['__traguardoStarted'] = true;
    second.fire('error', { message: 'SyntaxError: JSON.parse' });
    second.fire('error', { message: 'TypeError: x is undefined' });
    expect(document.getElementById('unsupported')).toBeNull();
  });
});
