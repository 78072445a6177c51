import { Button, Field, ProgressBar, Text } from '@fluentui/react-components';
import type { ComputeBarProps } from './ComputeBar.types';
import { useComputeBar } from './useComputeBar';
import { useComputeBarStyles } from './ComputeBar.styles';

/** The primary action, its progress on long sheets, and Clear. */
export function ComputeBar(props: ComputeBarProps) {
  const { strings } = props;
  const view = useComputeBar(props);
  const styles = useComputeBarStyles();
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!props.canCompute || view.busy}
          aria-describedby={props.blockedReason ? 'compute-blocked' : undefined}
          onClick={props.onCompute}
        >
          {strings.compute}
        </Button>
        <Button disabled={!props.canClear || view.busy} onClick={props.onClear}>
          {strings.clear}
        </Button>
      </div>
      {props.blockedReason ? (
        <Text id="compute-blocked" className={styles.reason} role="status">
          {props.blockedReason}
        </Text>
      ) : null}
      {view.progress ? (
        <Field validationMessage={view.progress.label} validationState="none" aria-live="polite">
          <ProgressBar value={view.progress.value} aria-label={strings.progressLabel} />
        </Field>
      ) : null}
    </div>
  );
}
