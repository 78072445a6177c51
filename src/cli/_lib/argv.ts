/**
 * A small argv tokenizer: positionals, `--name value`, `--name=value`, repeatable options and boolean flags.
 * It only splits; the commands validate the result with a zod schema.
 */

export type OptionKind = 'single' | 'multi' | 'flag';

export interface RawArgs {
  positionals: string[];
  /** Single options as strings, multi options as arrays, flags as true. */
  options: Record<string, string | string[] | true>;
}

export type ArgvResult = { ok: true; args: RawArgs } | { ok: false; problem: ArgvProblem };
export type ArgvProblem =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'repeated-option'; option: string }
  | { kind: 'unexpected-value'; option: string };

/**
 * Split argv by a spec of known options; the first problem met is returned, never thrown.
 * @example tokenizeArgv(['in.xlsx', '--sheet', 'A', '--sheet=B'], { sheet: 'multi' })
 * //=> { ok: true, args: { positionals: ['in.xlsx'], options: { sheet: ['A', 'B'] } } }
 */
export function tokenizeArgv(argv: readonly string[], spec: Record<string, OptionKind>): ArgvResult {
  const positionals: string[] = [];
  const options: RawArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i] as string;
    if (tok === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!tok.startsWith('-') || tok === '-') {
      positionals.push(tok);
      continue;
    }
    const eq = tok.indexOf('=');
    const name = (eq >= 0 ? tok.slice(0, eq) : tok).replace(/^--?/, '');
    const display = eq >= 0 ? tok.slice(0, eq) : tok;
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (kind === undefined) return { ok: false, problem: { kind: 'unknown-option', option: display } };
    if (kind === 'flag') {
      if (eq >= 0) return { ok: false, problem: { kind: 'unexpected-value', option: display } };
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = tok.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        return { ok: false, problem: { kind: 'missing-value', option: display } };
      }
      value = next;
      i++;
    }
    if (kind === 'multi') {
      const prev = options[name];
      options[name] = Array.isArray(prev) ? [...prev, value] : [value];
    } else {
      if (options[name] !== undefined) return { ok: false, problem: { kind: 'repeated-option', option: display } };
      options[name] = value;
    }
  }
  return { ok: true, args: { positionals, options } };
}
