import { issue } from '../issues';
import { fingerprintFindings } from './fingerprint';

const at = (code: string | null, name: string | null) => ({ sheet: 'Obiettivi', indicator: { code, name } });

describe('fingerprintFindings', () => {
  test('names a finding by rule, sheet and indicator code, never by its row or cell', () => {
    const [a] = fingerprintFindings([{ subject: at('A01.01-1', 'Imprese assistite'), finding: issue('missing-result', 'error', { cell: 'E5' }) }]);
    const [b] = fingerprintFindings([{ subject: at('A01.01-1', 'Imprese assistite'), finding: issue('missing-result', 'error', { cell: 'E6' }) }]);
    expect(a?.fingerprint).toBe('missing-result|Obiettivi|code:a01.01-1||1');
    expect(b?.fingerprint).toBe(a?.fingerprint);
  });

  test('falls back on the indicator name, whatever its case and spacing', () => {
    const prints = fingerprintFindings([
      { subject: at(null, 'Tempo medio  di pagamento'), finding: issue('missing-result', 'error') },
    ]).map((f) => f.fingerprint);
    expect(prints).toEqual(fingerprintFindings([{ subject: at(null, 'tempo medio di pagamento '), finding: issue('missing-result', 'error') }]).map((f) => f.fingerprint));
  });

  test('tells apart two findings of one rule on one indicator by the role they concern', () => {
    const prints = fingerprintFindings([
      { subject: at('A01-1', null), finding: issue('formula-error', 'error', { cell: 'E5', params: { error: '#DIV/0!', role: 'result' } }) },
      { subject: at('A01-1', null), finding: issue('formula-error', 'error', { cell: 'C5', params: { error: '#REF!', role: 'weight' } }) },
    ]).map((f) => f.fingerprint);
    expect(prints).toEqual(['formula-error|Obiettivi|code:a01-1|result|1', 'formula-error|Obiettivi|code:a01-1|weight|1']);
  });

  test('numbers findings that would still collide, in order', () =>
    expect(fingerprintFindings([
      { subject: at('A01-1', null), finding: issue('target-revised', 'info', { params: { from: '10', to: '12' } }) },
      { subject: at('A01-1', null), finding: issue('target-revised', 'info', { params: { from: '12', to: '14' } }) },
    ]).map((f) => f.fingerprint.slice(-2))).toEqual(['|1', '|2']));
});
