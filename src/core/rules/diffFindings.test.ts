import { diffFindings } from './diffFindings';

const f = (fingerprint: string, message = '') => ({ fingerprint, message });

describe('diffFindings', () => {
  test('sorts findings into new, resolved and unchanged by fingerprint', () =>
    expect(diffFindings([f('a'), f('b')], [f('b', 'now'), f('c')])).toEqual({ new: [f('c')], resolved: [f('a')], unchanged: [f('b', 'now')] }));
  test.each([
    [[], [f('a')], { new: [f('a')], resolved: [], unchanged: [] }],
    [[f('a')], [], { new: [], resolved: [f('a')], unchanged: [] }],
    [[], [], { new: [], resolved: [], unchanged: [] }],
  ])('handles a first review or a clean sheet: %j → %j', (before, now, diff) => expect(diffFindings(before, now)).toEqual(diff));
});
