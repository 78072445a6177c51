import { Badge, Button, Dropdown, Field, Option, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import { useRovingFocus } from '../../hooks/useRovingFocus';
import type { IssueCode, Severity } from '../../../core/issues';
import type { FindingsListProps } from './FindingsList.types';
import { useFindingsList } from './useFindingsList';
import { useFindingsListStyles } from './FindingsList.styles';

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/**
 * Findings grouped by severity, then by check ("Risultato mancante — 26 celle", folded when large), filtered by
 * severity and by check; each finding shows cell, indicator and message and selects its cell. The list is one
 * tab stop: arrow keys move inside it.
 */
export function FindingsList(props: FindingsListProps) {
  const { strings, findings, selected } = props;
  const state = useFindingsList(props);
  const styles = useFindingsListStyles();
  const roving = useRovingFocus<HTMLDivElement>('button', 'vertical');
  if (!findings) return <Text>{strings.findingsEmpty}</Text>;
  if (findings.length === 0) return <Text>{strings.findingsNone}</Text>;
  const name = (code: IssueCode): string => strings.ruleNames[code];
  return (
    <section className={styles.root} aria-label={strings.tabs.findings} data-testid="findings">
      <div className={styles.toolbar}>
        <FilterField
          label={strings.filterBySeverity}
          className={styles.severityFilter}
          dropdownClassName={styles.dropdown}
          all={strings.allSeverities}
          selected={state.severity}
          options={state.severities.map((s) => ({ value: s.severity, text: strings.ruleWithCount(strings.severities[s.severity], s.count), short: strings.severities[s.severity] }))}
          onSelect={(v) => state.setSeverity(v as Severity | null)}
        />
        <FilterField
          label={strings.filterByRule}
          className={styles.ruleFilter}
          dropdownClassName={styles.dropdown}
          all={strings.allRules}
          selected={state.code}
          options={state.rules.map((r) => ({ value: r.code, text: strings.ruleWithCount(name(r.code), r.count), short: name(r.code) }))}
          onSelect={(v) => state.setCode(v as IssueCode | null)}
        />
        <div className={styles.exports}>
          <Button onClick={state.exportCsv}>{strings.exportCsv}</Button>
          <Button onClick={state.exportJson}>{strings.exportJson}</Button>
        </div>
      </div>
      <div ref={roving.ref} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus} role="group" aria-label={strings.findingsListLabel} className={styles.groups}>
        {state.groups.map((g) => (
          <div key={g.severity}>
            <Subtitle2 as="h2" className={styles.heading} id={`findings-${g.severity}`}>
              {strings.severities[g.severity]}
              <Badge appearance="tint" color={BADGE[g.severity]}>
                {g.count}
              </Badge>
            </Subtitle2>
            <ul className={styles.list} aria-labelledby={`findings-${g.severity}`}>
              {g.rules.map((rule) => {
                const open = state.isOpen(rule.key, rule.rows.length);
                const listId = `findings-${rule.key.replace(/[^a-z-]/gi, '-')}`;
                return (
                  <li key={rule.key}>
                    <Button
                      appearance="subtle"
                      className={styles.ruleToggle}
                      aria-expanded={open}
                      aria-controls={open ? listId : undefined}
                      data-rule={rule.code}
                      onClick={() => state.toggle(rule.key, rule.rows.length)}
                    >
                      <span aria-hidden="true" className={styles.chevron}>
                        {open ? '▾' : '▸'}
                      </span>
                      <span className={styles.ruleTitle}>{strings.ruleGroup(name(rule.code), rule.rows.length)}</span>
                    </Button>
                    {open ? (
                      <ul id={listId} className={styles.list} aria-label={name(rule.code)}>
                        {rule.rows.map((f) => (
                          <li key={f.key}>
                            <Button
                              appearance="subtle"
                              className={mergeClasses(styles.item, f.address !== null && f.address === selected && styles.selected)}
                              disabledFocusable={!f.address}
                              title={f.address ? strings.goToCell(f.address, f.message) : undefined}
                              aria-current={f.address !== null && f.address === selected ? 'true' : undefined}
                              data-address={f.address ?? undefined}
                              data-code={f.code}
                              onClick={() => f.address && props.onSelect(f.address)}
                            >
                              <span className={styles.address}>{f.address ?? '—'}</span>
                              <span className={styles.message}>
                                {f.message}
                                {f.indicator ? <span className={styles.indicator}>{f.indicator}</span> : null}
                              </span>
                            </Button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

interface FilterFieldProps {
  label: string;
  className: string;
  dropdownClassName: string;
  /** The option that filters nothing out ("Tutte", "Tutti i controlli"). */
  all: string;
  selected: string | null;
  /** Each option with its count in the list, and the short text the closed dropdown shows. */
  options: Array<{ value: string; text: string; short: string }>;
  onSelect(value: string | null): void;
}

/** One filter of the findings list: a dropdown with "all" first, then each value present with its count. */
function FilterField({ label, className, dropdownClassName, all, selected, options, onSelect }: FilterFieldProps) {
  return (
    <Field label={label} className={className}>
      <Dropdown
        className={dropdownClassName}
        value={options.find((o) => o.value === selected)?.short ?? all}
        selectedOptions={[selected ?? '']}
        onOptionSelect={(_, d) => onSelect(d.optionValue ? d.optionValue : null)}
      >
        <Option value="" text={all}>
          {all}
        </Option>
        {options.map((o) => (
          <Option key={o.value} value={o.value} text={o.text}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
