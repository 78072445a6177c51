import { Badge, Button, Dropdown, Field, Option, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import { ReviewPanel } from './ReviewPanel';
import { useRovingFocus } from '../../hooks/useRovingFocus';
import type { IssueCode, Severity } from '../../../core/issues';
import type { FindingsListProps } from './FindingsList.types';
import { useFindingsList, type StatusFilter } from './useFindingsList';
import { useFindingsListStyles } from './FindingsList.styles';
import { formatDateTime } from '../../format/formatDateTime';

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const STATUS_BADGE = { open: 'informative', confirmed: 'danger', accepted: 'brand', corrected: 'success' } as const;

/**
 * Findings grouped by severity, then by check ("Risultato mancante — 26 celle", folded when large), filtered by
 * severity, check and review status; each finding shows cell, indicator, message, its review status and a "nuovo"
 * badge when absent from the last review, selects its cell, and has a "Rivedi" button (a group has "Rivedi tutti").
 * The list is one tab stop: arrow keys move inside it. Below it, the findings resolved since the last review.
 */
export function FindingsList(props: FindingsListProps) {
  const { strings, findings, selected } = props;
  const state = useFindingsList(props);
  const styles = useFindingsListStyles();
  const roving = useRovingFocus<HTMLDivElement>('button', 'vertical');
  if (!findings) return <Text>{strings.findingsEmpty}</Text>;
  if (findings.length === 0) return <Text>{strings.findingsNone}</Text>;
  const name = (code: IssueCode): string => strings.ruleNames[code];
  const r = strings.review;
  const excel = props.mode === 'excel';
  const reviewable = !!props.onMark;
  const resolved = props.resolved ?? [];
  // The same date and time forms as "Calcolato il …" (29/11/2026 alle 14:05; 29 Nov 2026 at 14:05).
  const at = props.lastReview ? formatDateTime(props.lastReview, props.lang) : null;
  const when = at ? props.strings.review.at(at.date, at.time) : null;
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
        <FilterField
          label={r.filterByStatus}
          className={styles.statusFilter}
          dropdownClassName={styles.dropdown}
          all={r.allStatuses}
          selected={state.status}
          options={state.statuses.map((s) => {
            const label = s.status === 'new' ? r.newOnly : r.statuses[s.status];
            return { value: s.status, text: strings.ruleWithCount(label, s.count), short: label };
          })}
          onSelect={(v) => state.setStatus(v as StatusFilter | null)}
        />
        <div className={styles.exports}>
          {excel ? null : <Button onClick={state.exportCsv}>{strings.exportCsv}</Button>}
          {excel ? null : <Button onClick={state.exportJson}>{strings.exportJson}</Button>}
          {props.onAuditSheet ? (
            <Button onClick={() => void state.auditSheet()} disabled={state.busy}>
              {r.auditSheet}
            </Button>
          ) : null}
          <Button onClick={() => void state.copy()} disabled={state.busy}>
            {r.copy}
          </Button>
        </div>
      </div>
      {reviewable ? (
        <div className={styles.reviewBar} data-testid="review-bar">
          <Text size={200} className={styles.reviewWhen}>
            {when ? r.lastReview(when) : r.noReviewYet}
          </Text>
          <Button size="small" onClick={() => void state.recordReview()} disabled={state.busy}>
            {r.recordReview}
          </Button>
        </div>
      ) : null}
      <Text role="status" size={200} className={styles.feedback}>
        {state.feedback}
      </Text>
      <ReviewPanel strings={strings} target={state.reviewing} busy={state.busy} onSave={(s, c) => void state.saveReview(s, c)} onClose={() => state.review(null)} />
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
                const fresh = rule.rows.filter((f) => f.isNew).length;
                const listId = `findings-${rule.key.replace(/[^a-z-]/gi, '-')}`;
                return (
                  <li key={rule.key}>
                    <div className={styles.row}>
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
                        <span className={styles.ruleTitle}>
                          {strings.ruleGroup(name(rule.code), rule.rows.length)}
                          {/* New findings since the last review are counted on the group, even folded. */}
                          {fresh > 0 ? `, ${r.newIn(fresh)}` : ''}
                        </span>
                      </Button>
                      {reviewable && rule.rows.length > 1 ? (
                        <Button
                          size="small"
                          appearance="transparent"
                          className={styles.reviewButton}
                          aria-label={r.reviewAllLabel(name(rule.code), rule.rows.length)}
                          onClick={() => state.review({ title: r.dialogTitleAll(name(rule.code), rule.rows.length), rows: rule.rows })}
                        >
                          {r.reviewAll(rule.rows.length)}
                        </Button>
                      ) : null}
                    </div>
                    {open ? (
                      <ul id={listId} className={styles.list} aria-label={name(rule.code)}>
                        {rule.rows.map((f) => (
                          <li key={f.key} className={styles.row}>
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
                                {f.isNew || (f.status && f.status !== 'open') ? (
                                  <span className={styles.badges}>
                                    {f.isNew ? (
                                      <Badge size="small" appearance="filled" color="important">
                                        {r.newBadge}
                                      </Badge>
                                    ) : null}
                                    {f.status && f.status !== 'open' ? (
                                      <Badge size="small" appearance="tint" color={STATUS_BADGE[f.status]}>
                                        {r.statuses[f.status]}
                                      </Badge>
                                    ) : null}
                                  </span>
                                ) : null}
                                {f.comment ? <span className={styles.comment}>{f.comment}</span> : null}
                              </span>
                            </Button>
                            {reviewable && f.fingerprint ? (
                              <Button
                                size="small"
                                appearance="transparent"
                                className={styles.reviewButton}
                                aria-label={r.reviewOneLabel(f.address, name(f.code))}
                                onClick={() => state.review({ title: r.dialogTitleOne(f.address, name(f.code)), rows: [f] })}
                              >
                                {r.reviewOne}
                              </Button>
                            ) : null}
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
      {resolved.length > 0 ? (
        <div data-testid="resolved">
          <Subtitle2 as="h2" className={styles.heading} id="findings-resolved">
            {r.resolvedHeading(resolved.length)}
          </Subtitle2>
          <ul className={styles.resolvedList} aria-labelledby="findings-resolved">
            {resolved.map((f) => (
              <li key={f.fingerprint}>
                <Text size={200}>{r.resolvedItem(strings.ruleNames[f.code] ?? f.code, f.cell, f.indicator)}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
