/**
 * How the built pane starts: office.js is referenced in <head> (Microsoft's CDN), and every request off this
 * machine is blocked here, as on a machine without network. The page must still land in preview outside
 * Office, in Excel mode with a stand-in Office object (however slow its onReady), and on a host that cannot run
 * the bundle it must say so instead of staying on "Traguardo…".
 */
'use strict';
const { test, assert, equal, axeViolations } = require('./harness');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** A stand-in Office whose onReady answers Excel after `delayMs`. */
function standInOffice(page, delayMs) {
  return page.addInitScript((delay) => {
    window.Office = {
      HostType: { Excel: 'Excel' },
      onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel', platform: 'PC' }), delay)),
      context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#FFFFFF' }, requirements: { isSetSupported: () => true } },
    };
    window.Excel = { run: () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' })) };
  }, delayMs);
}

test('references office.js in <head>; with it blocked (no network) the page still lands in preview', async ({ newPage, base }) => {
  const page = await newPage('it-IT');
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('body[data-mode=preview]', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Apri cartella di lavoro' }).waitFor();
  const headScripts = await page.evaluate(() => [...document.head.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')));
  equal(headScripts[0], OFFICE_CDN, 'first script in <head>');
  equal(failed, [OFFICE_CDN], 'the only failed request is office.js, blocked');
  equal(await page.evaluate(() => typeof window.Office), 'undefined', 'no Office object');
  await page.close();
});

test('keeps ?preview=1 working with office.js blocked', async ({ newPage, base }) => {
  const page = await newPage('en-US');
  await page.goto(`${base}/taskpane.html?preview=1&sample=monitoraggio&lang=en`);
  await page.waitForSelector('body[data-mode=preview]', { timeout: 10_000 });
  await page.getByTestId('sheet-grid').waitFor({ timeout: 15_000 });
  await page.close();
});

test('with a stand-in Office object runs in Excel mode', async ({ newPage, base }) => {
  const page = await newPage('en-US');
  await standInOffice(page, 0);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('body[data-mode=excel]', { timeout: 10_000 });
  await page.close();
});

test('inside Office waits for a slow Office.onReady (9 s, past the old 5 s fallback) and runs in Excel mode, never falling back to preview', async ({ newPage, base }) => {
  const page = await newPage('en-US');
  await standInOffice(page, 9_000);
  await page.goto(`${base}/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
  await page.getByText('waiting for Excel').waitFor({ timeout: 9_000 });
  equal(await page.evaluate(() => document.body.dataset.mode ?? null), null, 'no mode while waiting');
  await page.waitForSelector('body[data-mode=excel]', { timeout: 15_000 });
  await page.close();
});

test('on a webview without ES2020 built-ins (Edge Legacy, old Safari) explains instead of a blank pane', async ({ newPage, base }) => {
  const page = await newPage('it-IT');
  await page.addInitScript(() => {
    delete Promise.allSettled;
  });
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('body[data-mode=unsupported]', { timeout: 10_000 });
  await page.getByText('Traguardo non può avviarsi in questa versione di Excel.').waitFor();
  await page.getByText('Traguardo cannot start in this version of Excel.').waitFor();
  assert((await page.locator('#boot').count()) === 0, 'the boot text is replaced');
  equal(await axeViolations(page), [], 'axe violations on the message');
  await page.close();
});

test('a bundle the webview cannot parse (SyntaxError) shows the same message', async ({ newPage, base }) => {
  const page = await newPage('en-US');
  await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'const a = b?.c ?? ; // parsed by an engine that stops here' }),
  );
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('body[data-mode=unsupported]', { timeout: 10_000 });
  await page.getByRole('alert').getByText('Traguardo cannot start in this version of Excel.').waitFor();
  await page.close();
});

module.exports = { OFFICE_CDN };
