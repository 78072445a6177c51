/**
 * The core's public surface: pure TypeScript, no Office, no DOM. Everything here takes and returns plain data.
 */
export { ISSUE_CODES, atLeastSeverity, issue, ok, fail } from './issues';
export type { Issue, IssueCode, IssueFields, ParamsOf, Result, Severity } from './issues';
export { CHECK_CODES, RULES, RULE_LIST, ruleOf } from './rules/registry';
export type { Rule, RuleGroup, Tolerance } from './rules/rule';
export { configureFindings, ruleEnabled, ruleTolerance } from './rules/configure';
export { renderChecksDoc } from './rules/checksDoc';
export { fingerprintFindings, reportFindings } from './rules/fingerprint';
export type { FindingSubject, FingerprintedFinding } from './rules/fingerprint';
export { REVIEW_STATUSES, ReviewMarkSchema, applyMarks, orphanMarks } from './rules/reviewMarks';
export type { MarkedFinding, ReviewMark, ReviewStatus } from './rules/reviewMarks';
export { diffFindings } from './rules/diffFindings';
export type { FindingsDiff } from './rules/diffFindings';

export { parseNumber } from './number/parseNumber';
export type { ParsedNumber } from './number/parseNumber';
export type { NumberLocale } from './number/locale';
export { isDateFormat, isPercentFormat } from './number/formats';
export { cellNumber } from './number/cellNumber';
export { parseDatePrefix, excelSerialToIso, daysBetween } from './date/parseDate';

export { parseTarget } from './target/parseTarget';
export type { ParsedTarget, TargetOptions } from './target/parseTarget';
export type { Target, TargetKind, TargetProvenance, TargetRevision, Unit } from './target/target.types';
export { parseResult } from './result/parseResult';
export type { ParsedResult, ResultOptions } from './result/parseResult';
export type { ResultSource, ResultValue } from './result/result.types';

export { DEFAULT_POLICY, RuleSettingSchema, ScoringPolicySchema } from './scoring/policy';
export type { RuleSetting, ScoringPolicy, ScoringPolicyInput } from './scoring/policy';
export { evaluateIndicator } from './scoring/evaluate';
export type { IndicatorInput } from './scoring/evaluate';
export { applyPolicy, attain } from './scoring/achievement';

export * from './layout';
export { withHeaderRow } from './layout/withHeaderRow';

export { scoreSheet, cellInput } from './sheet/scoreSheet';
export { rollup } from './sheet/rollup';
export type { Band, Evaluation, IndicatorReport, ObjectiveRollup, SheetReport, Status } from './sheet/report.types';

export { renderIssue, explain } from './i18n/render';
export { formatNumber, formatPercent, localizeFormula } from './i18n/format';
export { LANGS } from './i18n/lang';
export type { Lang } from './i18n/lang';
