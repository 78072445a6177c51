import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneHeaderStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { flexGrow: 1, margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  lang: { minWidth: '120px' },
});
