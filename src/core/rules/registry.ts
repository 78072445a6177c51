import { ambiguousNumber } from './ambiguousNumber';
import { baselineMissing } from './baselineMissing';
import { belowThreshold } from './belowThreshold';
import { deadlineWithoutDate } from './deadlineWithoutDate';
import { directionInferred } from './directionInferred';
import { divisionByZero } from './divisionByZero';
import { duplicateIndicator } from './duplicateIndicator';
import { formulaError } from './formulaError';
import { hostError } from './hostError';
import { invalidDate } from './invalidDate';
import { kindMismatch } from './kindMismatch';
import { malformedInput } from './malformedInput';
import { metaIndicator } from './metaIndicator';
import { missingResult } from './missingResult';
import { missingTarget } from './missingTarget';
import { noHeaderRow } from './noHeaderRow';
import { numberAsText } from './numberAsText';
import { ratioMeaningless } from './ratioMeaningless';
import { ratioMismatch } from './ratioMismatch';
import { resultAmbiguous } from './resultAmbiguous';
import { resultFromNarrative } from './resultFromNarrative';
import { resultNotAvailable } from './resultNotAvailable';
import { resultYearMismatch } from './resultYearMismatch';
import { roleLowConfidence } from './roleLowConfidence';
import { roleMissing } from './roleMissing';
import type { Rule } from './rule';
import { shareOver100 } from './shareOver100';
import { statedMismatch } from './statedMismatch';
import { statedUnreadable } from './statedUnreadable';
import { targetAmbiguousRevision } from './targetAmbiguousRevision';
import { targetBelowBaseline } from './targetBelowBaseline';
import { targetPartlyRead } from './targetPartlyRead';
import { targetParts } from './targetParts';
import { targetReferenceUnresolved } from './targetReferenceUnresolved';
import { targetRevised } from './targetRevised';
import { targetUnitMismatch } from './targetUnitMismatch';
import { targetYearMissing } from './targetYearMissing';
import { unreadableNumber } from './unreadableNumber';
import { unrecognizedResult } from './unrecognizedResult';
import { unrecognizedTarget } from './unrecognizedTarget';
import { weightInvalid } from './weightInvalid';
import { weightsSum } from './weightsSum';
import { withdrawn } from './withdrawn';
import { yearColumnMissing } from './yearColumnMissing';

/**
 * The catalogue of checks, in the order findings are listed and documented (docs/checks.md). A finding code
 * exists only here: adding a rule module and listing it is all a new check needs.
 */
const LIST = [
  // numbers and dates
  ambiguousNumber, unreadableNumber, invalidDate,
  // targets
  missingTarget, unrecognizedTarget, targetYearMissing, targetReferenceUnresolved, targetRevised, targetAmbiguousRevision,
  targetUnitMismatch, targetPartlyRead, targetParts, directionInferred, withdrawn,
  // results
  missingResult, unrecognizedResult, resultAmbiguous, resultFromNarrative, resultNotAvailable, ratioMismatch, divisionByZero,
  // scoring
  baselineMissing, ratioMeaningless, deadlineWithoutDate, kindMismatch, statedMismatch, statedUnreadable, belowThreshold, malformedInput,
  // layout and sheets
  noHeaderRow, roleMissing, roleLowConfidence, yearColumnMissing, weightInvalid, metaIndicator, hostError,
  // auditor's checks
  targetBelowBaseline, weightsSum, duplicateIndicator, formulaError, numberAsText, shareOver100, resultYearMismatch,
] as const;

type RuleList = typeof LIST;
export type IssueCode = RuleList[number]['code'];
/** The rule of each code, typed: `RULES['role-missing'].params` is its schema. */
export type Rules = { [R in RuleList[number] as R['code']]: R };

export const RULES: Rules = Object.fromEntries(LIST.map((r) => [r.code, r])) as unknown as Rules;
/** Every rule, in catalogue order. */
export const RULE_LIST: readonly Rule[] = LIST as unknown as readonly Rule[];
/** Every finding code, in catalogue order. */
export const ISSUE_CODES = LIST.map((r) => r.code) as unknown as readonly IssueCode[];
/** The codes added for the auditor's desk (issue 11): checks that look at the sheet, not at the parse. */
export const CHECK_CODES: readonly IssueCode[] = LIST.filter((r) => r.group === 'checks').map((r) => r.code);

/** The rule of a code (untyped params), or undefined for a code the catalogue does not know. */
export const ruleOf = (code: string): Rule | undefined => (RULES as unknown as Record<string, Rule>)[code];
