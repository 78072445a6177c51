import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingsListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  filter: { flexGrow: 1, minWidth: '160px' },
  heading: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    padding: tokens.spacingVerticalXS + ' ' + tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    display: 'grid',
    gridTemplateColumns: '4.5em 1fr',
    columnGap: tokens.spacingHorizontalS,
  },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  indicator: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
