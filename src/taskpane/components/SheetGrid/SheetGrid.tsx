import { mergeClasses } from '@fluentui/react-components';
import type { SheetGridProps } from './SheetGrid.types';
import { useSheetGrid } from './useSheetGrid';
import { useSheetGridStyles } from './SheetGrid.styles';

/** Preview mode: the sheet, read-only, with Traguardo's column, highlights and notes as Excel would show them. */
export function SheetGrid(props: SheetGridProps) {
  const { strings, snapshot } = props;
  const { model, scrollRef, target } = useSheetGrid(props);
  const styles = useSheetGridStyles();
  const bandClass = { met: styles.met, 'near-miss': styles.nearMiss, shortfall: styles.shortfall } as const;
  const label = strings.preview.gridLabel(snapshot.name);
  return (
    <div ref={scrollRef} className={styles.scroller} tabIndex={0} role="region" aria-label={label} data-testid="sheet-grid">
      {/* Clicks are delegated from the table; the same explanation is reachable by keyboard from the summary. */}
      <table
        className={styles.table}
        aria-label={label}
        onClick={
          props.onCellClick
            ? (ev) => {
                const td = (ev.target as HTMLElement).closest('td[data-address]');
                const address = td?.getAttribute('data-address');
                if (address) props.onCellClick?.(address);
              }
            : undefined
        }
      >
        <thead>
          <tr>
            <td className={styles.corner} />
            {model.columns.map((c) => (
              <th key={c} scope="col" className={styles.colHeader}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" className={styles.rowHeader}>
                {r.row}
              </th>
              {r.cells.map((c) => (
                <td
                  key={c.address}
                  data-address={c.address}
                  data-band={c.band ?? undefined}
                  data-note={c.note ?? undefined}
                  data-selected={c.address === target ? 'true' : undefined}
                  rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                  colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                  title={c.note ?? (c.text.length > 20 ? c.text : undefined)}
                  className={mergeClasses(
                    styles.cell,
                    c.numeric && styles.numeric,
                    c.output && styles.output,
                    c.band ? bandClass[c.band] : undefined,
                    c.address === target && styles.selected,
                  )}
                >
                  {c.text}
                  {c.note ? <span className={styles.noteMarker} role="img" aria-label={`${strings.preview.note}: ${c.note}`} /> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
