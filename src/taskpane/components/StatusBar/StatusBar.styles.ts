import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusBarStyles = makeStyles({
  /** Long lines wrap inside the bar at 320 px instead of spilling out of it. */
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});
