#!/usr/bin/env node
/**
 * `npm start`: development build of the pane (rebuilt on change), served over http on localhost:3000 (or the
 * next free port) with the local office.js copy, and a manifest pointing at that address. Prints the preview
 * address (sample loaded) and how to sideload the manifest. Never fails for lack of Excel.
 *
 * Flags: --port N, --no-watch (build once and serve), --exit (build, print, exit: a smoke test).
 */
'use strict';
const path = require('node:path');
const { spawn } = require('node:child_process');
const webpack = require('webpack');
const { serveStatic, freePort } = require('./staticServer');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const portArg = Number(args[args.indexOf('--port') + 1]);

function build(config, watch) {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    const done = (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) console.error(stats.toString('errors-only'));
      else if (watch) console.log(`[traguardo] rebuilt at ${new Date().toLocaleTimeString()}`);
      resolve(compiler);
    };
    if (watch) compiler.watch({ aggregateTimeout: 300 }, done);
    else compiler.run((err, stats) => compiler.close(() => done(err, stats)));
  });
}

function hasModule(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const port = await freePort(Number.isInteger(portArg) && portArg > 0 ? portArg : 3000);
  const base = `http://localhost:${port}`;
  process.env.ADDIN_BASE_URL = base;
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const watch = !flag('--no-watch') && !flag('--exit');
  await build(config, watch);
  const served = await serveStatic({
    root: path.join(ROOT, 'dist'),
    host: 'localhost',
    port,
    mounts: { '/office-js/': path.join(ROOT, 'node_modules/@microsoft/office-js/dist') },
  });
  const manifest = path.join(ROOT, 'dist', 'manifest.xml');
  console.log(`
Traguardo task pane is served at ${served.url}/taskpane.html

  Preview in a browser (no Excel needed, sample loaded):
    ${base}/taskpane.html?preview=1&sample=monitoraggio
    ${base}/taskpane.html?preview=1&sample=relazione&lang=en

  Sideload in Excel on the web:
    1. Open a workbook at https://excel.cloud.microsoft (or office.com → Excel).
    2. Home → Add-ins → More add-ins → My add-ins → Upload My Add-in.
    3. Choose ${path.relative(process.cwd(), manifest)} (it points at ${base}).
    4. Home → Traguardo → Raggiungimento / Achievement opens the pane.
  The pane is served over http: browsers treat localhost as a secure origin, so Excel on the web in
  Chrome/Edge loads it; where certificates are available, serve it over https instead.
`);
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  if (desktop && hasModule('office-addin-debugging') && !flag('--exit')) {
    console.log('[traguardo] office-addin-debugging found: sideloading in Excel desktop…');
    const child = spawn('npx', ['office-addin-debugging', 'start', manifest, 'desktop', '--no-debug', '--dev-server-port', String(port)], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('exit', (code) => {
      if (code) console.log(`[traguardo] office-addin-debugging exited with ${code}; use the sideloading steps above.`);
    });
  } else if (!flag('--exit')) {
    console.log('[traguardo] No Excel desktop sideloading here (office-addin-debugging absent or not Windows/macOS). Ctrl+C stops the server.');
  }
  if (flag('--exit')) await served.close();
}

main().catch((err) => {
  console.error(`[traguardo] npm start failed: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
});
