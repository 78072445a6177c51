import type { Issue, IssueCode } from '../issues';

const at = (i: Issue): string => (i.cell ? `${i.cell}: ` : '');
const q = (s: string | undefined): string => `'${s ?? ''}'`;
const p = (i: Issue, k: string): string => String(i.params?.[k] ?? '');

/** English messages, one per finding code (a missing code fails to compile). */
export const messagesEn: Record<IssueCode, (i: Issue) => string> = {
  'ambiguous-number': (i) => `${at(i)}the number ${q(i.received)} is ambiguous in this sheet's notation; read as ${i.expected}.`,
  'unreadable-number': (i) => `${at(i)}${q(i.received)} is not a readable number; expected ${i.expected ?? 'a number'}.`,
  'invalid-date': (i) => `${at(i)}the date ${q(i.received)} does not exist; expected a real date (dd/mm/yyyy).`,
  'missing-target': (i) => `${at(i)}no target: enter the expected value.`,
  'unrecognized-target': (i) => `${at(i)}the target ${q(i.received)} is not recognised; expected a comparator and a value (">= 0.21"), a deadline ("by 31/12/2023") or "zero".`,
  'target-year-missing': (i) => `${at(i)}no ${p(i, 'year')} target: the cell only holds ${p(i, 'years')}.`,
  'target-reference-unresolved': (i) => `${at(i)}the target ${q(i.received)} cannot be evaluated from the sheet; enter the reference value.`,
  'target-revised': (i) => `${at(i)}target revised (${p(i, 'via')}): ${i.received ?? ''} → ${i.expected ?? ''}; the last value is used.`,
  'target-ambiguous-revision': (i) => `${at(i)}the cell mentions a possible revision (${q(i.received)}) that was not applied; target used: ${i.expected ?? ''}.`,
  'target-unit-mismatch': (i) => `${at(i)}the result's unit (${i.received ?? ''}) differs from the target's (${i.expected ?? ''}).`,
  'target-partly-read': (i) => `${at(i)}read only in part: after ${q(i.expected)} the text ${q(i.received)} remains, which may change its meaning (${p(i, 'reason') === 'number' ? 'another number' : `"${p(i, 'reason')}"`}); check the target.`,
  'target-parts': (i) => `${at(i)}the target has ${p(i, 'count')} parts (${i.received ?? ''}): all must be met; ${i.expected === 'unread' ? 'the result gives no value for each of them' : `achievement is the ${i.expected === 'min' ? 'lowest' : 'mean'} of the parts`}.`,
  'direction-inferred': (i) => `${at(i)}the target ${q(i.received)} has no comparator: read as "${i.expected ?? ''}" (${p(i, 'reason') === 'unit' ? 'a time: lower is better' : 'from the algorithm: lower is better'}).`,
  withdrawn: (i) => `${at(i)}indicator withdrawn: left out of the computation.`,
  'missing-result': (i) => `${at(i)}no result.`,
  'unrecognized-result': (i) => `${at(i)}no ${i.expected === 'a date' ? 'date' : 'measured value'} found in the result ${q(i.received)}; enter it as a number.`,
  'result-ambiguous': (i) => i.params?.reason
    ? `${at(i)}the result ${i.received ?? ''} looks like a fraction: read as ${i.expected ?? ''}.`
    : `${at(i)}the result text holds several values (${p(i, 'candidates')}): it is not clear which is the result; enter it as a number.`,
  'result-from-narrative': (i) => `${at(i)}result read from the text: ${q(i.received)} (${p(i, 'reason')}).`,
  'result-not-available': (i) => `${at(i)}result not available (${q(i.received)}).`,
  'ratio-mismatch': (i) => `${at(i)}the value ${i.received ?? ''} does not match the ratio ${i.expected ?? ''} (${p(i, 'computed')}%).`,
  'division-by-zero': (i) => `${at(i)}ratio ${q(i.received)} has a zero denominator.`,
  'baseline-missing': (i) => `${at(i)}the previous year's value (baseline) is needed to compute ${p(i, 'rule')}.`,
  'ratio-meaningless': (i) => `${at(i)}with negative or zero values a ratio is meaningless: not evaluable without a baseline.`,
  'deadline-without-date': (i) => `${at(i)}the target is a deadline but the result gives no date (${q(i.received)}).`,
  'kind-mismatch': (i) => `${at(i)}the result ${q(i.received)} is not what the target expects (${i.expected ?? ''}).`,
  'stated-mismatch': (i) => `${at(i)}stated achievement ${p(i, 'statedText')} differs from the computed ${p(i, 'computedText')}.`,
  'stated-unreadable': (i) => `${at(i)}the stated achievement ${q(i.received)} is not readable.`,
  'below-threshold': (i) => `${at(i)}below the minimum threshold of ${i.expected ?? ''}%: achievement set to 0.`,
  'malformed-input': (i) => `invalid line: ${i.received ?? ''}.`,
  'no-header-row': (i) => `${at(i)}no header row found: pick the Indicator, Target and Result columns.`,
  'role-missing': (i) => `no "${i.expected ?? ''}" column found: pick it in the pane.`,
  'role-low-confidence': (i) => `the "${i.expected ?? ''}" column was recognised with low confidence (${i.received ?? ''}): check it.`,
  'year-column-missing': (i) => `no column for ${i.expected ?? ''}: ${i.received ?? ''}.`,
  'weight-invalid': (i) => `${at(i)}weight ${q(i.received)} is not valid: expected a number ≥ 0.`,
  'meta-indicator': (i) => `${at(i)}meta-indicator: ${i.received ?? ''}.`,
  'host-error': (i) => `Excel refused the operation (${p(i, 'code')})${i.received ? `: ${i.received}` : ''}. The sheet was not changed.`,
};
