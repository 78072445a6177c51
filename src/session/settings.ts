import { ColumnMappingSchema, type ColumnMapping } from '../core/layout/mapping';
import { DEFAULT_POLICY, ScoringPolicySchema, type ScoringPolicy } from '../core/scoring/policy';
import type { StoredSettings } from '../workbook/port';

/** The confirmed mapping stored for a sheet, or null when none or when it no longer validates. */
export function storedMapping(settings: StoredSettings | null, sheet: string): ColumnMapping | null {
  const raw = settings?.mappings[sheet];
  if (raw === undefined) return null;
  const parsed = ColumnMappingSchema.safeParse(raw);
  return parsed.success && parsed.data.sheet === sheet ? parsed.data : null;
}

/** The stored policy, or null when none or invalid. */
export function storedPolicy(settings: StoredSettings | null): ScoringPolicy | null {
  if (!settings?.policy) return null;
  const parsed = ScoringPolicySchema.safeParse(settings.policy);
  return parsed.success ? parsed.data : null;
}

/** The stored scoring policy of the workbook, else the default one. */
export const policyOf = (settings: StoredSettings | null): ScoringPolicy => storedPolicy(settings) ?? DEFAULT_POLICY;

/**
 * When `sheet` was last computed, as stored (an ISO instant), or null when the workbook has no valid time for it
 * (scored before times were stored, or edited by hand).
 */
export function storedComputedAt(settings: StoredSettings | null, sheet: string): string | null {
  const at = settings?.computedAt?.[sheet];
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : null;
}

/**
 * Settings with one sheet's confirmed mapping and the policy written over what was stored; with `computedAt`
 * (ISO instant), the time that sheet was computed, beside the other sheets' times. The auditor's marks are kept:
 * computing never drops a review.
 */
export function withConfirmed(settings: StoredSettings | null, mapping: ColumnMapping, policy: ScoringPolicy, computedAt?: string): StoredSettings {
  const out: StoredSettings = {
    version: 1,
    mappings: { ...(settings?.mappings ?? {}), [mapping.sheet]: mapping },
    policy: { ...policy },
    ...(settings?.reviews ? { reviews: settings.reviews } : {}),
  };
  const times = { ...(settings?.computedAt ?? {}), ...(computedAt ? { [mapping.sheet]: computedAt } : {}) };
  if (Object.keys(times).length > 0) out.computedAt = times;
  return out;
}
