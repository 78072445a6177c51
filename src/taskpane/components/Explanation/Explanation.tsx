import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { ExplanationProps } from './Explanation.types';
import { useExplanationStyles } from './Explanation.styles';
import { explanationOf, indicatorAt } from './explanationModel';

/**
 * How the selected indicator's achievement was computed: what was read, the rule, the formula, the policy's bounds
 * and its findings. A region with a heading; the change is announced politely and focus stays where it was.
 */
export function Explanation(props: ExplanationProps) {
  const { strings, lang, mode, report, plan, snapshot, policy, selection, onJump, onClose } = props;
  const view = useMemo(() => {
    const ind = selection ? indicatorAt(report, selection) : null;
    return ind ? explanationOf(ind, { report, plan, snapshot, policy, strings, lang, decimals: policy.displayDecimals }) : null;
  }, [selection, report, plan, snapshot, policy, strings, lang]);
  const styles = useExplanationStyles();
  // A new explanation off screen (the summary scrolled, or the preview grid below the pane at 320 px) is brought into
  // view; focus stays where it was.
  const rootRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = rootRef.current;
    if (!view || !el) return;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 80) el.scrollIntoView?.({ block: 'start' });
  }, [view]);
  const headingId = useId();
  const e = strings.explanation;
  const rows: Array<[string, string]> = view
    ? [
        [e.formula, view.formula],
        [e.targetWritten, view.targetWritten],
        [e.targetRead, view.targetRead],
        [e.resultWritten, view.resultWritten],
        [e.resultRead, view.resultRead],
        [e.rule, view.rule],
        [e.policy, view.policy],
      ]
    : [];
  return (
    <section ref={rootRef} className={styles.root} aria-labelledby={headingId} data-testid="explanation" tabIndex={-1}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {e.heading}
      </Subtitle2>
      <Text aria-live="polite" className={view ? styles.title : styles.hint} data-testid="explanation-title">
        {view ? e.announce(view.title, view.achievement) : e.hint(mode)}
      </Text>
      {view ? (
        <>
          <dl className={styles.list}>
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
            <div>
              <dt className={styles.term}>{e.findings}</dt>
              <dd className={styles.value}>
                {view.findings.length === 0 ? (
                  e.noFindings
                ) : (
                  <ul className={styles.findings}>
                    {view.findings.map((f, i) => (
                      <li key={i}>{f}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          <div className={styles.actions}>
            {view.cell ? (
              <Button size="small" onClick={() => onJump(view.cell as string)}>
                {e.jump(view.cell)}
              </Button>
            ) : null}
            <Button
              size="small"
              appearance="subtle"
              onClick={() => {
                onClose();
                // The button goes with the explanation: focus stays in the card (now its hint), not on the page's body.
                rootRef.current?.focus();
              }}
            >
              {e.close}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
