import { z } from 'zod';
import { renderIssue } from '../../src/core/i18n/render';
import { LANGS } from '../../src/core/i18n/lang';
import { ISSUE_CODES, issue } from '../../src/core/issues';
import { RULE_LIST, RULES } from '../../src/core/rules/registry';
import { defineRule } from '../../src/core/rules/rule';

/** Words that give away the other language (quoted sheet text is left out of the check). */
const ENGLISH = /\b(?:the|of|is|are|not|and|or|with|found|column|value|result|enter|check|expected|missing|was|were|which|from|than|year|weight|should|fix|number|stored|text|cell|below|above|instead|read|already|appears|row|add|up|for|its|no|has|holds)\b/i;
const ITALIAN = /\b(?:il|lo|la|gli|le|di|del|della|dei|delle|non|è|e|con|colonna|valore|risultato|trovat[oaie]|anno|peso|cella|indicare|verificare|letto|atteso|contiene|riga|sommano|invece|già|obiettivo|indicatori|rapporto|numero)\b/i;
const PLACEHOLDER = /""|''|\bundefined\b|\bNaN\b|\bnull\b|\[object/;
const unquoted = (s: string): string => s.replace(/'[^']*'|"[^"]*"/g, ' ');

const cases = LANGS.flatMap((lang) => RULE_LIST.map((r) => [r.code, lang] as const));

describe('the catalogue of checks', () => {
  test('lists every finding code once, in kebab case', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const c of ISSUE_CODES) expect(c).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  test.each(RULE_LIST.map((r) => [r.code]))('%s: its example fits its own params schema', (code) => {
    const rule = RULES[code as keyof typeof RULES];
    expect(rule.params.safeParse(rule.example).success).toBe(true);
  });

  test.each(cases)('%s renders in %s with its example params and no empty placeholder', (code, lang) => {
    const rule = RULES[code as keyof typeof RULES];
    const text = renderIssue({ code: rule.code, severity: rule.severity, ...(rule.exampleCell ? { cell: rule.exampleCell } : {}), params: rule.example as Record<string, unknown> }, lang);
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(PLACEHOLDER);
    expect(text).not.toBe(`${rule.exampleCell ? `${rule.exampleCell}: ` : ''}${rule.summary[lang]}`);
  });

  test.each(RULE_LIST.map((r) => [r.code]))('%s: the Italian message has no English word, the English one no Italian word', (code) => {
    const rule = RULES[code as keyof typeof RULES];
    const it = unquoted(renderIssue({ code: rule.code, severity: rule.severity, params: rule.example as Record<string, unknown> }, 'it'));
    const en = unquoted(renderIssue({ code: rule.code, severity: rule.severity, params: rule.example as Record<string, unknown> }, 'en'));
    expect(it.match(ENGLISH)?.[0] ?? null).toBeNull();
    expect(en.match(ITALIAN)?.[0] ?? null).toBeNull();
  });

  test.each(cases)('%s: the summary in %s is a sentence', (code, lang) => {
    const rule = RULES[code as keyof typeof RULES];
    expect(rule.summary[lang]).toMatch(/^[A-Z"'(].{15,}[.)]$/);
  });

  test('falls back to the rule summary, never to an empty placeholder, when params do not fit the schema', () =>
    expect(renderIssue({ code: 'role-missing', severity: 'warning', params: {} }, 'it')).toBe(RULES['role-missing'].summary.it));

  test('renders role-missing with the role named in Italian, not an empty column name', () =>
    expect(renderIssue(issue('role-missing', 'warning', { params: { role: 'result' } }), 'it')).toBe('Colonna "Risultato" non trovata: sceglierla nel riquadro.'));

  test('renders the reasons of a narrative reading in Italian, with no English left in them', () =>
    expect(renderIssue(issue('result-from-narrative', 'info', { cell: 'E14', params: { text: '167', reasons: ['same-kind', 'after-verb'] } }), 'it'))
      .toBe("E14: Risultato letto dal testo: '167' (stesso tipo di numero del target; dopo un verbo che indica il valore)."));

  test('rejects at compile time a message that reads a param its schema lacks, and a finding without its params', () => {
    const rule = defineRule({
      code: 'x-test', group: 'checks', severity: 'info', title: { it: 'Prova', en: 'Test' }, params: z.object({ a: z.string() }),
      summary: { it: 'Prova.', en: 'Test.' },
      // @ts-expect-error: `b` is not a param of this rule
      messages: { it: (p) => `${p.b}`, en: (p) => p.a },
      example: { a: 'x' },
    });
    expect(rule.code).toBe('x-test');
    // @ts-expect-error: role-missing needs its role
    expect(issue('role-missing', 'warning').code).toBe('role-missing');
    // @ts-expect-error: 'stated' is a role, 'colonna' is not
    expect(issue('role-missing', 'warning', { params: { role: 'colonna' } }).code).toBe('role-missing');
  });
});

describe('rule titles', () => {
  test.each(RULE_LIST.map((r) => [r.code, r] as const))('%s has a name in Italian and in English', (_code, r) => {
    expect(r.title.it.trim()).not.toBe('');
    expect(r.title.en.trim()).not.toBe('');
    expect(r.title.it).not.toBe(r.title.en);
  });

  test('no two checks share a name in either language', () => {
    for (const lang of ['it', 'en'] as const) expect(new Set(RULE_LIST.map((r) => r.title[lang])).size).toBe(RULE_LIST.length);
  });
});
