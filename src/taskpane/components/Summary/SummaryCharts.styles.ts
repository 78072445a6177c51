import { makeStyles, tokens } from '@fluentui/react-components';

/** Band colours: the same palette as the count tiles above (green, marigold, red, neutral), legible in both themes. */
export const useChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold },
  met: { backgroundColor: tokens.colorPaletteGreenBorderActive },
  nearMiss: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  shortfall: { backgroundColor: tokens.colorPaletteRedBorderActive },
  notEvaluable: { backgroundColor: tokens.colorNeutralStrokeAccessible },
  /** The indicators by band: one bar of slices. */
  stack: {
    display: 'flex',
    height: '16px',
    width: '100%',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    gap: '2px',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  slice: { height: '100%', minWidth: '3px' },
  /** The objectives: label, track, figure on one line each. */
  bars: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bar: {
    position: 'relative',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 5.5em) minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  barLabel: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  track: {
    position: 'relative',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: 'hidden',
  },
  fill: { position: 'absolute', top: 0, bottom: 0, left: 0 },
  /** The 100% mark, when an objective's bar goes beyond it. */
  hundred: { position: 'absolute', top: 0, bottom: 0, width: '2px', backgroundColor: tokens.colorNeutralForeground1 },
  barValue: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums', textAlign: 'right', minWidth: '3.5em' },
  toggle: { alignSelf: 'flex-start', minWidth: 0, paddingLeft: 0, paddingRight: 0 },
  legend: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', borderRadius: '2px', flexShrink: 0 },
  /** Read by screen readers, not shown. */
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
