import { ColumnMappingSchema, type ColumnMapping } from '../../core/layout/mapping';
import { ScoringPolicySchema, type ScoringPolicy } from '../../core/scoring/policy';
import type { StoredSettings } from '../../workbook/port';

/** The confirmed mapping stored for a sheet, or null when none or when it no longer validates. */
export function storedMapping(settings: StoredSettings | null, sheet: string): ColumnMapping | null {
  const parsed = ColumnMappingSchema.safeParse(settings?.mappings[sheet]);
  return parsed.success && parsed.data.sheet === sheet ? parsed.data : null;
}

/** The stored policy, or null when none or invalid. */
export function storedPolicy(settings: StoredSettings | null): ScoringPolicy | null {
  if (!settings?.policy) return null;
  const parsed = ScoringPolicySchema.safeParse(settings.policy);
  return parsed.success ? parsed.data : null;
}

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
 * (ISO instant), the time that sheet was computed, beside the other sheets' times.
 */
export function withConfirmed(settings: StoredSettings | null, mapping: ColumnMapping, policy: ScoringPolicy, computedAt?: string): StoredSettings {
  const out: StoredSettings = {
    version: 1,
    mappings: { ...(settings?.mappings ?? {}), [mapping.sheet]: mapping },
    policy: { ...policy },
  };
  const times = { ...(settings?.computedAt ?? {}), ...(computedAt ? { [mapping.sheet]: computedAt } : {}) };
  if (Object.keys(times).length > 0) out.computedAt = times;
  return out;
}
