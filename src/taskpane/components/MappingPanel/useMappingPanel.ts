import { ROLES, type Role } from '../../../core/layout/roles';
import type { MappingPanelProps, RoleConfidence, RoleRowView } from './MappingPanel.types';

const REQUIRED: readonly Role[] = ['indicator', 'target', 'result'];

const levelOf = (confidence: number): RoleConfidence => {
  const percent = Math.round(confidence * 100);
  if (confidence >= 0.8) return { level: 'high', percent };
  if (confidence >= 0.5) return { level: 'medium', percent };
  return { level: 'low', percent };
};

/** One row per role: the column in use, how sure detection is, and why. */
export function useMappingPanel({ layout, stored, overrides }: Pick<MappingPanelProps, 'layout' | 'stored' | 'overrides'>): RoleRowView[] {
  const base = stored ?? layout.mapping;
  return ROLES.map((role) => {
    const overridden = Object.prototype.hasOwnProperty.call(overrides, role);
    const column = overridden ? (overrides[role] ?? null) : (base?.columns[role] ?? null);
    const guess = layout.guesses.find((g) => g.role === role && g.column === column) ?? null;
    let confidence: RoleConfidence;
    if (!column) confidence = REQUIRED.includes(role) ? { level: 'missing' } : { level: 'unused' };
    else if (overridden) confidence = { level: 'manual' };
    else if (stored) confidence = { level: 'confirmed' };
    else confidence = guess ? levelOf(guess.confidence) : { level: 'low', percent: 0 };
    const unsure = confidence.level === 'missing' || confidence.level === 'low';
    return { role, column, confidence, reason: overridden ? null : (guess?.reason ?? null), attention: REQUIRED.includes(role) && unsure };
  });
}
