/** What changed between two computes of the same workbook, by fingerprint. */
export interface FindingsDiff<P, C> {
  /** In the current compute only. */
  new: C[];
  /** In the previous compute only: fixed, or no longer applicable. */
  resolved: P[];
  /** In both (the current finding, with its current message and cell). */
  unchanged: C[];
}

/**
 * Compare the findings of the last review with the current ones by fingerprint: what is new, what was resolved,
 * what is unchanged. Order follows each list. Pure.
 *
 * @example diffFindings([{ fingerprint: 'a' }, { fingerprint: 'b' }], [{ fingerprint: 'b' }, { fingerprint: 'c' }])
 * //=> { new: [{ fingerprint: 'c' }], resolved: [{ fingerprint: 'a' }], unchanged: [{ fingerprint: 'b' }] }
 */
export function diffFindings<P extends { fingerprint: string }, C extends { fingerprint: string }>(previous: readonly P[], current: readonly C[]): FindingsDiff<P, C> {
  const before = new Set(previous.map((f) => f.fingerprint));
  const now = new Set(current.map((f) => f.fingerprint));
  return {
    new: current.filter((f) => !before.has(f.fingerprint)),
    resolved: previous.filter((f) => !now.has(f.fingerprint)),
    unchanged: current.filter((f) => before.has(f.fingerprint)),
  };
}
