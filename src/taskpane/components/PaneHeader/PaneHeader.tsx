import { Badge, Dropdown, Option, Title3 } from '@fluentui/react-components';
import { LANGS, type Lang } from '../../../core/i18n/lang';
import type { PaneHeaderProps } from './PaneHeader.types';
import { usePaneHeaderStyles } from './PaneHeader.styles';

/** Title, preview badge and the language switch. */
export function PaneHeader({ mode, lang, strings, onLangChange }: PaneHeaderProps) {
  const styles = usePaneHeaderStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {strings.appTitle}
        {mode === 'preview' ? (
          <Badge appearance="tint" color="informative">
            {strings.previewBadge}
          </Badge>
        ) : null}
      </Title3>
      <Dropdown
        className={styles.lang}
        aria-label={strings.language}
        value={strings.languageNames[lang]}
        selectedOptions={[lang]}
        onOptionSelect={(_, data) => {
          if (data.optionValue === 'it' || data.optionValue === 'en') onLangChange(data.optionValue as Lang);
        }}
      >
        {LANGS.map((l) => (
          <Option key={l} value={l} lang={l}>
            {strings.languageNames[l]}
          </Option>
        ))}
      </Dropdown>
    </header>
  );
}
