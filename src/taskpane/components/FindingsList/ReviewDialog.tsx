import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../core/rules/reviewMarks';
import type { PaneStrings } from '../../strings';
import type { ReviewTarget } from './useFindingsList';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: 'min(480px, calc(100vw - 24px))', boxSizing: 'border-box' },
});

export interface ReviewDialogProps {
  strings: PaneStrings;
  target: ReviewTarget | null;
  busy: boolean;
  onSave(status: ReviewStatus, comment: string): void;
  onClose(): void;
}

/** The review of one finding or of a folded group: an outcome and a comment (required for "accepted"). */
export function ReviewDialog({ strings, target, busy, onSave, onClose }: ReviewDialogProps) {
  if (target === null) return null;
  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <ReviewForm key={target.rows.map((r) => r.key).join(',')} strings={strings} target={target} busy={busy} onSave={onSave} onClose={onClose} />
    </Dialog>
  );
}

function ReviewForm({ strings, target, busy, onSave, onClose }: ReviewDialogProps & { target: ReviewTarget }) {
  const styles = useStyles();
  const r = strings.review;
  const same = <T,>(pick: (row: ReviewTarget['rows'][number]) => T, fallback: T): T => {
    const values = new Set(target.rows.map(pick));
    return values.size === 1 ? (values.values().next().value as T) : fallback;
  };
  const first = same((row) => row.status ?? 'open', 'open' as ReviewStatus);
  const [status, setStatus] = useState<ReviewStatus>(target.rows.length > 1 && first === 'open' ? 'confirmed' : first);
  const [comment, setComment] = useState<string>(same((row) => row.comment ?? '', ''));
  const [tried, setTried] = useState(false);
  const missingNote = status === 'accepted' && comment.trim() === '';
  const save = () => {
    setTried(true);
    if (!missingNote) onSave(status, comment);
  };
  const many = target.rows.length > 1;
  return (
    <DialogSurface className={styles.surface} aria-describedby={undefined}>
      <DialogBody>
        <DialogTitle>{target.title}</DialogTitle>
        <DialogContent className={styles.content}>
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
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" disabled={busy} onClick={save}>
            {many ? r.saveAll(target.rows.length, r.statuses[status]) : r.save}
          </Button>
          <Button onClick={onClose}>{r.cancel}</Button>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
