import { makeStyles, tokens } from '@fluentui/react-components';

export const useComputeBarStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  reason: { color: tokens.colorPaletteRedForeground1 },
});
