#!/usr/bin/env node
/**
 * `npm run test:e2e`: builds dist/ when missing or older than the sources, serves it on 127.0.0.1, drives
 * Debian's Chromium with playwright-core through test/e2e/*.e2e.js, blocks every request off this machine,
 * and prints "N passed, M failed" (exit code 1 on any failure).
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_NO_BUILD=1 to use dist/ as it is.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { serveStatic } = require('./staticServer');

const ROOT = path.join(__dirname, '..');
const DIST_HTML = path.join(ROOT, 'dist', 'taskpane.html');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Newest modification time under a directory (or of a file). */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

function buildIfNeeded() {
  if (process.env.E2E_NO_BUILD === '1' && fs.existsSync(DIST_HTML)) return;
  const built = fs.existsSync(DIST_HTML) ? fs.statSync(DIST_HTML).mtimeMs : 0;
  const sources = Math.max(
    newest(path.join(ROOT, 'src')),
    newest(path.join(ROOT, 'assets')),
    newest(path.join(ROOT, 'manifest.xml')),
    newest(path.join(ROOT, 'webpack.config.js')),
  );
  if (built && built >= sources) return;
  console.log('[e2e] building dist/ (production)…');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

async function main() {
  buildIfNeeded();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const { chromium } = require('playwright-core');
  const { run } = require('../test/e2e/harness');
  const { guardNetwork } = require('../test/e2e/harness');
  const suites = fs
    .readdirSync(path.join(ROOT, 'test', 'e2e'))
    .filter((f) => f.endsWith('.e2e.js'))
    .sort();
  for (const s of suites) require(path.join(ROOT, 'test', 'e2e', s));

  const served = await serveStatic({ root: path.join(ROOT, 'dist'), host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const contexts = [];
  const blocked = [];
  const newPage = async (locale) => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 860 }, acceptDownloads: true, serviceWorkers: 'block' });
    contexts.push(context);
    const seen = await guardNetwork(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`      [page error] ${e.message}`));
    page.on('requestfailed', (r) => {
      if (seen.includes(r.url()) && !blocked.includes(r.url())) blocked.push(r.url());
    });
    page.setDefaultTimeout(15_000);
    return page;
  };
  newPage.base = served.url;
  console.log(`[e2e] Chromium ${browser.version()} on ${served.url}`);
  let result = { passed: 0, failed: 1 };
  try {
    result = await run({ newPage, base: served.url, blocked });
  } finally {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close();
    await served.close();
  }
  console.log(`${result.passed} passed, ${result.failed} failed`);
  process.exitCode = result.failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(`[e2e] ${err && err.stack ? err.stack : err}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
