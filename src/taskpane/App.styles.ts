import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  /** Not on FluentProvider itself: its portals copy its classes. */
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  preview: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(340px, 420px)',
    gridTemplateRows: '100%',
    height: '100vh',
    overflow: 'hidden',
    '@media (max-width: 800px)': { gridTemplateColumns: '1fr', gridTemplateRows: 'auto', height: 'auto', overflow: 'visible' },
  },
  gridArea: { padding: tokens.spacingHorizontalS, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' },
  placeholder: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM + ' ' + tokens.spacingHorizontalM,
    overflowY: 'auto',
    minWidth: 0,
    // Narrow preview (a phone, or a window as narrow as Excel's pane): the pane, with its results, comes first.
    '@media (max-width: 800px)': { order: -1 },
  },
  tabPanel: { paddingTop: tokens.spacingVerticalS, minWidth: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  suggestions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  setupLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  computedAt: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
  setupText: { flexGrow: 1, flexBasis: '12em', minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});
