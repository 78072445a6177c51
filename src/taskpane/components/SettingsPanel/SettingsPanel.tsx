import { Button, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { NumericField, SettingsPanelProps } from './SettingsPanel.types';
import { useSettingsPanel } from './useSettingsPanel';
import { useSettingsPanelStyles } from './SettingsPanel.styles';

/** The scoring policy: cap, near-miss band, partial-credit rules, threshold, decimals; restore defaults. */
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
  return (
    <section className={styles.root} aria-label={strings.tabs.settings}>
      {number('cap', s.cap, s.capHint)}
      {number('nearMiss', s.nearMiss, s.nearMissHint)}
      <Field label={s.decreasing}>
        <RadioGroup
          value={policy.decreasing}
          disabled={disabled}
          onChange={(_, d) => state.setChoice('decreasing', d.value === 'inverse' ? 'inverse' : 'mirror')}
        >
          <Radio value="mirror" label={s.mirror} />
          <Radio value="inverse" label={s.inverse} />
        </RadioGroup>
      </Field>
      <Field label={s.deadline}>
        <RadioGroup
          value={policy.deadline}
          disabled={disabled}
          onChange={(_, d) => state.setChoice('deadline', d.value === 'linear' ? 'linear' : 'zero')}
        >
          <Radio value="zero" label={s.deadlineZero} />
          <Radio value="linear" label={s.deadlineLinear} />
        </RadioGroup>
      </Field>
      {number('decayPerDay', s.decayPerDay, undefined, policy.deadline !== 'linear')}
      {number('threshold', s.threshold, s.thresholdHint)}
      {number('displayDecimals', s.displayDecimals)}
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
