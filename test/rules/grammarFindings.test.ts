import * as fs from 'fs';
import * as path from 'path';
import { renderIssue } from '../../src/core/i18n/render';
import { LANGS } from '../../src/core/i18n/lang';
import type { Issue } from '../../src/core/issues';
import { REASON_LABELS } from '../../src/core/rules/resultFromNarrative';
import { RULES } from '../../src/core/rules/registry';
import { ScoringPolicySchema } from '../../src/core/scoring/policy';
import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { parseTarget } from '../../src/core/target/parseTarget';

/**
 * The findings of the wider target/result grammar (issue 13) as rules of the catalogue (issue 11): typed params that
 * fit their schema, messages in both languages, narrative reasons as data rendered per language.
 */
const ENGLISH = /\b(?:the|of|is|are|not|and|with|found|column|value|result|enter|check|expected|missing|was|which|from|than|year|read|same|kind|number|after|verb|stating|first|sentence|inside|parentheses|far|scale|none|fraction|percentage|ratio|each|labelled|items|listed|stated|another|period|average|extreme|level|change|named|something|else|them|decimal|without|percentages|total|time)\b/i;
const ITALIAN = /\b(?:il|lo|la|gli|le|di|del|della|dei|delle|è|con|colonna|valore|risultato|anno|letto|atteso|contiene|riga|stesso|tipo|numero|dopo|verbo|frase|prima|parentesi|un|una|uno|tutti|ciascuna|riferito|altro|media|variazione)\b/i;
const ownWords = (s: string, f: Issue): string =>
  Object.values(f.params ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 2).reduce((m, v) => m.split(v).join(' '), s.replace(/'[^']*'/g, ' '));

describe('reasons of a narrative reading', () => {
  test.each(Object.entries(REASON_LABELS.it))('%s: the Italian label has no English word', (_, label) => expect(label.match(ENGLISH)?.[0] ?? null).toBeNull());
  test.each(Object.entries(REASON_LABELS.en))('%s: the English label has no Italian word', (_, label) => expect(label.match(ITALIAN)?.[0] ?? null).toBeNull());
  test('every reason has a label in every language', () => {
    for (const lang of LANGS) expect(Object.keys(REASON_LABELS[lang]).sort()).toEqual(Object.keys(REASON_LABELS.it).sort());
  });
  test('a labelled value for the year is said in Italian, with no year-specific English left', () => {
    const e = evaluateIndicator({ target: '>= 55%', result: 'Dato 2024: 57,8%. Dato 2023: 53,1%. Media nazionale 51%.', indicator: 'Percentuale di laureati in corso', year: 2024 });
    const f = e.findings.find((x) => x.code === 'result-from-narrative')!;
    expect(f.params?.reasons).toContain('labelled-year');
    expect(renderIssue(f, 'it')).toContain("con l'etichetta dell'anno");
    expect(renderIssue(f, 'en')).toContain('labelled with the year');
  });
});

describe('target-partly-read', () => {
  test.each([
    ['>= 80% di cui almeno 20 in presenza', 'un altro numero', 'another number'],
    ['Almeno 1 incontro per ciascun territorio', "'per ciascun'", "'per ciascun'"],
  ])('%s: params fit the schema and render in both languages', (text, it, en) => {
    const f = parseTarget(text, { year: 2024, cell: 'D7' }).issues.find((i) => i.code === 'target-partly-read')!;
    expect(RULES['target-partly-read'].params.safeParse(f.params).success).toBe(true);
    expect(renderIssue(f, 'it')).toMatch(new RegExp(`^D7: Letto solo in parte: dopo '[^']+' resta '[^']+', che può cambiarne il senso \\(${it}\\); verificare il target\\.$`));
    expect(renderIssue(f, 'en')).toContain(`(${en})`);
  });
});

describe('target-parts', () => {
  const target = 'Almeno 3 webinar e 150 partecipanti';
  test.each([
    ['min', 'Realizzati 4 webinar con complessivi 120 partecipanti.', 'il minimo'],
    ['mean', 'Realizzati 4 webinar con complessivi 120 partecipanti.', 'la media'],
    ['min', 4, 'il risultato non dà un valore per ciascuna'],
  ] as const)('parts %s, result %j: params fit the schema, the message says how', (parts, result, says) => {
    const e = evaluateIndicator({ target, result, year: 2024, cells: { result: 'E7' } }, ScoringPolicySchema.parse({ parts }));
    const f = e.findings.find((i) => i.code === 'target-parts')!;
    expect(RULES['target-parts'].params.safeParse(f.params).success).toBe(true);
    expect(renderIssue(f, 'it')).toContain(says);
    expect(renderIssue(f, 'it')).toMatch(/^E7: Il target ha 2 parti \('[^']+'\): vanno raggiunte tutte; /);
  });
});

describe('findings on the corpus of other institutions\' cells', () => {
  const dir = path.join(__dirname, '..', 'fixtures', 'corpus');
  const lines = (f: string): Array<Record<string, unknown>> => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const findings = [
    ...lines('targets.jsonl').flatMap((r) => evaluateIndicator({ target: r.text as string, result: null, year: (r.year as number | undefined) ?? 2024 }).findings.map((f) => [r.id, f] as const)),
    ...lines('results.jsonl').flatMap((r) => evaluateIndicator({
      target: r.target as string, result: r.result as string, year: (r.year as number | undefined) ?? 2024,
      ...(typeof r.indicator === 'string' ? { indicator: r.indicator } : {}), ...(typeof r.algorithm === 'string' ? { algorithm: r.algorithm } : {}),
    }).findings.map((f) => [r.id, f] as const)),
  ];
  test('include the grammar\'s own findings', () => expect(findings.map(([, f]) => f.code)).toEqual(expect.arrayContaining(['target-partly-read', 'result-from-narrative'])));
  test('every finding fits its rule\'s params schema', () =>
    expect(findings.filter(([, f]) => !RULES[f.code].params.safeParse(f.params ?? {}).success).map(([id, f]) => `${String(id)} ${f.code} ${JSON.stringify(f.params)}`)).toEqual([]));
  test('no Italian message carries an English word', () =>
    expect(findings.map(([id, f]) => [id, ownWords(renderIssue(f, 'it'), f)] as const).filter(([, m]) => ENGLISH.test(m))).toEqual([]));
});
