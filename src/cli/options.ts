import * as path from 'path';
import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { ROLES, type Role } from '../core/layout/roles';
import { tokenizeArgv, type ArgvProblem, type OptionKind } from './_lib/argv';
import { CLI_STRINGS, type CliStrings } from './strings';
import { columnIndex } from '../core/layout/grid.types';

/** Validated options of `traguardo score`. */
export interface ScoreOptions {
  input: string;
  out: string | null;
  json: string | null;
  sheets: string[];
  year: number | null;
  /** Role → column letter, or null to unset a role the detection found. */
  map: Partial<Record<Role, string | null>>;
  /** `--header-row N`: the sheet's header row when detection does not find it. */
  headerRow: number | null;
  lang: Lang;
  failOn: 'error' | 'warning' | 'info' | null;
  /** `--notes problems|all`: which findings get a note (over the workbook's stored policy); null to keep it. */
  notes: 'problems' | 'all' | null;
  /** `--explain-notes`: a note on every computed achievement cell saying how it was computed. */
  explainNotes: boolean;
}

/** Validated options of `traguardo clear`. */
export interface ClearOptions {
  input: string;
  /** Where to write; the input itself when not given. */
  out: string;
  lang: Lang;
}

export type Parsed<T> = { ok: true; options: T } | { ok: false; help: true; lang: Lang } | { ok: false; help: false; lang: Lang; message: string };

const SCORE_SPEC: Record<string, OptionKind> = {
  out: 'single', json: 'single', sheet: 'multi', year: 'single', 'header-row': 'single', map: 'multi', lang: 'single', 'fail-on': 'single', notes: 'single', 'explain-notes': 'flag', help: 'flag', h: 'flag',
};
const CLEAR_SPEC: Record<string, OptionKind> = { out: 'single', lang: 'single', help: 'flag', h: 'flag' };

const LangSchema = z.enum(['it', 'en']);
const YearSchema = z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(1990).max(2100));
const FailOnSchema = z.enum(['error', 'warning', 'info']);
const NotesSchema = z.enum(['problems', 'all']);
/** `role=column`, `role=` or `role=none` (unset); column letters in any case. */
const MapEntrySchema = z
  .string()
  .regex(/^\s*([a-z]+)\s*=\s*([A-Za-z]{0,3}|none)\s*$/i)
  .transform((s) => {
    const [role = '', col = ''] = s.split('=').map((p) => p.trim());
    return { role: role.toLowerCase(), column: col === '' || col.toLowerCase() === 'none' ? null : col.toUpperCase() };
  })
  .pipe(z.object({ role: z.enum(ROLES), column: z.string().regex(/^[A-Z]{1,3}$/).nullable() }));

/** The language asked for, before full validation (so usage errors speak it); Italian by default. */
function langOf(raw: Record<string, unknown>): Lang {
  const parsed = LangSchema.safeParse(raw['lang']);
  return parsed.success ? parsed.data : 'it';
}

function problemText(s: CliStrings, p: ArgvProblem): string {
  switch (p.kind) {
    case 'unknown-option': return s.unknownOption(p.option);
    case 'missing-value': return s.missingValue(p.option);
    case 'repeated-option': return s.repeatedOption(p.option);
    case 'unexpected-value': return s.unexpectedValue(p.option);
  }
}

function tokenize(argv: readonly string[], spec: Record<string, OptionKind>) {
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langRaw = langAt < 0 ? undefined : argv[langAt]?.includes('=') ? argv[langAt]?.split('=')[1] : argv[langAt + 1];
  const lang = langOf({ lang: langRaw });
  const t = tokenizeArgv(argv, spec);
  return { lang, s: CLI_STRINGS[lang], t };
}

type Failure = Exclude<Parsed<never>, { ok: true }>;

/** What both file commands check first: options known, `--help`, exactly one input file. */
function common(argv: readonly string[], spec: Record<string, OptionKind>):
  | { ok: true; lang: Lang; s: CliStrings; o: Record<string, unknown>; input: string; bad: (message: string) => Failure }
  | { ok: false; parsed: Failure } {
  const { lang, s, t } = tokenize(argv, spec);
  const bad = (message: string): Failure => ({ ok: false, help: false, lang, message });
  if (!t.ok) return { ok: false, parsed: bad(problemText(s, t.problem)) };
  const o = t.args.options;
  if (o['help'] || o['h']) return { ok: false, parsed: { ok: false, help: true, lang } };
  const [input, extra] = t.args.positionals;
  if (input === undefined) return { ok: false, parsed: bad(s.missingInput) };
  if (extra !== undefined) return { ok: false, parsed: bad(s.extraArgument(extra)) };
  return { ok: true, lang, s, o, input, bad };
}

