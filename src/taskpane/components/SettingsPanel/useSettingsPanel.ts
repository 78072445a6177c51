import { useEffect, useState } from 'react';
import { DEFAULT_POLICY, ScoringPolicySchema, type ScoringPolicy } from '../../../core/scoring/policy';
import type { NumericField, SettingsPanelProps } from './SettingsPanel.types';

export const LIMITS: Record<NumericField, { min: number; max: number; integer: boolean; optional: boolean }> = {
  cap: { min: 100, max: 1000, integer: false, optional: false },
  nearMiss: { min: 0, max: 100, integer: false, optional: false },
  decayPerDay: { min: 0, max: 100, integer: false, optional: false },
  threshold: { min: 0, max: 100, integer: false, optional: true },
  displayDecimals: { min: 0, max: 4, integer: true, optional: false },
};
const FIELDS = Object.keys(LIMITS) as NumericField[];

const textOf = (policy: ScoringPolicy, f: NumericField): string => {
  const v = policy[f];
  return v === null ? '' : String(v);
};
const draftsOf = (policy: ScoringPolicy) => Object.fromEntries(FIELDS.map((f) => [f, textOf(policy, f)])) as Record<NumericField, string>;

/** Parse "1,5" or "1.5"; null for empty, NaN for anything else. */
export function parseSetting(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

export interface SettingsPanelState {
  drafts: Record<NumericField, string>;
  errors: Partial<Record<NumericField, string>>;
  setNumber(field: NumericField, text: string): void;
  setChoice<K extends 'decreasing' | 'deadline' | 'notes'>(field: K, value: ScoringPolicy[K]): void;
  setFlag(field: 'explainNotes', value: boolean): void;
  restoreDefaults(): void;
  isDefault: boolean;
}

/** Drafts of the numeric fields; a value reaches the policy only once the zod schema accepts it. */
export function useSettingsPanel({ policy, onChange, onValidityChange, strings }: SettingsPanelProps): SettingsPanelState {
  const [drafts, setDrafts] = useState(() => draftsOf(policy));
  const [errors, setErrors] = useState<Partial<Record<NumericField, string>>>({});
  useEffect(() => {
    setDrafts((d) => {
      const next = { ...d };
      for (const f of FIELDS) if (parseSetting(d[f]) !== policy[f]) next[f] = textOf(policy, f);
      return next;
    });
  }, [policy]);

  const invalid = Object.keys(errors).length > 0;
  useEffect(() => {
    onValidityChange?.(invalid);
  }, [invalid, onValidityChange]);
  // Drafts are dropped when the panel closes: the policy keeps its last valid value.
  useEffect(() => () => onValidityChange?.(false), [onValidityChange]);

  const setNumber = (field: NumericField, text: string) => {
    setDrafts((d) => ({ ...d, [field]: text }));
    const lim = LIMITS[field];
    const value = parseSetting(text);
    const bad =
      value === null ? !lim.optional : Number.isNaN(value) || value < lim.min || value > lim.max || (lim.integer && !Number.isInteger(value));
    if (bad) {
      setErrors((e) => ({ ...e, [field]: strings.settings.invalid(lim.min, lim.max) }));
      return;
    }
    const parsed = ScoringPolicySchema.safeParse({ ...policy, [field]: value });
    if (!parsed.success) {
      setErrors((e) => ({ ...e, [field]: strings.settings.floorAboveCap }));
      return;
    }
    setErrors((e) => {
      const { [field]: _cleared, ...rest } = e;
      return rest;
    });
    onChange(parsed.data);
  };

  return {
    drafts,
    errors,
    setNumber,
    setChoice: (field, value) => onChange({ ...policy, [field]: value }),
    setFlag: (field, value) => onChange({ ...policy, [field]: value }),
    restoreDefaults: () => {
      setErrors({});
      setDrafts(draftsOf(DEFAULT_POLICY));
      onChange(DEFAULT_POLICY);
    },
    isDefault: JSON.stringify(policy) === JSON.stringify(DEFAULT_POLICY),
  };
}
