import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/**
 * The files the repository tracks (git ls-files), or, outside a git checkout, every file under the root except
 * installed and built folders.
 */
function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f !== '');
  } catch {
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!['node_modules', 'dist', 'build', '.git', 'test-artifacts'].includes(e.name)) walk(rel);
        } else out.push(rel);
      }
    };
    walk('');
    return out;
  }
}

/** The shared folder beside the clone, named as a path or joined from its parts (dot-dot, then the folder's name). */
const SHARED = new RegExp(['\\.\\./', 'shared', "|['\"]\\.\\.['\"],\\s*['\"]", 'shared', "['\"]"].join(''));
const TEXT = /\.(ts|tsx|js|cjs|mjs|json|html|xml|yml|yaml|sh)$|(^|\/)(run|\.gitignore)$/;

describe('the repository stands alone', () => {
  const files = trackedFiles().filter((f) => TEXT.test(f) && f !== 'package-lock.json');

  test('finds the tracked source, test, script and config files to scan', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'webpack.config.js', 'scripts/makeSamples.ts', 'test/manifest/manifest.test.ts', '.ci/run']));
  });

  test('no tracked file outside the docs reads the shared folder beside the clone', () => {
    const readers = files.filter((f) => fs.existsSync(path.join(ROOT, f)) && SHARED.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(readers).toEqual([]);
  });

  test('the pattern catches both a path and a path joined from parts', () => {
    // Built from parts so that this file itself names no such path.
    const dir = 'sha' + 'red';
    expect(SHARED.test(`readFileSync('../${dir}/seed/indicators.jsonl')`)).toBe(true);
    expect(SHARED.test(`path.join(ROOT, '..', '${dir}', 'schemas')`)).toBe(true);
    expect(SHARED.test("path.join(ROOT, 'test', 'fixtures', 'seed')")).toBe(false);
  });

  test('what the tests, samples and manifest check read is in the repository', () => {
    for (const f of [
      'test/fixtures/seed/indicators.jsonl',
      'test/fixtures/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd',
      'test/fixtures/schemas/office-addin-manifest/OfficeAppBasicTypesV1_0.xsd',
      'test/fixtures/schemas/office-addin-manifest/TaskPaneAppVersionOverridesV1_0.xsd',
      'test/fixtures/schemas/office-addin-manifest/README.md',
    ]) expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
  });
});
