import type { HeaderClass } from './headerSynonyms';
import { matchHeader, type HeaderMatch } from './matchHeader';
import { ROLES, type Role } from './roles';

const PERCENT_SUBS = new Set(['%', 'percentuale', 'grado']);
const isRole = (cls: HeaderClass | 'generic' | undefined): cls is Role => (ROLES as readonly string[]).includes(cls ?? '');

/**
 * Read a sub-header under its group label (two-row headers): a specific sub-header keeps its own meaning,
 * a generic one ("Valore", "2023", "%") takes the group's ("CONSUNTIVO" / "Valore" → result,
 * "CONSUNTIVO" / "%" → stated, "TARGET" / "2024" → target for 2024). Years on either row apply.
 * @example groupLabel('PROGRAMMAZIONE', 'Target 2023') //=> { cls: 'target', … label.years: [2023] }
 */
export function groupLabel(group: string, sub: string): HeaderMatch | null {
  const ms = matchHeader(sub);
  const mg = matchHeader(group);
  const years = [...(ms?.label.years ?? []), ...(ms?.label.years.length ? [] : (mg?.label.years ?? []))];
  const withYears = (m: HeaderMatch, cls: HeaderMatch['cls'], confidence: number): HeaderMatch => ({
    cls,
    confidence: Math.round(confidence * 100) / 100,
    phrase: m.phrase,
    label: { ...m.label, years },
  });
  if (ms && ms.cls !== 'generic') return { ...ms, label: { ...ms.label, years } };
  if (!mg || !isRole(mg.cls)) return ms ? withYears(ms, ms.cls, ms.confidence) : null;
  if (ms && mg.cls === 'result' && PERCENT_SUBS.has(ms.phrase)) return withYears(mg, 'stated', 0.85 * mg.confidence);
  return withYears(mg, mg.cls, (ms ? 1 : 0.6) * mg.confidence);
}
