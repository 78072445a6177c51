/**
 * Generate docs/checks.md from the catalogue of checks (src/core/rules/). Run with `npm run docs:checks`; a test
 * checks the committed file is up to date.
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderChecksDoc } from '../src/core/rules/checksDoc';

export const CHECKS_DOC = path.join(__dirname, '..', 'docs', 'checks.md');

if (require.main === module) {
  fs.writeFileSync(CHECKS_DOC, renderChecksDoc());
  process.stdout.write(`Wrote ${path.relative(process.cwd(), CHECKS_DOC)}\n`);
}
