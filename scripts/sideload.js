/**
 * Sideloading the development manifest into Excel desktop, as `office-addin-debugging` / `office-addin-dev-settings`
 * do it, without their dependencies (office-addin-debugging pulls ~590 packages, native keytar among them):
 *
 * - Windows: a string value named after the add-in id, holding the manifest path, under
 *   HKCU\Software\Microsoft\Office\16.0\WEF\Developer; Excel loads it on its next start.
 * - Mac: the manifest copied into Excel's sandbox folder ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef.
 *
 * Pure planning functions (tested in test/start/sideload.test.ts) plus a small executor used by start.js and stop.js.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawnSync, spawn } = require('node:child_process');

const WIN_DEVELOPER_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const WIN_EXCEL_APP_PATH = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
const MAC_EXCEL_APP = '/Applications/Microsoft Excel.app';
const MAC_WEF = 'Library/Containers/com.microsoft.Excel/Data/Documents/wef';

/** The add-in id of a manifest (its <Id>). */
function manifestId(xml) {
  const m = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(xml);
  if (!m) throw new Error('manifest.xml has no <Id>');
  return m[1];
}

/**
 * Whether Excel desktop is installed: Windows through its App Paths registration, Mac through the application.
 * @param {{ platform: string, run?: (cmd: string, args: string[]) => number, exists?: (p: string) => boolean }} env
 */
function hasExcel({ platform, run = runStatus, exists = fs.existsSync }) {
  if (platform === 'win32') return run('reg', ['query', WIN_EXCEL_APP_PATH]) === 0;
  if (platform === 'darwin') return exists(MAC_EXCEL_APP);
  return false;
}

/**
 * What sideloading does on a platform, as data: commands to run and files to write or remove.
 * @returns {{ register: Step[], unregister: Step[], open: Step[] }} with Step = { run: [cmd, ...args] } | { copy: [from, to] } | { remove: file }
 */
function sideloadPlan({ platform, manifestPath, id, home = os.homedir() }) {
  if (platform === 'win32') {
    return {
      register: [{ run: ['reg', 'add', WIN_DEVELOPER_KEY, '/v', id, '/t', 'REG_SZ', '/d', manifestPath, '/f'] }],
      unregister: [{ run: ['reg', 'delete', WIN_DEVELOPER_KEY, '/v', id, '/f'] }],
      open: [{ run: ['cmd', '/c', 'start', 'excel'] }],
    };
  }
  if (platform === 'darwin') {
    const target = path.join(home, MAC_WEF, `${id}.manifest.xml`);
    return {
      register: [{ copy: [manifestPath, target] }],
      unregister: [{ remove: target }],
      open: [{ run: ['open', '-a', 'Microsoft Excel'] }],
    };
  }
  throw new Error(`No Excel desktop to sideload into on ${platform}`);
}

function runStatus(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore', windowsHide: true });
  return r.status === null ? 1 : r.status;
}

/** Carry out steps; returns the steps that failed as text (never throws). */
function execute(steps, { detached = false } = {}) {
  const failed = [];
  for (const step of steps) {
    try {
      if (step.copy) {
        fs.mkdirSync(path.dirname(step.copy[1]), { recursive: true });
        fs.copyFileSync(step.copy[0], step.copy[1]);
      } else if (step.remove) {
        fs.rmSync(step.remove, { force: true });
      } else if (step.run) {
        const [cmd, ...args] = step.run;
        if (detached) spawn(cmd, args, { detached: true, stdio: 'ignore', windowsHide: true }).unref();
        else if (runStatus(cmd, args) !== 0) failed.push(step.run.join(' '));
      }
    } catch (err) {
      failed.push(`${JSON.stringify(step)}: ${err.message}`);
    }
  }
  return failed;
}

/** Where `npm start` records what `npm stop` must undo: one file per checkout (TRAGUARDO_STATE_FILE overrides it). */
function stateFile(root) {
  if (process.env.TRAGUARDO_STATE_FILE) return path.resolve(process.env.TRAGUARDO_STATE_FILE);
  const hash = crypto.createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 10);
  return path.join(os.tmpdir(), `traguardo-start-${hash}.json`);
}

/** Undo what start.js recorded (idempotent); returns failures as text. */
function undoSideload(undo) {
  if (!undo) return [];
  if (undo.tool === 'office-addin-debugging') {
    return execute([{ run: [process.platform === 'win32' ? 'npx.cmd' : 'npx', 'office-addin-debugging', 'stop', undo.manifest] }]);
  }
  return execute(undo.unregister || []);
}

module.exports = { undoSideload, manifestId, hasExcel, sideloadPlan, execute, stateFile, WIN_DEVELOPER_KEY, MAC_WEF };
