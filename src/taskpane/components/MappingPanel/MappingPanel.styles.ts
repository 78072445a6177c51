import { makeStyles, tokens } from '@fluentui/react-components';

export const useMappingPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  count: { marginLeft: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(200px, 100%), 1fr))',
    gap: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
  },
  label: { display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  /** A badge whose text may be longer than the pane is narrow: it wraps instead of overflowing. */
  badge: { height: 'auto', minHeight: '16px', whiteSpace: 'normal', maxWidth: '100%', textAlign: 'start' },
  attention: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: '0', width: '100%' },
  year: { maxWidth: '160px' },
});
