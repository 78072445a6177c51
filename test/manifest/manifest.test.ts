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

  test('the build rewrites every URL to the deploy address', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest } = require('../../webpack.config.js') as { rewriteManifest: (xml: Buffer, base: string) => string };
    const out = rewriteManifest(Buffer.from(manifest), 'https://traguardo.example.org/pane/');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://traguardo.example.org/pane/taskpane.html"/>');
  });
});
