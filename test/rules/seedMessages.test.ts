import { renderIssue } from '../../src/core/i18n/render';
import type { Issue } from '../../src/core/issues';
import { RULES } from '../../src/core/rules/registry';
import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { seedRows } from '../_lib/seed';

/** English words an Italian message must not carry (and Italian ones an English message must not). */
const ENGLISH = /\b(?:the|of|is|are|not|and|with|found|column|value|result|enter|check|expected|missing|was|which|from|than|year|read|same|kind|number|after|verb|stating|first|sentence|inside|parentheses|far|scale|none|fraction|percentage|ratio)\b/i;
const ITALIAN = /\b(?:il|lo|la|gli|le|di|del|della|dei|delle|non|è|con|colonna|valore|risultato|anno|letto|atteso|contiene|riga|stesso|tipo|numero|dopo|verbo|frase|prima|parentesi)\b/i;
/** The message without the sheet's own text it quotes (string params), which is in the sheet's language. */
const ownWords = (s: string, f: Issue): string =>
  Object.values(f.params ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 2).reduce((m, v) => m.split(v).join(' '), s);

/** Every finding the engine gives on the 120 seed indicators (real targets and result narratives of a Chamber). */
const findings = seedRows().flatMap((r) =>
  evaluateIndicator({ target: r.target_raw, result: r.result_raw, stated: r.achievement_stated, algorithm: r.algorithm, indicator: r.indicator, year: 2023 })
    .findings.map((f) => [r.id, f] as const));

describe('messages of the findings on the seed indicators', () => {
  test('there are findings of many rules to look at', () => expect(new Set(findings.map(([, f]) => f.code)).size).toBeGreaterThan(8));

  test.each(findings.map(([id, f], k) => [id, f.code, k]))('%s %s (#%d) fits its rule\'s params schema', (_, code, k) => {
    const f = findings[k as number]![1];
    expect(RULES[f.code].params.safeParse(f.params ?? {}).success).toBe(true);
  });

  test('no Italian message carries an English word, no English message an Italian one', () => {
    const leaks = findings.flatMap(([id, f]) => {
      const it = ownWords(renderIssue(f, 'it'), f);
      const en = ownWords(renderIssue(f, 'en'), f);
      return [
        ...(ENGLISH.test(it) ? [`${id} it: ${renderIssue(f, 'it')}`] : []),
        ...(ITALIAN.test(en) ? [`${id} en: ${renderIssue(f, 'en')}`] : []),
      ];
    });
    expect(leaks).toEqual([]);
  });

  test('says why a figure was read from a narrative in Italian words', () => {
    const r = seedRows().find((x) => x.id === 'A01.01-1')!;
    const f = evaluateIndicator({ target: r.target_raw, result: r.result_raw, algorithm: r.algorithm, indicator: r.indicator, year: 2023 }).findings
      .find((x) => x.code === 'result-from-narrative')!;
    expect(renderIssue(f, 'it')).toMatch(/^Risultato letto dal testo: '167' \((?:[a-zàèéìòù' ]+; )*[a-zàèéìòù' ]+\)\.$/);
  });
});
