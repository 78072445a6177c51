import * as fs from 'fs';
import { renderSnapshot, seedForSnapshot, SNAPSHOT_PATH } from '../../scripts/snapshotTargets';

test('docs/snapshots/targets.md is up to date with the engine (run `npm run snapshot:targets` and review the diff)', () => {
  expect(fs.readFileSync(SNAPSHOT_PATH, 'utf8')).toBe(renderSnapshot(seedForSnapshot()));
});
