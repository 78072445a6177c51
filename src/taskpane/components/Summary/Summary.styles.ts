import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  count: {
    display: 'flex',
    flexDirection: 'column',
    // Numbers first (order -1), on one line across the tiles, whatever the lines their labels take.
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    minWidth: 0,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  met: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  shortfall: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  notEvaluable: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  number: { order: -1, fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Whole words at 320 px ("Raggiunti", "valutabili"); a word wider than its tile still breaks rather than overflow.
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'break-word', minWidth: 0, maxWidth: '100%' },
  /** Under the shortfall tile: how many of them are near misses (the band chart counts them apart). */
  sub: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, margin: 0, overflowWrap: 'break-word', maxWidth: '100%' },
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
