/**
 * The session: one orchestration of the pipeline for the task pane and the CLI (read → detect → mapping → score →
 * roll-up → write plan → apply). Layers: taskpane / cli → session → workbook → core.
 */
export * from './types';
export { SESSION_DEPS } from './deps';
export { defaultYear, mergeIssues, openSheet, resolveMapping } from './mapping';
export { policyOf, storedMapping, storedPolicy, withConfirmed } from './settings';
export { computeSheet, indicatorSheets, INDICATOR_SHEET_THRESHOLD, restoreSheet, scoreResolved, type ComputeOptions, type ComputeStage, type ComputeOutcome } from './sheet';
export { placeFindings, type PlacedFinding } from './findings';
export { findingCell, takesNote, type NotesSetting } from '../core/sheet/placement';
