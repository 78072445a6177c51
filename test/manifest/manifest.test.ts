import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.join(__dirname, '..', '..');
/** Microsoft's manifest XSDs, vendored with their origin and licence note (README beside them). */
const SCHEMAS = path.join(ROOT, 'test', 'fixtures', 'schemas', 'office-addin-manifest');
const BASE = 'https://localhost:3000';
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

const schemaFile = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMAS, name), 'utf8') });

async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [schemaFile('OfficeAppManifestV1_1.xsd')],
    preload: [
      'OfficeAppBasicTypesV1_0.xsd',
      'MailAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_1.xsd',
      'TaskPaneAppVersionOverridesV1_0.xsd',
    ].map(schemaFile),
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const urls = [...new Set([...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1] as string))];

describe('manifest.xml', () => {
  jest.setTimeout(60_000);

  test('validates offline against the add-in only manifest schemas', async () => {
    const result = await validate(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('is rejected by the same validation when Permissions comes before DefaultSettings', async () => {
    const moved = manifest
      .replace('  <Permissions>ReadWriteDocument</Permissions>\n', '')
      .replace('  <DefaultSettings>', '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>');
    expect(moved).not.toBe(manifest);
    const result = await validate(moved);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test('declares the Workbook host, ReadWriteDocument and ExcelApi 1.14 (WebView2 and current hosts only)', () => {
    expect(manifest).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.14"\/>/);
  });

  test('puts a button on the Home tab that shows the task pane', () => {
    expect(manifest).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/,
    );
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${BASE}/taskpane.html"/>`);
  });

  test('defines every resource id it references', () => {
    const referenced = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    expect([...referenced].filter((id) => !defined.has(id))).toEqual([]);
  });

  test('serves every URL from the pane address', () => {
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((u) => !u.startsWith(`${BASE}/`))).toEqual([]);
  });

  test.each([16, 32, 64, 80, 128])('ships a %i px PNG icon', (size) => {
    expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  test('references only icons whose declared size matches the PNG', () => {
    const images = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="[^"]+\/assets\/(icon-\d+\.png)"\/>/g)];
    expect(images.length).toBe(3);
    for (const [, size, file] of images) expect(pngSize(path.join(ROOT, 'assets', file as string)).width).toBe(Number(size));
  });

  test('references only files the build emits', () => {
    const dist = path.join(ROOT, 'dist');
    const built = fs.existsSync(path.join(dist, 'taskpane.html'));
    const missing = urls
      .map((u) => new URL(u).pathname.slice(1))
      .filter((p) => (built ? !fs.existsSync(path.join(dist, p)) : p !== 'taskpane.html' && !fs.existsSync(path.join(ROOT, p))));
    expect(missing).toEqual([]);
  });

  describe('the deployable build (ADDIN_BASE_URL)', () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const config = require('../../webpack.config.js') as ((env: unknown, argv: { mode: string }) => { plugins: unknown[] }) & {
      rewriteManifest: (xml: Buffer | string, base?: string) => string;
      deployBase: (base?: string) => string;
    };
    const DEPLOY = 'https://addins.camcom.example.it/traguardo';
    const deployed = config.rewriteManifest(Buffer.from(manifest), `${DEPLOY}/`);
    const deployedUrls = [...new Set([...deployed.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1] as string))];

    test('gives a manifest that still validates against the schemas', async () => {
      const result = await validate(deployed);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    });

    test('points every URL at the deploy address and names its origin as the app domain', () => {
      expect(deployed).not.toContain('localhost');
      expect(deployedUrls.length).toBe(urls.length);
      expect(deployedUrls.filter((u) => !u.startsWith(`${DEPLOY}/`))).toEqual([]);
      expect(deployed).toContain('<SourceLocation DefaultValue="https://addins.camcom.example.it/traguardo/taskpane.html"/>');
      expect(deployed).toContain('<AppDomain>https://addins.camcom.example.it</AppDomain>');
    });

    test('keeps the manifest as it is without ADDIN_BASE_URL', () => {
      expect(config.rewriteManifest(manifest, undefined)).toBe(manifest);
      expect(config.rewriteManifest(manifest, '')).toBe(manifest);
    });

    test.each(['http://localhost:3000', 'http://127.0.0.1:3100/', 'https://localhost:3000'])('accepts %s for development', (base) => {
      expect(config.deployBase(base)).toBe(base.replace(/\/$/, ''));
    });

    test.each([
      ['http://addins.camcom.example.it/traguardo', /only over https/],
      ['ftp://addins.example.it', /must start with https/],
      ['addins.example.it/traguardo', /not an absolute address/],
      ['https://addins.example.it/?v=2', /without query/],
    ])('refuses %s with a clear message', (base, message) => {
      expect(() => config.deployBase(base)).toThrow(message);
    });

    test('an http base stops the build before it starts', () => {
      const saved = process.env['ADDIN_BASE_URL'];
      process.env['ADDIN_BASE_URL'] = 'http://addins.camcom.example.it';
      try {
        expect(() => config({}, { mode: 'production' })).toThrow(/ADDIN_BASE_URL "http:\/\/addins\.camcom\.example\.it" is http: Office loads add-ins only over https/);
      } finally {
        if (saved === undefined) delete process.env['ADDIN_BASE_URL'];
        else process.env['ADDIN_BASE_URL'] = saved;
      }
    });
  });

  test('the build rewrites every URL to the deploy address', () => {
    const { rewriteManifest } = require('../../webpack.config.js') as { rewriteManifest: (xml: Buffer, base: string) => string };
    const out = rewriteManifest(Buffer.from(manifest), 'https://traguardo.example.org/pane/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://traguardo.example.org/pane/taskpane.html"/>');
  });
});
