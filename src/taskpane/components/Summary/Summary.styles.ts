import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  count: {
    display: 'flex',
    flexDirection: 'column-reverse',
    // Numbers on one line across the tiles, whatever the lines their labels take.
    justifyContent: 'flex-end',
    alignItems: 'flex-start',
    minWidth: 0,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  met: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  shortfall: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  notEvaluable: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  number: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', hyphens: 'auto' },
  heading: { margin: 0 },
  /** One objective: its title, then its figures on their own line, so they never read as the next title's. */
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, width: '100%', minWidth: 0, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  figures: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  indicator: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'space-between', padding: '2px 0', minWidth: 0 },
  indicatorLabel: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  /** How the achievement was computed, under the indicator's name. */
  how: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
