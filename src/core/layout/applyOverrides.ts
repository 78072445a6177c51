import { fail, issue, ok, type Issue, type Result } from '../issues';
import { ColumnMappingSchema, type ColumnMapping } from './mapping';
import { ROLES, type Role } from './roles';

/** Roles that read a value: two of them on one column is a mistake. */
const VALUE_ROLES: ReadonlySet<Role> = new Set(['target', 'result', 'stated', 'weight', 'numerator', 'denominator', 'baseline']);
const COLUMN = /^[A-Z]{1,3}$/;

/**
 * The user's overrides of roles (role → column letter, or null to unset) applied to a mapping, validated with
 * ColumnMappingSchema; an invalid override is an Issue, never a throw. A detected role that loses its column
 * to an overridden value role is unset and reported as `role-missing`. Any invalid override rejects the set.
 * @example applyOverrides(mapping, { result: 'f', notes: null }, 2024) //=> { ok: true, value: { …columns: { result: 'F' … }, year: 2024 } }
 */
export function applyOverrides(
  mapping: ColumnMapping,
  overrides: Partial<Record<Role, string | null>>,
  year?: number,
): Result<ColumnMapping> {
  const problems: Issue[] = [];
  const notes: Issue[] = [];
  const columns: Partial<Record<Role, string>> = { ...mapping.columns };
  const set = new Map<Role, string>();
  for (const [key, raw] of Object.entries(overrides as Record<string, unknown>)) {
    if (!(ROLES as readonly string[]).includes(key)) {
      problems.push(
        issue('malformed-input', 'error', { expected: `a role (${ROLES.join(', ')})`, received: key, params: { text: key, field: 'role' } }),
      );
      continue;
    }
    const role = key as Role;
    if (raw === null || raw === undefined) {
      delete columns[role];
      continue;
    }
    const letters = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    if (!COLUMN.test(letters)) {
      problems.push(issue('malformed-input', 'error', { expected: 'a column name such as "D"', received: String(raw), params: { text: String(raw), role } }));
      continue;
    }
    set.set(role, letters);
  }
  for (const [role, letters] of set) {
    const clash = [...set].find(([other, l]) => other !== role && l === letters && VALUE_ROLES.has(other) && VALUE_ROLES.has(role));
    if (clash && ROLES.indexOf(role) < ROLES.indexOf(clash[0])) {
      problems.push(
        issue('malformed-input', 'error', {
          expected: 'one column per value role',
          received: `${role}, ${clash[0]} → ${letters}`,
          params: { text: `${role}, ${clash[0]} → ${letters}`, role, other: clash[0], column: letters },
        }),
      );
    }
    columns[role] = letters;
  }
  for (const [role, letters] of set) {
    if (!VALUE_ROLES.has(role)) continue;
    for (const other of ROLES) {
      if (other === role || set.has(other) || !VALUE_ROLES.has(other) || columns[other] !== letters) continue;
      delete columns[other];
      notes.push(issue('role-missing', 'warning', { expected: other, received: letters, params: { role: other, takenBy: role } }));
    }
  }
  if (problems.length > 0) return fail(...problems);
  const parsed = ColumnMappingSchema.safeParse({ ...mapping, columns, ...(year !== undefined ? { year } : {}) });
  if (!parsed.success) {
    return fail(
      ...parsed.error.issues.map((z) =>
        issue('malformed-input', 'error', { expected: z.message, received: String(z.path.join('.')), params: { text: z.path.join('.') || z.message, field: z.path.join('.') } }),
      ),
    );
  }
  return ok(parsed.data, notes);
}
