import { makeStyles, tokens } from '@fluentui/react-components';

export const useWorkbookPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minWidth: 0 },
  heading: { flexGrow: 1, margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, rowGap: '2px', minWidth: 0 },
  name: { textAlign: 'start', overflowWrap: 'anywhere', minWidth: 0 },
  open: { fontWeight: tokens.fontWeightSemibold },
  figures: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', minWidth: 0 },
  badge: { whiteSpace: 'normal', height: 'auto', minWidth: 0 },
  leftOut: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  failures: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
