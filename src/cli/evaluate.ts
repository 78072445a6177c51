import { z } from 'zod';
import { issue } from '../core/issues';
import type { Issue } from '../core/issues';
import { renderIssue, explain } from '../core/i18n/render';
import type { Lang } from '../core/i18n/lang';
import { evaluateIndicator } from '../core/scoring/evaluate';
import { DEFAULT_POLICY, ScoringPolicySchema } from '../core/scoring/policy';
import type { ScoringPolicy } from '../core/scoring/policy';
import type { CliIo } from './io';

const cellValue = z.union([z.string(), z.number(), z.null()]);

/** One input line of `traguardo evaluate`. */
export const EvaluateLineSchema = z.object({
  target: cellValue,
  result: cellValue,
  year: z.number().int().min(1990).max(2100).optional(),
  stated: z.union([z.string(), z.number()]).nullable().optional(),
  baseline: z.union([z.string(), z.number()]).nullable().optional(),
  algorithm: z.string().nullable().optional(),
  indicator: z.string().nullable().optional(),
  locale: z.enum(['it', 'en']).optional(),
});
export type EvaluateLine = z.infer<typeof EvaluateLineSchema>;

/** The default reference year: the previous calendar year. */
export const defaultYear = (now: Date = new Date()): number => now.getFullYear() - 1;

/** Evaluate one JSON line; a malformed line gives a not-evaluable output line, never an exception. */
export function evaluateLine(line: string, opts: { lang: Lang; policy: ScoringPolicy; year: number }): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return malformed(`not JSON: ${(e as Error).message}`, opts.lang);
  }
  const input = EvaluateLineSchema.safeParse(parsed);
  if (!input.success) {
    const first = input.error.issues[0];
    return malformed(`${first?.path.join('.') || 'line'}: ${first?.message ?? 'invalid'}`, opts.lang);
  }
  const v = input.data;
  const e = evaluateIndicator({
    target: v.target, result: v.result, year: v.year ?? opts.year, stated: v.stated ?? null, baseline: v.baseline ?? null,
    algorithm: v.algorithm ?? null, indicator: v.indicator ?? null, locale: v.locale ?? 'it',
  }, opts.policy);
  return {
    target: { ...e.target },
    result: { ...e.result },
    achievement: e.achievement,
    status: e.status,
    band: e.band,
    rule: e.rule,
    formula: e.formula,
    explanation: explain(e.achievement, e.formula, opts.lang, e.computed),
    findings: e.findings.map((f) => finding(f, opts.lang)),
  };
}

function finding(f: Issue, lang: Lang): Record<string, unknown> {
  return { code: f.code, severity: f.severity, message: renderIssue(f, lang), ...(f.cell ? { cell: f.cell } : {}), ...(f.params ? { params: f.params } : {}) };
}

function malformed(reason: string, lang: Lang): Record<string, unknown> {
  return {
    target: { kind: 'unknown', value: null, unit: null, date: null },
    result: { value: null },
    achievement: null,
    status: 'not-evaluable',
    band: 'not-evaluable',
    findings: [finding(issue('malformed-input', 'error', { received: reason, params: { text: reason } }), lang)],
  };
}

const ArgsSchema = z.object({ lang: z.enum(['it', 'en']), year: z.number().int().min(1990).max(2100), policy: ScoringPolicySchema });

/**
 * `traguardo evaluate [--year YYYY] [--lang it|en] [--policy '<json>']`: JSON Lines in on stdin, one JSON line out
 * per input line, in order; streamed with back-pressure (`io.stdoutAsync`).
 */
export async function runEvaluate(argv: readonly string[], io: CliIo, input: AsyncIterable<string>): Promise<number> {
  const raw: Record<string, unknown> = { lang: 'it', year: defaultYear(), policy: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--lang' && v !== undefined) { raw.lang = v; i++; }
    else if (a === '--year' && v !== undefined) { raw.year = Number(v); i++; }
    else if (a === '--policy' && v !== undefined) {
      try { raw.policy = JSON.parse(v); } catch { io.stderr(`traguardo evaluate: --policy is not JSON: ${v}\n`); return 2; }
      i++;
    } else if (a === '--help' || a === '-h') {
      io.stdout('usage: traguardo evaluate [--year YYYY] [--lang it|en] [--policy \'{"cap":120}\'] < lines.jsonl\n');
      return 0;
    } else {
      io.stderr(`traguardo evaluate: unknown argument ${a ?? ''}\n`);
      return 2;
    }
  }
  const args = ArgsSchema.safeParse(raw);
  if (!args.success) {
    const first = args.error.issues[0];
    io.stderr(`traguardo evaluate: --${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}\n`);
    return 2;
  }
  const opts = { lang: args.data.lang, year: args.data.year, policy: args.data.policy ?? DEFAULT_POLICY };
  // Back-pressure: the next line is read only once stdout can take the last one, so a slow reader keeps memory flat.
  const write = io.stdoutAsync ?? ((s: string) => (io.stdout(s), Promise.resolve()));
  for await (const line of input) {
    await write(JSON.stringify(evaluateLine(line, opts)) + '\n');
  }
  return 0;
}
