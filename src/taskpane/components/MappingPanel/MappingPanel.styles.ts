import { makeStyles, tokens } from '@fluentui/react-components';

export const useMappingPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  count: { marginLeft: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
  },
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  attention: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: '0', width: '100%' },
  year: { maxWidth: '160px' },
});
