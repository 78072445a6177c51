#!/usr/bin/env node
/**
 * `npm stop`: ends what `npm start` started from this folder — removes the add-in it sideloaded into Excel
 * desktop (registry value on Windows, wef folder on Mac, or `office-addin-debugging stop`) and stops its server.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { stateFile, undoSideload } = require('./sideload');

const ROOT = path.join(__dirname, '..');

function main() {
  const file = stateFile(ROOT);
  if (!fs.existsSync(file)) {
    console.log('[traguardo] Nothing to stop: no `npm start` is running from this folder.');
    return;
  }
  const state = JSON.parse(fs.readFileSync(file, 'utf8'));
  const failed = undoSideload(state.undo);
  if (state.undo) console.log(failed.length ? `[traguardo] Could not remove the sideloaded add-in: ${failed.join('; ')}` : '[traguardo] Sideloaded add-in removed.');
  try {
    process.kill(state.pid, 'SIGTERM');
    console.log(`[traguardo] Stopped the server at ${state.base} (process ${state.pid}).`);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err;
    console.log(`[traguardo] The server at ${state.base} was not running any more.`);
  }
  fs.rmSync(file, { force: true });
}

main();
