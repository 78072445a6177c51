import { renderIssue } from '../../src/core/i18n/render';
import type { Lang } from '../../src/core/i18n/lang';
import { issue } from '../../src/core/issues';
import { RULE_LIST } from '../../src/core/rules/registry';
import type { Rule } from '../../src/core/rules/rule';
import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { buildWritePlan } from '../../src/workbook/writePlan';
import { PLANTED, plantedSheet } from './_lib/plantedSheet';
import { seedRows } from '../_lib/seed';

/** The message without quoted sheet text ('1.234' is shown as the sheet has it). */
const unquoted = (s: string): string => s.replace(/'[^']*'|"[^"]*"/g, ' ');
/** A decimal in English notation: a point between digits that is not an Italian thousands group ("12.345"). */
const ENGLISH_DECIMAL = /\d\.(?!\d{3}(?!\d))\d/;
/** A decimal in Italian notation: a comma between digits that is not an English thousands group ("12,345"). */
const ITALIAN_DECIMAL = /\d,(?!\d{3}(?!\d))\d/;
const WRONG: Record<Lang, RegExp> = { it: ENGLISH_DECIMAL, en: ITALIAN_DECIMAL };

/**
 * A rule's example with every number param given decimals (18.734, 0.18734…), where its schema takes them: the
 * message must show them in the language's notation whatever the example happens to hold.
 */
function withDecimals(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(rule.example as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== 'number') continue;
    for (const candidate of [v + 0.734, v / 100 + 0.0073, 0.18734]) {
      const tried = { ...out, [k]: candidate };
      if (rule.params.safeParse(tried).success) { out[k] = candidate; break; }
    }
  }
  return out;
}

const render = (rule: Rule, params: Record<string, unknown>, lang: Lang, cell = rule.exampleCell): string =>
  renderIssue({ code: rule.code as never, severity: rule.severity, ...(cell ? { cell } : {}), params }, lang);

const cases = (['it', 'en'] as const).flatMap((lang) => RULE_LIST.map((r) => [r.code, lang, r] as const));

