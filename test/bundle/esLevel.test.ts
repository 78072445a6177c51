/**
 * The pane's language level agrees with the hosts the manifest admits, and the built bundle keeps to it.
 *
 * ExcelApi 1.14 is available from Microsoft 365 / retail Version 2108, Office 2021 and later, Mac 16.52, iPad and
 * the web: hosts that run add-ins in WebView2 (Chromium), Safari's WKWebView or a current browser. Office 2016
 * and volume-licensed Office 2019 stop at ExcelApi 1.7 or lower and use Internet Explorer 11 (Trident); Microsoft
 * 365 builds that use Edge Legacy (EdgeHTML) predate 1.13. Sources: learn.microsoft.com "Browsers and webview
 * controls used by Office Add-ins" and "Excel JavaScript API requirement sets".
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { ES_LEVEL, syntaxAbove, parsesAt } = require('../../scripts/esLevel.js') as {
  ES_LEVEL: number;
  syntaxAbove: (src: string, level?: number, type?: 'script' | 'module') => null | { message: string; excerpt: string };
  parsesAt: (src: string, level?: number) => boolean;
};

const ROOT = path.join(__dirname, '..', '..');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** Newest modification time under a path. */
function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

/** dist/ when it is a production build newer than the sources, else a fresh production build in a temp dir. */
async function builtDir(): Promise<string> {
  const dist = path.join(ROOT, 'dist');
  const html = path.join(dist, 'taskpane.html');
  const sources = Math.max(...['src', 'scripts', 'manifest.xml', 'webpack.config.js'].map((p) => newest(path.join(ROOT, p))));
  if (fs.existsSync(html) && fs.statSync(html).mtimeMs >= sources && fs.readdirSync(dist).some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))) return dist;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'traguardo-build-'));
  const webpack = require('webpack') as typeof import('webpack');
  const config = (require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => import('webpack').Configuration)({}, { mode: 'production' });
  config.output = { ...config.output, path: out };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    }),
  );
  return out;
}

/** The scripts taskpane.html loads before the pane can render (its own inline scripts aside). */
function initialScripts(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*?\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1] as string).filter((src) => !/^https?:/.test(src));
}

describe('ECMAScript level', () => {
  test('the manifest admits only hosts that run the declared level (ExcelApi 1.14 ↔ ES2020)', () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.14"\/>/);
    expect(ES_LEVEL).toBe(2020);
  });

  test('the build compiles our code and webpack\'s runtime to that level and lowers dependencies above it', () => {
    type Rule = { use?: unknown; test?: RegExp; include?: RegExp };
    const config = (require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => import('webpack').Configuration)({}, { mode: 'production' });
    expect(config.target).toEqual(['web', `es${ES_LEVEL}`]);
    const rules = (config.module?.rules ?? []) as Rule[];
    const ts = rules.find((r) => String(r.test) === String(/\.tsx?$/)) as { use: { options: { compilerOptions: { target: string } } } };
    expect(ts.use.options.compilerOptions.target).toBe(`ES${ES_LEVEL}`);
    const lowered = rules.find((r) => String(r.use).endsWith('downlevelLoader.js'));
    expect(lowered?.include?.test('/x/node_modules/tabster/dist/esm/Utils.js')).toBe(true);
  });

  test('the downlevel loader lowers ??= and class static blocks to ES2020 and leaves ES2020 code untouched', () => {
    const loader = require('../../scripts/downlevelLoader.js') as (this: unknown, src: string, map?: unknown) => void;
    const run = (src: string) => {
      let out = '';
      loader.call({ resourcePath: '/x/node_modules/tabster/dist/esm/Utils.js', callback: (_e: unknown, code: string) => (out = code) }, src);
      return out;
    };
    const modern = 'export class A { static { this.isTabbing = false; } f(o) { return (o.x ??= {}); } }';
    expect(parsesAt(modern)).toBe(false);
    expect(parsesAt(run(modern))).toBe(true);
    expect(run(modern)).toMatch(/export/);
    const plain = 'export const f = (o) => o?.x ?? 1;';
    expect(run(plain)).toBe(plain);
  });

  test.each([
    ['logical assignment (ES2021)', 'let a; a ??= 1;'],
    ['class static block (ES2022)', 'class A { static { this.x = 1; } }'],
    ['class field (ES2022)', 'class A { x = 1 }'],
    ['top-level await in a module (ES2022)', 'await Promise.resolve();'],
  ])('the check rejects %s', (_name, code) => {
    expect(parsesAt(code)).toBe(false);
  });

  test('the check accepts optional chaining, nullish coalescing and BigInt (ES2020)', () => {
    expect(syntaxAbove('const a = {}; const b = a?.b ?? 1n;')).toBeNull();
  });

  describe('the built pane', () => {
    jest.setTimeout(300_000);
    let dir = '';
    beforeAll(async () => {
      dir = await builtDir();
    });

    test('loads its initial bundle from a script that parses at the declared level', () => {
      const scripts = initialScripts(dir);
      expect(scripts.length).toBeGreaterThanOrEqual(1);
      for (const src of scripts) {
        const bad = syntaxAbove(fs.readFileSync(path.join(dir, src), 'utf8'), ES_LEVEL);
        expect({ src, bad }).toEqual({ src, bad: null });
      }
    });

    test('references office.js from Microsoft\'s CDN in <head>, before the bundle', () => {
      const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const srcs = [...head.matchAll(/<script\b[^>]*?\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      expect(srcs[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(srcs.slice(1)).toEqual(initialScripts(dir));
      expect(head).toContain('traguardo-support-check');
    });

    test('keeps every lazy chunk at the declared level too', () => {
      const all = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
      expect(all.length).toBeGreaterThan(initialScripts(dir).length);
      expect(all.filter((f) => syntaxAbove(fs.readFileSync(path.join(dir, f), 'utf8'), ES_LEVEL) !== null)).toEqual([]);
    });

    test('the initial bundle is not below the declared level by accident (it uses ES2020 syntax)', () => {
      const [src] = initialScripts(dir);
      expect(syntaxAbove(fs.readFileSync(path.join(dir, src as string), 'utf8'), 2019)).not.toBeNull();
    });
  });
});
