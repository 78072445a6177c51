#!/usr/bin/env node
/**
 * `npm start`, like the official Office add-in template where Excel is installed, and a preview server elsewhere.
 *
 * - Windows or Mac with Excel desktop: development build served over **https** on localhost:3000 (or the next free
 *   port) with the certificates of `office-addin-dev-certs` (installed and trusted on first run, as the template
 *   does), the manifest pointed at that address, sideloaded into Excel desktop (with `office-addin-debugging` when
 *   it is installed, else by the same registry value / wef folder it writes) and Excel opened. `npm stop` ends the
 *   server and removes the sideloaded manifest.
 * - Anywhere else (Linux, no Excel, or `--preview`): the same build served over **http** with the local office.js
 *   copy, which reports no host, so the pane runs in preview. Prints the preview addresses after checking that the
 *   pane answers HTTP 200.
 *
 * Flags: --port N, --no-watch (build once and serve), --exit (build, check, print, exit: a smoke test),
 *        --preview (never sideload; http), --out DIR (build into DIR instead of dist/, for tests).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const webpack = require('webpack');
const { serveStatic, freePort } = require('./staticServer');
const { manifestId, hasExcel, sideloadPlan, execute, stateFile, undoSideload } = require('./sideload');

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const portArg = Number(args[args.indexOf('--port') + 1]);
const OUT = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : path.join(ROOT, 'dist');

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

/** https options from office-addin-dev-certs (creates and trusts a localhost certificate on first run), or null. */
async function devCertificates() {
  if (!hasModule('office-addin-dev-certs')) {
    console.log('[traguardo] office-addin-dev-certs is not installed (run npm install): serving the preview over http instead.');
    return null;
  }
  try {
    const certs = require(require.resolve('office-addin-dev-certs', { paths: [ROOT] }));
    await certs.ensureCertificatesAreInstalled();
    const options = await certs.getHttpsServerOptions();
    return { key: options.key, cert: options.cert, ca: options.ca };
  } catch (err) {
    console.log(`[traguardo] Could not set up the localhost certificate (${err && err.message ? err.message : err}): serving the preview over http instead.`);
    return null;
  }
}

/** GET the pane once; returns the HTTP status (or the error text). */
async function answers(url, tls) {
  if (!tls) {
    try {
      return (await fetch(url)).status;
    } catch (err) {
      return String(err && err.message ? err.message : err);
    }
  }
  const https = require('node:https');
  return new Promise((resolve) => {
    https
      .get(url, { ca: tls.ca || tls.cert }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
      .on('error', (err) => resolve(err.message));
  });
}

/** Sideload the built manifest into Excel desktop and open Excel; returns what `npm stop` must undo. */
function sideload(manifest, port) {
  if (hasModule('office-addin-debugging')) {
    console.log('[traguardo] Sideloading with office-addin-debugging…');
    const child = spawn('npx', ['office-addin-debugging', 'start', manifest, 'desktop', '--no-debug', '--dev-server-port', String(port)], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('exit', (code) => {
      if (code) console.log(`[traguardo] office-addin-debugging exited with ${code}; sideload by hand (README, "Inside Excel").`);
    });
    return { tool: 'office-addin-debugging', manifest };
  }
  const plan = sideloadPlan({ platform: process.platform, manifestPath: manifest, id: manifestId(fs.readFileSync(manifest, 'utf8')) });
  const failed = execute(plan.register);
  if (failed.length) {
    console.log(`[traguardo] Could not sideload (${failed.join('; ')}); sideload by hand (README, "Inside Excel").`);
    return null;
  }
  console.log('[traguardo] Manifest sideloaded; opening Excel (Home → Traguardo → Raggiungimento / Achievement).');
  execute(plan.open, { detached: true });
  return { tool: 'builtin', unregister: plan.unregister };
}

async function main() {
  const excel = !flag('--preview') && hasExcel({ platform: process.platform });
  const tls = excel ? await devCertificates() : null;
  const port = await freePort(Number.isInteger(portArg) && portArg > 0 ? portArg : 3000);
  const base = `${tls ? 'https' : 'http'}://localhost:${port}`;
  process.env.ADDIN_BASE_URL = base;
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  config.output.path = OUT;
  const watch = !flag('--no-watch') && !flag('--exit');
  await build(config, watch);
  const served = await serveStatic({
    root: OUT,
    host: 'localhost',
    port,
    tls,
    mounts: { '/office-js/': path.join(ROOT, 'node_modules/@microsoft/office-js/dist') },
  });
  const manifest = path.join(OUT, 'manifest.xml');
  const status = await answers(`${base}/taskpane.html`, tls);
  if (status !== 200) {
    console.error(`[traguardo] ${base}/taskpane.html answered ${status}, not 200: the build did not produce the pane.`);
    process.exitCode = 1;
  }
  console.log(`
Traguardo task pane is served at ${base}/taskpane.html (HTTP ${status})

  Preview in a browser (no Excel needed, sample loaded):
    ${base}/taskpane.html?preview=1&sample=monitoraggio
    ${base}/taskpane.html?preview=1&sample=relazione&lang=en

  Manifest for this address: ${path.relative(process.cwd(), manifest)} (served at ${base}/manifest.xml)
`);
  if (flag('--exit')) {
    await served.close();
    return;
  }
  let undo = null;
  if (excel && tls) undo = sideload(manifest, port);
  else if (excel) console.log('[traguardo] Excel found, but without a trusted https certificate it cannot load the pane: preview only.');
  else console.log(`[traguardo] No Excel desktop here (${process.platform}): preview only. To try it in Excel on the web, see README "Inside Excel".`);
  fs.writeFileSync(stateFile(ROOT), JSON.stringify({ pid: process.pid, base, undo }, null, 2));
  console.log('[traguardo] `npm stop` (or Ctrl+C) stops the server' + (undo ? ' and removes the sideloaded add-in.' : '.'));
  const stop = () => {
    try {
      const failed = undoSideload(undo);
      if (undo) console.log(failed.length ? `[traguardo] Could not remove the sideloaded add-in: ${failed.join('; ')}` : '[traguardo] Sideloaded add-in removed.');
      fs.rmSync(stateFile(ROOT), { force: true });
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`[traguardo] npm start failed: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
});
