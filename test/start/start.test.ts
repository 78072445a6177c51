/**
 * `npm start` / `npm stop`: sideloading planned as Office's own tools do it (Windows registry value, Mac wef
 * folder), and on this machine (Linux, no Excel) the preview served over http, answering 200, then stopped.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

/* eslint-disable @typescript-eslint/no-require-imports */
type Step = { run?: string[]; copy?: [string, string]; remove?: string };
const sideload = require('../../scripts/sideload.js') as {
  manifestId: (xml: string) => string;
  hasExcel: (env: { platform: string; run?: (cmd: string, args: string[]) => number; exists?: (p: string) => boolean }) => boolean;
  sideloadPlan: (o: { platform: string; manifestPath: string; id: string; home?: string }) => { register: Step[]; unregister: Step[]; open: Step[] };
  execute: (steps: Step[]) => string[];
  WIN_DEVELOPER_KEY: string;
};

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ID = 'e20f7da0-e06d-4ac3-b6d5-cf0c5a7cb63e';

describe('sideloading plan', () => {
  test('reads the add-in id from the manifest', () => {
    expect(sideload.manifestId(fs.readFileSync(MANIFEST, 'utf8'))).toBe(ID);
  });

  test('finds Excel on Windows through its App Paths registration, on Mac through the application, never on Linux', () => {
    const calls: string[][] = [];
    const run = (cmd: string, args: string[]) => (calls.push([cmd, ...args]), 0);
    expect(sideload.hasExcel({ platform: 'win32', run })).toBe(true);
    expect(calls[0]).toEqual(['reg', 'query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe']);
    expect(sideload.hasExcel({ platform: 'win32', run: () => 1 })).toBe(false);
    expect(sideload.hasExcel({ platform: 'darwin', exists: (p) => p === '/Applications/Microsoft Excel.app' })).toBe(true);
    expect(sideload.hasExcel({ platform: 'darwin', exists: () => false })).toBe(false);
    expect(sideload.hasExcel({ platform: 'linux', exists: () => true, run: () => 0 })).toBe(false);
  });

  test('on Windows writes and deletes the value named after the add-in id under WEF\\Developer', () => {
    const plan = sideload.sideloadPlan({ platform: 'win32', manifestPath: 'C:\\traguardo\\dist\\manifest.xml', id: ID });
    expect(sideload.WIN_DEVELOPER_KEY).toBe('HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer');
    expect(plan.register).toEqual([{ run: ['reg', 'add', sideload.WIN_DEVELOPER_KEY, '/v', ID, '/t', 'REG_SZ', '/d', 'C:\\traguardo\\dist\\manifest.xml', '/f'] }]);
    expect(plan.unregister).toEqual([{ run: ['reg', 'delete', sideload.WIN_DEVELOPER_KEY, '/v', ID, '/f'] }]);
    expect(plan.open[0]?.run).toEqual(['cmd', '/c', 'start', 'excel']);
  });

  test('on Mac copies the manifest into Excel\'s wef folder and removes it again', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'traguardo-home-'));
    const plan = sideload.sideloadPlan({ platform: 'darwin', manifestPath: MANIFEST, id: ID, home });
    const target = path.join(home, 'Library/Containers/com.microsoft.Excel/Data/Documents/wef', `${ID}.manifest.xml`);
    expect(sideload.execute(plan.register)).toEqual([]);
    expect(fs.readFileSync(target, 'utf8')).toBe(fs.readFileSync(MANIFEST, 'utf8'));
    expect(sideload.execute(plan.unregister)).toEqual([]);
    expect(fs.existsSync(target)).toBe(false);
    expect(plan.open[0]?.run).toEqual(['open', '-a', 'Microsoft Excel']);
  });

  test('refuses a platform without Excel desktop', () => {
    expect(() => sideload.sideloadPlan({ platform: 'linux', manifestPath: MANIFEST, id: ID })).toThrow(/No Excel desktop/);
  });
});

describe('npm start / npm stop on a machine without Excel', () => {
  jest.setTimeout(240_000);

  test('serves the preview over http, says where, answers 200, and npm stop ends it', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'traguardo-start-'));
    const env = { ...process.env, TRAGUARDO_STATE_FILE: path.join(out, 'state.json') };
    const port = 3900 + Math.floor(Math.random() * 90);
    const log = path.join(out, 'start.log');
    const fd = fs.openSync(log, 'w');
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js'), '--no-watch', '--port', String(port), '--out', path.join(out, 'dist')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', fd, fd],
    });
    fs.closeSync(fd);
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const started = Date.now();
      while (!/npm stop/.test((output = fs.readFileSync(log, 'utf8')))) {
        if (child.exitCode !== null || Date.now() - started > 200_000) throw new Error(`npm start did not come up:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      const base = /served at (http:\/\/localhost:\d+)\/taskpane\.html \(HTTP 200\)/.exec(output)?.[1];
      expect(base).toBeDefined();
      expect(output).toContain(`${base}/taskpane.html?preview=1&sample=monitoraggio`);
      expect(output).toMatch(/No Excel desktop here/);
      expect((await fetch(`${base}/taskpane.html?preview=1&sample=monitoraggio`)).status).toBe(200);
      const html = await (await fetch(`${base}/taskpane.html`)).text();
      expect(html).toContain('<script src="office-js/office.js"></script>');
      expect((await fetch(`${base}/office-js/office.js`)).status).toBe(200);
      expect(fs.readFileSync(path.join(out, 'dist', 'manifest.xml'), 'utf8')).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
      expect(fs.existsSync(env.TRAGUARDO_STATE_FILE)).toBe(true);

      const stop = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'stop.js')], { cwd: ROOT, env, encoding: 'utf8' });
      expect(stop.status).toBe(0);
      expect(stop.stdout).toContain(`Stopped the server at ${base}`);
      expect(await exited).toBe(0);
      expect(fs.existsSync(env.TRAGUARDO_STATE_FILE)).toBe(false);
      await expect(fetch(`${base}/taskpane.html`)).rejects.toThrow();
      const again = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'stop.js')], { cwd: ROOT, env, encoding: 'utf8' });
      expect(again.stdout).toContain('Nothing to stop');
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
