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

/** Settings with one sheet's confirmed mapping and the policy written over what was stored. */
export function withConfirmed(settings: StoredSettings | null, mapping: ColumnMapping, policy: ScoringPolicy): StoredSettings {
  return {
    version: 1,
    mappings: { ...(settings?.mappings ?? {}), [mapping.sheet]: mapping },
    policy: { ...policy },
    // The auditor's marks are kept: computing must never drop a review.
    ...(settings?.reviews ? { reviews: settings.reviews } : {}),
  };
}
