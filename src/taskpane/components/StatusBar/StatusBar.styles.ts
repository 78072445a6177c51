import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusBarStyles = makeStyles({
  detail: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});
