import type { Grid } from '../layout/grid.types';
import type { ColumnMapping } from '../layout/mapping';
import type { ScoringPolicy } from '../scoring/policy';
import type { SheetReport } from './report.types';

/**
 * Score every indicator row of a sheet under a mapping and a policy, and roll achievements up to objectives.
 * Pure: reads the plain grid only.
 */
export function scoreSheet(_grid: Grid, _mapping: ColumnMapping, _policy: ScoringPolicy): SheetReport {
  throw new Error('scoreSheet: being implemented (issue 2)');
}
