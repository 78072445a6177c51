import * as fs from 'fs';
import { renderChecksDoc } from '../../src/core/rules/checksDoc';
import { RULE_LIST } from '../../src/core/rules/registry';
import { CHECKS_DOC } from '../../scripts/docsChecks';

describe('docs/checks.md', () => {
  test('is up to date with the catalogue (run `npm run docs:checks`)', () =>
    expect(fs.readFileSync(CHECKS_DOC, 'utf8')).toBe(renderChecksDoc()));

  test.each(RULE_LIST.map((r) => [r.code]))('documents %s with an example in both languages', (code) => {
    const doc = renderChecksDoc();
    const section = doc.slice(doc.indexOf(`### ${code}\n`));
    expect(section).toMatch(/\n- it: .+\n- en: .+/);
  });
});
