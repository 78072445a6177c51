import { parseClearArgs, parseScoreArgs } from '../../src/cli/options';

describe('parseScoreArgs', () => {
  test('reads every option, repeated ones as lists', () => {
    const r = parseScoreArgs([
      'in.xlsx', '--out', 'out.xlsx', '--json=r.json', '--sheet', 'A', '--sheet', 'B', '--year', '2023',
      '--map', 'target=d', '--map', 'stated=', '--lang', 'en', '--fail-on', 'warning', '--header-row', '4',
      '--notes', 'all', '--explain-notes',
    ]);
    expect(r).toEqual({
      ok: true,
      options: {
        input: 'in.xlsx', out: 'out.xlsx', json: 'r.json', sheets: ['A', 'B'], year: 2023,
        map: { target: 'D', stated: null }, headerRow: 4, lang: 'en', failOn: 'warning', notes: 'all', explainNotes: true,
      },
    });
  });

  test('defaults: no outputs, all sheets, detected year, Italian, never fail on findings', () => {
    expect(parseScoreArgs(['in.xlsx'])).toEqual({
      ok: true,
      options: { input: 'in.xlsx', out: null, json: null, sheets: [], year: null, map: {}, headerRow: null, lang: 'it', failOn: null, notes: null, explainNotes: false },
    });
  });

  test.each([
    [['in.xlsx', '--frobnicate'], '--frobnicate'],
    [['in.xlsx', '--out'], '--out'],
    [['in.xlsx', '--out', 'a.xlsx', '--out', 'b.xlsx'], '--out'],
    [['in.xlsx', '--year', '23'], '--year'],
    [['in.xlsx', '--year', '3023'], '--year'],
    [['in.xlsx', '--lang', 'fr'], '--lang'],
    [['in.xlsx', '--fail-on', 'fatal'], '--fail-on'],
    [['in.xlsx', '--map', 'target'], '--map'],
    [['in.xlsx', '--map', 'goal=D'], '--map'],
    [['in.xlsx', '--map', 'target=D4'], '--map'],
    [['in.xlsx', '--map', 'target=D', '--map', 'target=E'], '--map'],
    [['in.xlsx', '--out', 'in.xlsx'], '--out'],
    [['in.xlsx', '--json', './in.xlsx'], '--json'],
    [['in.xlsx', '--help=yes'], '--help'],
    [['in.xlsx', '--notes', 'some'], '--notes'],
    [['in.xlsx', '--explain-notes=yes'], '--explain-notes'],
  ])('%j is a usage error naming %s', (argv, named) => {
    const r = parseScoreArgs(argv);
    expect(r.ok).toBe(false);
    expect(!r.ok && !r.help ? r.message : '').toContain(named);
  });

  test('a missing input file is a usage error', () => {
    expect(parseScoreArgs(['--year', '2023'])).toEqual({ ok: false, help: false, lang: 'it', message: 'manca il file di input' });
  });

  test('a second positional argument is a usage error naming it', () => {
    expect(parseScoreArgs(['a.xlsx', 'b.xlsx', '--lang', 'en'])).toEqual({ ok: false, help: false, lang: 'en', message: 'unexpected argument "b.xlsx"' });
  });

  test('usage errors speak the language asked for', () => {
    expect(parseScoreArgs(['in.xlsx', '--lang', 'en', '--bogus'])).toMatchObject({ message: 'unknown option --bogus' });
    expect(parseScoreArgs(['in.xlsx', '--bogus'])).toMatchObject({ message: 'opzione sconosciuta --bogus' });
  });

  test('--help asks for the usage text', () => {
    expect(parseScoreArgs(['--help'])).toEqual({ ok: false, help: true, lang: 'it' });
  });
});

describe('parseClearArgs', () => {
  test('clears in place unless --out is given', () => {
    expect(parseClearArgs(['s.xlsx'])).toEqual({ ok: true, options: { input: 's.xlsx', out: 's.xlsx', lang: 'it' } });
    expect(parseClearArgs(['s.xlsx', '--out', 'c.xlsx'])).toEqual({ ok: true, options: { input: 's.xlsx', out: 'c.xlsx', lang: 'it' } });
  });

  test.each([[['s.xlsx', '--json', 'r.json'], '--json'], [['s.xlsx', '--lang', 'de'], '--lang']])('%j is a usage error naming %s', (argv, named) => {
    const r = parseClearArgs(argv);
    expect(!r.ok && !r.help ? r.message : '').toContain(named);
  });
});
