import * as fs from 'fs';
import * as path from 'path';

/** Every .ts/.tsx source file under a folder of src/, tests excluded. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** A file's code without its comments. */
const code = (file: string): string => fs.readFileSync(file, 'utf8').replace(/\/\*[^]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

const SRC = path.join(__dirname, '..', '..', 'src');
const importsOf = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
const layerOf = (file: string, spec: string): string | null => {
  if (!spec.startsWith('.')) return null;
  const target = path.relative(SRC, path.resolve(path.dirname(file), spec));
  return target.split(path.sep)[0] ?? null;
};

describe('architecture: imports point inward (taskpane/cli → session → workbook → core)', () => {
  test.each(sources(path.join(SRC, 'core')).map((f) => [path.relative(SRC, f), f]))('%s imports no Office, DOM, React, ExcelJS or outer layer', (_rel, file) => {
    const text = code(file);
    for (const spec of importsOf(file)) {
      expect(spec).not.toMatch(/^(exceljs|react|react-dom|@fluentui|@microsoft\/office-js)/);
      expect(['workbook', 'session', 'taskpane', 'cli']).not.toContain(layerOf(file, spec));
    }
    expect(text).not.toMatch(/\b(?:Excel|Office|OfficeExtension)\.\w|\bdocument\.|\bwindow\.|\bprocess\./);
  });

  test.each(sources(path.join(SRC, 'workbook')).map((f) => [path.relative(SRC, f), f]))('%s imports neither the session, the task pane nor the CLI', (_rel, file) => {
    for (const spec of importsOf(file)) expect(['session', 'taskpane', 'cli']).not.toContain(layerOf(file, spec));
  });

  test.each(sources(path.join(SRC, 'session')).map((f) => [path.relative(SRC, f), f]))('%s (the session) imports neither the task pane nor the CLI, nor React, the DOM or Node', (_rel, file) => {
    for (const spec of importsOf(file)) {
      expect(['taskpane', 'cli']).not.toContain(layerOf(file, spec));
      expect(spec).not.toMatch(/^(react|react-dom|@fluentui|exceljs|fs|path|node:)/);
    }
    expect(code(file)).not.toMatch(/\b(?:Excel|Office|OfficeExtension)\.\w|\bdocument\.|\bwindow\.|\bprocess\./);
  });

  test('the pane and the CLI orchestrate through the session: neither scores a sheet nor builds a write plan itself', () => {
    const outer = [...sources(path.join(SRC, 'taskpane')), ...sources(path.join(SRC, 'cli'))];
    const offenders = outer.filter((f) => /\b(?:scoreSheet|buildWritePlan|applyOverrides|withHeaderRow)\b/.test(code(f)));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
    expect(sources(path.join(SRC, 'session')).length).toBeGreaterThan(0);
  });

  test.each(sources(path.join(SRC, 'taskpane')).filter((f) => /components/.test(f)).map((f) => [path.relative(SRC, f), f]))('%s (a component) never touches Office', (_rel, file) => {
    expect(code(file)).not.toMatch(/\b(?:Excel|Office)\.\w/);
  });
});
