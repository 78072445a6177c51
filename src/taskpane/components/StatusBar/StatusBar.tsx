import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { StatusBarProps } from './StatusBar.types';
import { useStatusBar } from './useStatusBar';
import { useStatusBarStyles } from './StatusBar.styles';

/** The message bar at the top of the pane: errors with what to do, and outcomes of actions. */
export function StatusBar(props: StatusBarProps) {
  const view = useStatusBar(props);
  const styles = useStatusBarStyles();
  if (!view) return null;
  return (
    <MessageBar intent={view.intent} layout="multiline" data-testid="status-bar" politeness={view.intent === 'success' ? 'polite' : 'assertive'}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{view.title}</MessageBarTitle>
        {view.body}
        {view.detail ? <span className={styles.detail}>{view.detail}</span> : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={props.strings.errors.dismiss} onClick={props.onDismiss}>
            ×
          </Button>
        }
      >
        {props.onRetry && view.intent === 'error' ? <Button onClick={props.onRetry}>{props.strings.errors.retry}</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
