import { issue } from '../issues';
import { fingerprintFindings } from './fingerprint';
import { applyMarks, orphanMarks, ReviewMarkSchema } from './reviewMarks';

const findings = fingerprintFindings([
  { subject: { sheet: 'Obiettivi', indicator: { code: 'A01.01-1', name: 'Imprese assistite' } }, finding: issue('missing-result', 'error', { cell: 'E5' }) },
  { subject: { sheet: 'Obiettivi', indicator: { code: 'A01.01-2', name: 'Eventi' } }, finding: issue('number-as-text', 'info', { cell: 'E6', params: { text: '12', role: 'result' } }) },
]);

describe('review marks', () => {
  test.each([
    [{ fingerprint: 'x', status: 'confirmed' }],
    [{ fingerprint: 'x', status: 'accepted', comment: 'Target concordato con il Segretario generale' }],
    [{ fingerprint: 'x', status: 'corrected', comment: '', at: '2024-03-01T10:00:00Z' }],
  ])('accepts the mark %j', (m) => expect(ReviewMarkSchema.safeParse(m).success).toBe(true));

  test.each([
    [{ fingerprint: 'x', status: 'accepted' }],
    [{ fingerprint: 'x', status: 'accepted', comment: '  ' }],
    [{ fingerprint: '', status: 'open' }],
    [{ fingerprint: 'x', status: 'approved' }],
  ])('rejects the mark %j (an accepted finding needs a note)', (m) => expect(ReviewMarkSchema.safeParse(m).success).toBe(false));

  test('attaches each mark to its finding and leaves the others open', () => {
    const mark = ReviewMarkSchema.parse({ fingerprint: findings[1]!.fingerprint, status: 'confirmed', comment: 'da correggere' });
    expect(applyMarks(findings, [mark]).map((f) => [f.finding.code, f.mark.status, f.mark.comment]))
      .toEqual([['missing-result', 'open', ''], ['number-as-text', 'confirmed', 'da correggere']]);
  });

  test('lists the marks whose finding is gone', () => {
    const gone = ReviewMarkSchema.parse({ fingerprint: 'weights-sum|Obiettivi|sheet|a02.01|1', status: 'confirmed' });
    expect(orphanMarks(findings, [gone])).toEqual([gone]);
  });
});