/** 0-based index of XFD, the last column of a sheet. */
const LAST_COLUMN = 16383;

const samePath = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

/**
 * Validate `traguardo score` arguments; every problem names the argument at fault.
 * @example parseScoreArgs(['in.xlsx', '--year', '2023']) //=> { ok: true, options: { input: 'in.xlsx', year: 2023, … } }
 */
export function parseScoreArgs(argv: readonly string[]): Parsed<ScoreOptions> {
  const c = common(argv, SCORE_SPEC);
  if (!c.ok) return c.parsed;
  const { lang, s, o, input, bad } = c;
  const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const list = (k: string): string[] => (Array.isArray(o[k]) ? (o[k] as string[]) : []);

  const langRaw = str('lang');
  if (langRaw !== undefined && !LangSchema.safeParse(langRaw).success) return bad(s.badLang(langRaw));
  const yearRaw = str('year');
  const year = yearRaw === undefined ? null : YearSchema.safeParse(yearRaw);
  if (year && !year.success) return bad(s.badYear(yearRaw ?? ''));
  const failRaw = str('fail-on');
  const failOn = failRaw === undefined ? null : FailOnSchema.safeParse(failRaw);
  if (failOn && !failOn.success) return bad(s.badFailOn(failRaw ?? ''));
  const notesRaw = str('notes');
  const notes = notesRaw === undefined ? null : NotesSchema.safeParse(notesRaw);
  if (notes && !notes.success) return bad(s.badNotes(notesRaw ?? ''));
  const map: Partial<Record<Role, string | null>> = {};
  for (const entry of list('map')) {
    const m = MapEntrySchema.safeParse(entry);
    if (!m.success) return bad(s.badMap(entry, ROLES.join(', ')));
    if (m.data.role in map) return bad(s.repeatedRole(m.data.role));
    if (m.data.column !== null && columnIndex(m.data.column) > LAST_COLUMN) return bad(s.mapPastLastColumn(entry));
    map[m.data.role] = m.data.column;
  }
  const headerRaw = str('header-row');
  const headerRow = headerRaw === undefined ? null : Number(headerRaw);
  if (headerRow !== null && (!Number.isInteger(headerRow) || headerRow < 1)) return bad(s.badHeaderRow(headerRaw ?? ''));
  const out = str('out') ?? null;
  const json = str('json') ?? null;
  if (out !== null && samePath(out, input)) return bad(s.sameOut('--out'));
  if (json !== null && samePath(json, input)) return bad(s.sameOut('--json'));
  if (json !== null && out !== null && samePath(json, out)) return bad(s.sameOutJson);
  return {
    ok: true,
    options: {
      input, out, json, sheets: list('sheet'), year: year ? (year.success ? year.data : null) : null, map, headerRow, lang,
      failOn: failOn ? (failOn.success ? failOn.data : null) : null,
      notes: notes ? (notes.success ? notes.data : null) : null,
      explainNotes: o['explain-notes'] === true,
    },
  };
}

/**
 * Validate `traguardo clear` arguments.
 * @example parseClearArgs(['scored.xlsx']) //=> { ok: true, options: { input: 'scored.xlsx', out: 'scored.xlsx', lang: 'it' } }
 */
export function parseClearArgs(argv: readonly string[]): Parsed<ClearOptions> {
  const c = common(argv, CLEAR_SPEC);
  if (!c.ok) return c.parsed;
  const { lang, s, o, input, bad } = c;
  const langRaw = typeof o['lang'] === 'string' ? o['lang'] : undefined;
  if (langRaw !== undefined && !LangSchema.safeParse(langRaw).success) return bad(s.badLang(langRaw));
  const out = typeof o['out'] === 'string' ? o['out'] : input;
  return { ok: true, options: { input, out, lang } };
}
