import { parseResult } from '../../src/core/result/parseResult';
import { parseTarget } from '../../src/core/target/parseTarget';

// Found by the property suite: a deadline target with a result that starts with a digit but holds no date
// looped for ever on a zero-length regex match.
test('reads "2023: 100%" against a deadline without looping and says no date was found', () => {
  const target = parseTarget('entro 31/7', { year: 2023 }).target;
  const p = parseResult('2023: 100%', { target, year: 2023 });
  expect(p.result.date).toBeNull();
  expect(p.issues[0]?.code).toBe('unrecognized-result');
});
