import { Button, Checkbox, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { ScoringPolicy } from '../../../core/scoring/policy';
import type { NumericField, SettingsPanelProps } from './SettingsPanel.types';
import { useSettingsPanel } from './useSettingsPanel';
import { useSettingsPanelStyles } from './SettingsPanel.styles';

/** The scoring policy: cap, near-miss band, partial-credit rules, threshold, decimals, notes; restore defaults. */
export function SettingsPanel(props: SettingsPanelProps) {
  const { strings, policy, disabled } = props;
  const s = strings.settings;
  const state = useSettingsPanel(props);
  const styles = useSettingsPanelStyles();
  const number = (field: NumericField, label: string, hint?: string, fieldDisabled = false) => (
    <Field label={label} hint={hint ?? null} validationMessage={state.errors[field] ?? null} validationState={state.errors[field] ? 'error' : 'none'}>
      <Input
        className={styles.number}
        inputMode="decimal"
        value={state.drafts[field]}
        disabled={disabled || fieldDisabled}
        onChange={(_, d) => state.setNumber(field, d.value)}
      />
    </Field>
  );
  /** A rule with named options, as radio buttons; the first option is the fallback for an unknown value. */
  const choice = <K extends 'decreasing' | 'deadline' | 'notes'>(field: K, label: string, options: Array<[ScoringPolicy[K], string]>, hint?: string) => (
    <Field label={label} hint={hint ?? null}>
      <RadioGroup
        value={policy[field]}
        disabled={disabled}
        onChange={(_, d) => state.setChoice(field, options.find(([v]) => v === d.value)?.[0] ?? (options[0] as [ScoringPolicy[K], string])[0])}
      >
        {options.map(([value, text]) => (
          <Radio key={value} value={value} label={text} />
        ))}
      </RadioGroup>
    </Field>
  );
  return (
    <section className={styles.root} aria-label={strings.tabs.settings}>
      {number('cap', s.cap, s.capHint)}
      {number('nearMiss', s.nearMiss, s.nearMissHint)}
      {choice('decreasing', s.decreasing, [['mirror', s.mirror], ['inverse', s.inverse]])}
      {choice('deadline', s.deadline, [['zero', s.deadlineZero], ['linear', s.deadlineLinear]])}
      {number('decayPerDay', s.decayPerDay, undefined, policy.deadline !== 'linear')}
      {number('threshold', s.threshold, s.thresholdHint)}
      {number('displayDecimals', s.displayDecimals)}
      {choice('notes', s.notes, [['problems', s.notesProblems], ['all', s.notesAll]], s.notesHint)}
      <Checkbox label={s.explainNotes} checked={policy.explainNotes} disabled={disabled} onChange={(_, d) => state.setFlag('explainNotes', d.checked === true)} />
      <div className={styles.actions}>
        <Button disabled={disabled || state.isDefault} onClick={state.restoreDefaults}>
          {s.restoreDefaults}
        </Button>
        <Text className={styles.hint} size={200}>
          {s.savedOnCompute}
        </Text>
      </div>
    </section>
  );
}
