import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, mergeClasses } from '@fluentui/react-components';
import { SAMPLES } from '../../pipeline/samples';
import type { PreviewToolbarProps } from './PreviewToolbar.types';
import { XLSX_ACCEPT, usePreviewToolbar } from './usePreviewToolbar';
import { usePreviewToolbarStyles } from './PreviewToolbar.styles';

/** Preview mode only: open an .xlsx (button, file input or drop), load a bundled sample, download the result. */
export function PreviewToolbar(props: PreviewToolbarProps) {
  const { strings, busy } = props;
  const p = strings.preview;
  const t = usePreviewToolbar(props);
  const styles = usePreviewToolbarStyles();
  return (
    <div className={mergeClasses(styles.root, t.dragging && styles.dragging)} {...t.dropHandlers} data-testid="drop-zone">
      <input
        ref={t.inputRef}
        className={styles.input}
        type="file"
        accept={XLSX_ACCEPT}
        aria-hidden="true"
        tabIndex={-1}
        data-testid="file-input"
        onChange={t.onInputChange}
      />
      <Button appearance="primary" disabled={busy} onClick={t.browse}>
        {p.openWorkbook}
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button disabled={busy}>{p.loadSample}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {SAMPLES.map((s) => (
              <MenuItem key={s} onClick={() => props.onLoadSample(s)}>
                {p.samples[s]}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button disabled={busy || !props.canDownload} onClick={props.onDownload}>
        {p.download}
      </Button>
      <Text className={styles.hint} size={200}>
        {t.dragging ? p.dropActive : p.dropHint}
      </Text>
    </div>
  );
}