describe('numbers in messages are in the language\'s notation', () => {
  test('the decimal patterns tell the notations apart', () => {
    expect(ENGLISH_DECIMAL.test('letto come 18.7')).toBe(true);
    expect(ENGLISH_DECIMAL.test('12.345 imprese')).toBe(false);
    expect(ITALIAN_DECIMAL.test('read as 18,7')).toBe(true);
    expect(ITALIAN_DECIMAL.test('12,345 firms')).toBe(false);
  });

  test.each(cases)('%s in %s: every number param with decimals is written in that notation', (_code, lang, rule) => {
    const params = withDecimals(rule);
    // sheet text shown bare (an objective's code "A01.01", a revised target's token) keeps the sheet's own notation
    const own = Object.values(params).filter((v): v is string => typeof v === 'string');
    const text = own.reduce((m, v) => m.split(v).join(' '), unquoted(render(rule, params, lang)));
    expect(text.match(WRONG[lang])?.[0] ?? null).toBeNull();
  });

  test('the rules whose params hold numbers show them with a decimal comma in Italian and a point in English', () => {
    const numeric = RULE_LIST.filter((r) => Object.values(r.example as Record<string, unknown>).some((v) => typeof v === 'number'));
    const shown = numeric.filter((r) => /\d,\d/.test(unquoted(render(r, withDecimals(r), 'it'))) && /\d\.\d/.test(unquoted(render(r, withDecimals(r), 'en'))));
    // every rule with a number param that is not a count, a year, a row or a whole percent of confidence shows its decimals
    expect(shown.map((r) => r.code).sort()).toEqual(expect.arrayContaining([
      'ambiguous-number', 'below-threshold', 'division-by-zero', 'meta-indicator', 'ratio-mismatch', 'share-over-100', 'stated-mismatch',
      'target-below-baseline', 'weights-sum',
    ]));
  });

  test('rounds to at most 2 decimals a computed percentage (142,1% not 142,1013%)', () => {
    const text = renderIssue(issue('share-over-100', 'warning', { cell: 'E5', params: { value: 142.1013 } }), 'it');
    expect(text).toBe("E5: Risultato 142,1% oltre il 100%, ma l'indicatore è una quota di un totale: verificare numeratore e denominatore.");
    expect(renderIssue(issue('share-over-100', 'warning', { cell: 'E5', params: { value: 142.1013 } }), 'en')).toMatch(/^E5: Result 142\.1% above 100%/);
  });

  test('a target replaced by last year\'s value shows that value in the language', () => {
    const f = issue('target-revised', 'info', { cell: 'D9', params: { from: 'valore 2022', to: 18.7, via: 'baseline' } });
    expect(renderIssue(f, 'it')).toBe("D9: Target rivisto (valore di riferimento): valore 2022 → 18,7; si usa l'ultimo valore.");
    expect(renderIssue(f, 'en')).toBe('D9: Target revised (reference value): valore 2022 → 18.7; the last value is used.');
  });

  test('a result read as a date is shown in the language\'s date form', () => {
    const f = evaluateIndicator({ target: '>= 80%', result: '31/12/2023', year: 2023, cells: { result: 'E5' } }).findings.find((x) => x.code === 'kind-mismatch')!;
    expect(renderIssue(f, 'it')).toBe('E5: Il risultato 31/12/2023 non è del tipo atteso dal target (un numero).');
    expect(renderIssue(f, 'en')).toBe('E5: The result 2023-12-31 is not what the target expects (a number).');
  });

  test('on the 120 seed indicators no Italian message has an English decimal outside quoted sheet text, and vice versa', () => {
    const wrong: string[] = [];
    for (const r of seedRows()) {
      const ev = evaluateIndicator({ target: r.target_raw, result: r.result_raw, stated: r.achievement_stated, algorithm: r.algorithm, indicator: r.indicator, year: 2023 });
      for (const f of ev.findings) {
        // sheet tokens shown bare (a revised target, the candidates of an ambiguous result) keep the sheet's notation
        const own = Object.values(f.params ?? {}).filter((v): v is string => typeof v === 'string');
        for (const lang of ['it', 'en'] as const) {
          const text = own.reduce((m, v) => m.split(v).join(' '), unquoted(renderIssue(f, lang)));
          if (WRONG[lang].test(text)) wrong.push(`${r.id} ${lang}: ${renderIssue(f, lang)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('messages are sentences', () => {
  test.each(cases)('%s in %s starts with a capital letter, with or without its cell', (_code, lang, rule) => {
    for (const cell of [undefined, 'E7']) {
      const text = render(rule, rule.example as Record<string, unknown>, lang, cell);
      const body = cell ? text.slice(cell.length + 2) : text;
      expect(body).toMatch(/^(?:\p{Lu}|['"(≥≤<>\d])/u);
      expect(body).toMatch(/[.)]$/);
    }
  });
});

describe('notes on the planted sheet', () => {
  test.each(['it', 'en'] as const)('in %s: every note line is a sentence that does not repeat the cell it sits on', (lang) => {
    const { grid, mapping } = plantedSheet();
    const plan = buildWritePlan({ ...grid, name: mapping.sheet }, scoreSheet(grid, mapping, DEFAULT_POLICY), { lang, policy: DEFAULT_POLICY });
    const lines = plan.notes.flatMap((n) => n.text.replace(/^Traguardo: /, '').split('\n').map((line) => [n.address, line] as const));
    expect(lines.length).toBeGreaterThanOrEqual(PLANTED.length - 1);
    for (const [address, line] of lines) {
      expect(line.startsWith(`${address}: `)).toBe(false);
      expect(line.replace(/^[A-Z]{1,3}\d+: /, '')).toMatch(/^(?:\p{Lu}|['"])/u);
    }
  });
});
