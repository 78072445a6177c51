import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import type { MappingPanelProps, RoleConfidence } from './MappingPanel.types';
import { useMappingPanel } from './useMappingPanel';
import { useMappingPanelStyles } from './MappingPanel.styles';

const NONE = '';

const BADGE_COLOR: Record<RoleConfidence['level'], 'success' | 'warning' | 'danger' | 'informative' | 'subtle'> = {
  high: 'success',
  medium: 'warning',
  low: 'danger',
  missing: 'danger',
  unused: 'subtle',
  manual: 'informative',
  confirmed: 'success',
};

/** What the pane understood of the sheet: sheet, header row, a column per role with confidence, reference year. */
export function MappingPanel(props: MappingPanelProps) {
  const { strings, columns, mapping, disabled } = props;
  const rows = useMappingPanel(props);
  const styles = useMappingPanelStyles();
  const labelFor = (letter: string | null) => {
    if (!letter) return strings.notMapped;
    const col = columns.find((c) => c.letter === letter);
    return strings.columnOption(letter, col?.header ?? '');
  };
  const attention = rows.filter((r) => r.attention).length;
  const needsReview = attention > 0 || !mapping?.ok;
  const yearInvalid = props.year === null || props.year < 1990 || props.year > 2100;
  // The header row is asked for only when detection is unsure (or the user already chose one by hand).
  const showHeaderRow = props.headerRow !== null || !mapping?.ok || attention > 0;
  const detectedYear = props.stored?.year ?? props.layout.mapping?.year ?? null;
  const yearHint =
    props.year === null || props.year !== detectedYear
      ? null
      : props.stored
        ? strings.yearFrom.stored
        : props.layout.yearSource === 'header'
          ? strings.yearFrom.header
          : props.layout.yearSource === 'content' && props.layout.yearEvidence
            ? strings.yearFrom[props.layout.yearEvidence]
            : props.layout.yearSource === 'default'
              ? strings.yearFrom.default
              : null;
  return (
    <section className={styles.root} aria-labelledby="mapping-heading">
      <Field label={strings.sheet}>
        <Dropdown
          value={props.sheet}
          selectedOptions={[props.sheet]}
          disabled={disabled}
          onOptionSelect={(_, d) => d.optionValue && d.optionValue !== props.sheet && props.onSheetChange(d.optionValue)}
        >
          {props.sheets.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {mapping?.ok ? (
        <Text className={styles.meta} data-testid="mapping-rows">
          {strings.headerRow(mapping.value.headerRow)} · {strings.dataRows(mapping.value.firstDataRow, mapping.value.lastDataRow)}
        </Text>
      ) : null}
      {!props.quiet && (props.messages.length > 0 || (mapping && !mapping.ok)) ? (
        <MessageBar intent={mapping?.ok ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            {mapping && !mapping.ok ? <div>{strings.noMapping}</div> : null}
            {props.messages.map((m, i) => (
              <div key={i}>{m}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {showHeaderRow ? (
        <Field label={strings.headerRowLabel} hint={strings.headerRowHint}>
          <Input
            className={styles.year}
            type="number"
            min={1}
            value={props.headerRow !== null ? String(props.headerRow) : mapping?.ok ? String(mapping.value.headerRow) : ''}
            disabled={disabled}
            onChange={(_, d) => {
              const n = Number(d.value);
              props.onHeaderRowChange(d.value.trim() === '' || !Number.isInteger(n) || n < 1 ? null : n);
            }}
          />
        </Field>
      ) : null}
      <Accordion collapsible defaultOpenItems={needsReview ? ['roles'] : []}>
        <AccordionItem value="roles">
          <AccordionHeader as="h2" id="mapping-heading" size="large">
            {strings.mappingTitle}
            {attention > 0 ? (
              <Badge className={styles.count} color="warning" appearance="tint">
                {attention}
              </Badge>
            ) : null}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.roles}>
              {rows.map((row) => {
                const roleName = strings.roles[row.role];
                const c = row.confidence;
                const level = strings.confidence[c.level];
                const badgeText = 'percent' in c ? strings.confidenceLabel(level, c.percent) : level;
                return (
                  <Field
                    key={row.role}
                    className={mergeClasses(row.attention && styles.attention)}
                    label={{
                      children: (
                        <span className={styles.label}>
                          {roleName}
                          <Badge size="small" appearance="tint" className={styles.badge} color={BADGE_COLOR[c.level]} data-testid={`confidence-${row.role}`}>
                            {badgeText}
                          </Badge>
                        </span>
                      ),
                    }}
                    hint={row.reason ?? null}
                    validationState={row.attention ? 'warning' : 'none'}
                  >
                    <Dropdown
                      className={styles.dropdown}
                      aria-label={strings.roleColumn(roleName)}
                      value={labelFor(row.column)}
                      selectedOptions={[row.column ?? NONE]}
                      disabled={disabled}
                      onOptionSelect={(_, d) => props.onOverride(row.role, d.optionValue ? d.optionValue : null)}
                    >
                      <Option value={NONE} text={strings.notMapped}>
                        {strings.notMapped}
                      </Option>
                      {columns.map((col) => (
                        <Option key={col.letter} value={col.letter} text={strings.columnOption(col.letter, col.header)}>
                          {strings.columnOption(col.letter, col.header)}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                );
              })}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Field
        label={strings.year}
        hint={yearHint}
        validationMessage={yearInvalid ? strings.yearInvalid : null}
        validationState={yearInvalid ? 'error' : 'none'}
      >
        <Input
          className={styles.year}
          type="number"
          min={1990}
          max={2100}
          value={props.year === null ? '' : String(props.year)}
          disabled={disabled}
          onChange={(_, d) => {
            const n = Number(d.value);
            props.onYearChange(d.value.trim() === '' || !Number.isInteger(n) ? null : n);
          }}
        />
      </Field>
    </section>
  );
}
