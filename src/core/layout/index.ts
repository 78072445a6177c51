export { detectLayout, indicatorSheetScore, type DetectOptions, type LayoutDetection } from './detectLayout';
export { indicatorRows, type IndicatorRow, type RoleCell } from './indicatorRows';
export { applyOverrides } from './applyOverrides';
export { matchHeader, type HeaderMatch } from './matchHeader';
export { HEADER_SYNONYMS, type HeaderClass } from './headerSynonyms';
export { ColumnMappingSchema, type ColumnMapping, type RoleGuess } from './mapping';
export { ROLES, type Role } from './roles';
export * from './grid.types';
