import { ROLES, type Role } from './roles';
import type { RoleEvidence, RoleGuess } from './mapping';
import type { HeaderColumn } from './findHeader';
import { ALTERNATE_CLASS } from './headerSynonyms';
import type { ColumnProfile } from './_lib/columnProfile';

/** A role guess with the grid column and the grid row of the header cell that gave it. */
export interface ColumnGuess extends RoleGuess {
  col: number;
  headerRow: number | null;
}

export interface Assignment {
  guesses: ColumnGuess[];
  /** Header columns that name a role for another year only ("Target 2022" when the year is 2023; a result
   *  column of the year before is also read as the baseline). */
  otherYears: Partial<Record<Role, HeaderColumn[]>>;
}

interface Candidate {
  role: Role;
  col: number;
  confidence: number;
  /** Sort key: the confidence before capping. */
  rank?: number;
  reason: string;
  headerRow: number | null;
  evidence?: RoleEvidence;
}

const YEAR_BOUND: ReadonlySet<Role> = new Set(['target', 'result', 'stated', 'weight', 'numerator', 'denominator']);
const r2 = (x: number): number => Math.round(Math.min(1, x) * 100) / 100;

/**
 * Give each role its best column: header words first (resolved to the reference year), then content for
 * columns whose header says nothing ("content: 9/10 cells look like targets", lower confidence).
 */
export function assignRoles(
  columns: readonly HeaderColumn[],
  year: number,
  visibleCols: readonly number[],
  profileOf: (col: number) => ColumnProfile,
  letter: (col: number) => string,
): Assignment {
  const otherYears: Partial<Record<Role, HeaderColumn[]>> = {};
  const candidates: Candidate[] = [];
  const spoken = new Set<number>();
  for (const hc of columns) {
    const m = hc.match;
    if (!m) continue;
    if (m.cls !== 'generic') spoken.add(hc.col);
    const years = m.label.years;
    const base = { col: hc.col, headerRow: hc.row, reason: `header '${hc.text}'`, evidence: { source: 'header', header: hc.text, phrase: m.phrase } as RoleEvidence };
    if (m.cls === 'ignore') continue;
    if (m.cls === 'generic') {
      if (years.length !== 1) continue;
      spoken.add(hc.col);
      if (years[0] === year) candidates.push({ ...base, role: 'result', confidence: 0.45 });
      else if (years[0] === year - 1)
        candidates.push({ ...base, role: 'baseline', confidence: 0.55, reason: `${base.reason} (year before ${year})` });
      continue;
    }
    let role: Role = m.cls;
    let confidence = m.rank ?? m.confidence;
    let reason = base.reason;
    if (YEAR_BOUND.has(role) && years.length > 0) {
      const lo = Math.min(...years);
      const hi = Math.max(...years);
      if (lo === hi && lo === year) confidence += 0.05;
      else if (lo <= year && year <= hi) confidence *= 0.95;
      else if (role === 'result' && lo === hi && lo === year - 1) {
        (otherYears.result ??= []).push(hc);
        role = 'baseline';
        confidence *= 0.85;
        reason = `${reason} (year before ${year})`;
      } else {
        (otherYears[role] ??= []).push(hc);
        continue;
      }
    }
    if (role === 'target') {
      const p = profileOf(hc.col);
      if (p.filled > 0 && p.targetLike / p.filled >= 0.3) confidence += 0.05;
    }
    candidates.push({ ...base, role, confidence: r2(confidence), rank: confidence, reason });
    const alternate = ALTERNATE_CLASS[m.phrase];
    if (alternate && alternate !== 'ignore' && m.label.text === m.phrase)
      candidates.push({ ...base, role: alternate, confidence: r2(0.6 * confidence) });
  }
  const chosen = new Map<Role, Candidate>();
  const taken = new Set<number>();
  const key = (c: Candidate): number => c.rank ?? c.confidence;
  const rivals = new Map<Role, string[]>();
  for (const c of [...candidates].sort((a, b) => key(b) - key(a) || a.col - b.col)) {
    if (chosen.has(c.role) || taken.has(c.col)) {
      if (chosen.has(c.role) && chosen.get(c.role)?.col !== c.col) (rivals.get(c.role) ?? rivals.set(c.role, []).get(c.role))?.push(letter(c.col));
      continue;
    }
    chosen.set(c.role, c);
    taken.add(c.col);
  }
  for (const col of visibleCols) {
    if (spoken.has(col) || taken.has(col)) continue;
    const guess = fromContent(col, profileOf(col), chosen);
    if (guess) {
      chosen.set(guess.role, guess);
      taken.add(col);
    }
  }
  const guesses = ROLES.flatMap((role) => {
    const c = chosen.get(role);
    if (!c) return [];
    const lost = rivals.get(role);
    const evidence: RoleEvidence | undefined = c.evidence ? { ...c.evidence, ...(lost && lost.length > 0 ? { rivals: lost } : {}) } : undefined;
    return [{ role, column: letter(c.col), confidence: c.confidence, reason: c.reason, col: c.col, headerRow: c.headerRow, ...(evidence ? { evidence } : {}) }];
  });
  return { guesses, otherYears };
}

function fromContent(col: number, p: ColumnProfile, chosen: ReadonlyMap<Role, Candidate>): Candidate | null {
  if (p.filled < 2 || p.filled < 0.3 * p.rows) return null;
  const share = (n: number): number => n / p.filled;
  const say = (what: string, n: number): string => `content: ${n}/${p.filled} cells ${what}`;
  const at = (role: Role): number | undefined => chosen.get(role)?.col;
  const free = (role: Role): boolean => !chosen.has(role);
  const make = (role: Role, confidence: number, reason: string): Candidate => {
    const m = /(\d+)\/(\d+)/.exec(reason);
    return { role, col, confidence, reason, headerRow: null, evidence: { source: 'content', ...(m ? { matched: Number(m[1]), of: Number(m[2]) } : {}) } };
  };
  const target = at('target');
  const result = at('result');
  const rightmostValue = Math.max(target ?? -1, result ?? -1);
  if (free('target') && share(p.targetLike) >= 0.6) return make('target', 0.45, say('look like targets', p.targetLike));
  if (free('code') && share(p.codeLike) >= 0.7) return make('code', 0.4, say('look like codes', p.codeLike));
  if (share(p.longText) >= 0.5) {
    const reason = say('hold long text', p.longText);
    if (free('indicator') && (target === undefined || col < target)) return make('indicator', 0.35, reason);
    if (free('algorithm') && target !== undefined && col < target) return make('algorithm', 0.3, reason);
    if (free('notes') && rightmostValue >= 0 && col > rightmostValue) return make('notes', 0.3, reason);
    return null;
  }
  if (share(p.numbers + p.dates) >= 0.6) {
    if (free('result') && target !== undefined && col > target)
      return make('result', 0.35, say('hold numbers or dates', p.numbers + p.dates));
    if (free('stated') && result !== undefined && col > result && share(p.percents) >= 0.6)
      return make('stated', 0.3, say('hold percentages', p.percents));
  }
  return null;
}
