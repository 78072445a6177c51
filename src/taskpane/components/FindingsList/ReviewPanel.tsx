import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, Radio, RadioGroup, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../core/rules/reviewMarks';
import type { PaneStrings } from '../../strings';
import type { ReviewTarget } from './useFindingsList';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  save: { minWidth: 0, height: 'auto', textAlign: 'start' },
});

export interface ReviewPanelProps {
  strings: PaneStrings;
  target: ReviewTarget | null;
  busy: boolean;
  onSave(status: ReviewStatus, comment: string): void;
  onClose(): void;
}

/**
 * The review of one finding or of a folded group: an outcome and a comment (required for "accepted"). A panel in the
 * page, not a modal dialog: Fluent's Dialog leaves focus sentinels (aria-hidden, focusable) behind when it closes.
 * It takes focus when it opens; Escape or Cancel closes it and focus goes back to the button that opened it.
 */
export function ReviewPanel({ strings, target, busy, onSave, onClose }: ReviewPanelProps) {
  if (target === null) return null;
  return <ReviewForm key={target.rows.map((r) => r.key).join(',')} strings={strings} target={target} busy={busy} onSave={onSave} onClose={onClose} />;
}

function ReviewForm({ strings, target, busy, onSave, onClose }: ReviewPanelProps & { target: ReviewTarget }) {
  const styles = useStyles();
  const r = strings.review;
  const titleId = useId();
  const ref = useRef<HTMLElement | null>(null);
  const same = <T,>(pick: (row: ReviewTarget['rows'][number]) => T, fallback: T): T => {
    const values = new Set(target.rows.map(pick));
    return values.size === 1 ? (values.values().next().value as T) : fallback;
  };
  const first = same((row) => row.status ?? 'open', 'open' as ReviewStatus);
  const [status, setStatus] = useState<ReviewStatus>(target.rows.length > 1 && first === 'open' ? 'confirmed' : first);
  const [comment, setComment] = useState<string>(same((row) => row.comment ?? '', ''));
  const [tried, setTried] = useState(false);
  const missingNote = status === 'accepted' && comment.trim() === '';
  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    panel.scrollIntoView?.({ block: 'nearest' });
    panel.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
  }, []);
  const save = () => {
    setTried(true);
    if (!missingNote) onSave(status, comment);
  };
  const many = target.rows.length > 1;
  return (
    <section
      ref={ref}
      className={styles.panel}
      aria-labelledby={titleId}
      data-testid="review-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <Subtitle2 as="h2" id={titleId} className={styles.title}>
        {target.title}
      </Subtitle2>
      <Field label={r.statusLabel}>
        <RadioGroup value={status} onChange={(_, d) => setStatus(d.value as ReviewStatus)}>
          {REVIEW_STATUSES.map((s) => (
            <Radio key={s} value={s} label={r.statuses[s]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={r.commentLabel}
        hint={r.commentHint}
        required={status === 'accepted'}
        validationState={tried && missingNote ? 'error' : 'none'}
        validationMessage={tried && missingNote ? r.commentRequired : null}
      >
        <Textarea value={comment} maxLength={2000} resize="vertical" onChange={(_, d) => setComment(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.save} disabled={busy} onClick={save}>
          {many ? r.saveAll(target.rows.length, r.statuses[status]) : r.save}
        </Button>
        <Button onClick={onClose}>{r.cancel}</Button>
      </div>
    </section>
  );
}
