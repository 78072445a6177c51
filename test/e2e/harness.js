/**
 * A minimal sequential test runner for the end-to-end suite, plus the network guard and the axe check.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const tests = [];
/** Register a test: a behaviour sentence and an async body. */
function test(name, fn) {
  tests.push({ name, fn });
}

/** Run the registered tests in order; returns { passed, failed }. */
async function run(ctx) {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn(ctx);
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(
        `  ✗ ${t.name}\n      ${String(err && err.stack ? err.stack : err)
          .split('\n')
          .slice(0, 4)
          .join('\n      ')}`,
      );
    }
  }
  return { passed, failed };
}

function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}
function equal(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Abort every request that does not go to this machine, and remember it. */
async function guardNetwork(context) {
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOCAL_HOSTS.has(url.hostname)) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return blocked;
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the whole page, nothing excluded; returns every violation, whatever its impact, as a line. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.join(' | ')}`);
}

/** Save a screenshot under test-artifacts/. */
async function screenshot(page, name) {
  const dir = path.join(__dirname, '..', '..', 'test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

module.exports = { test, run, assert, equal, guardNetwork, axeViolations, screenshot };
