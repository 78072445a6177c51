import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  count: {
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  met: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  shortfall: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  notEvaluable: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  number: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline', width: '100%' },
  figures: { color: tokens.colorNeutralForeground2, marginLeft: 'auto' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  indicator: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'space-between', padding: '2px 0' },
});
