import { Badge, Button, Dropdown, Field, Option, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import type { IssueCode } from '../../../core/issues';
import type { FindingsListProps } from './FindingsList.types';
import { useFindingsList } from './useFindingsList';
import { useFindingsListStyles } from './FindingsList.styles';

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Findings grouped by severity; each shows cell, indicator and message, and selects its cell when clicked. */
export function FindingsList(props: FindingsListProps) {
  const { strings, findings, selected } = props;
  const state = useFindingsList(props);
  const styles = useFindingsListStyles();
  if (!findings) return <Text>{strings.findingsEmpty}</Text>;
  if (findings.length === 0) return <Text>{strings.findingsNone}</Text>;
  return (
    <section className={styles.root} aria-label={strings.tabs.findings} data-testid="findings">
      <div className={styles.toolbar}>
        <Field label={strings.filterByCode} className={styles.filter}>
          <Dropdown
            value={state.code ?? strings.allCodes}
            selectedOptions={[state.code ?? '']}
            onOptionSelect={(_, d) => state.setCode(d.optionValue ? (d.optionValue as IssueCode) : null)}
          >
            <Option value="" text={strings.allCodes}>
              {strings.allCodes}
            </Option>
            {state.codes.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={state.exportCsv}>{strings.exportCsv}</Button>
        <Button onClick={state.exportJson}>{strings.exportJson}</Button>
      </div>
      {state.groups.map((g) => (
        <div key={g.severity}>
          <Subtitle2 as="h3" className={styles.heading} id={`findings-${g.severity}`}>
            {strings.severities[g.severity]}
            <Badge appearance="tint" color={BADGE[g.severity]}>
              {g.rows.length}
            </Badge>
          </Subtitle2>
          <ul className={styles.list} aria-labelledby={`findings-${g.severity}`}>
            {g.rows.map((f) => (
              <li key={f.key}>
                <Button
                  appearance="subtle"
                  className={mergeClasses(styles.item, f.address !== null && f.address === selected && styles.selected)}
                  disabled={!f.address}
                  title={f.address ? strings.goToCell(f.address, f.message) : undefined}
                  aria-current={f.address !== null && f.address === selected ? 'true' : undefined}
                  data-address={f.address ?? undefined}
                  data-code={f.code}
                  onClick={() => f.address && props.onSelect(f.address)}
                >
                  <span className={styles.address}>{f.address ?? '—'}</span>
                  <span>
                    {f.message}
                    {f.indicator ? <span className={styles.indicator}>{f.indicator}</span> : null}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
