import * as path from 'path';
import { atLeastSeverity } from '../core/issues';
import { policyOf, runPolicy, scoreWorkbook, type PipelineOptions, type Progress, type SheetOutcome } from './pipeline';
import { runCommand } from './command';
import { CliError, EXIT, type CliIo } from './io';
import { parseScoreArgs, type ScoreOptions } from './options';
import { toJsonReport } from './report';
import { CLI_STRINGS } from './strings';
import { saveWorkbook } from './_lib/saveWorkbook';
import { allFindings, formatSummary } from './summary';
import { loadWorkbookFile, writeOutputFile } from './_lib/loadWorkbookFile';
import { SheetTooLarge } from '../workbook/file/readWorksheet';
import { HostError } from '../workbook/errors';
import type { ExcelJsWorkbook } from '../workbook/file/excelJsWorkbook';
import type { ApplyOutcome, WorkbookPort } from '../workbook/port';
import type { WritePlan } from '../workbook/writePlan.types';
import { columnIndex } from '../core/layout/grid.types';
import { isMacroEnabled } from './_lib/zip';

/** Progress on stderr, rewritten in place; only on a terminal. Returns the reporter and a function that wipes the line. */
function progressLine(io: CliIo, opts: ScoreOptions): { step: Progress; note: (s: string) => void; done: () => void } {
  if (!io.isTTY) return { step: () => undefined, note: () => undefined, done: () => undefined };
  const s = CLI_STRINGS[opts.lang];
  const show = (text: string) => io.stderr(`\r\x1b[K${text}`);
  return {
    step: (i, n, sheet, stage) => show(s.progress(i, n, sheet, stage)),
    note: show,
    done: () => io.stderr('\r\x1b[K'),
  };
}

/**
 * The workbook as the pipeline's port, refusing (one line) a plan whose output column would fall past XFD, the
 * last column of a sheet (data that reach it leave no free column).
 */
function withOutputRoom(workbook: ExcelJsWorkbook, opts: ScoreOptions): WorkbookPort {
  const apply = async (plan: WritePlan): Promise<ApplyOutcome> => {
    const col = plan.output ? columnIndex(plan.output.column) : 0;
    if (col < 0 || col > LAST_COLUMN) throw new CliError(`${opts.input}: ${CLI_STRINGS[opts.lang].noRoomForOutput(plan.sheet)}`);
    return workbook.apply(plan);
  };
  return new Proxy(workbook, {
    get(target, key) {
      if (key === 'apply') return apply;
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** 0-based index of XFD, the last column of a sheet. */
const LAST_COLUMN = 16383;

async function run(opts: ScoreOptions, io: CliIo): Promise<number> {
  const s = CLI_STRINGS[opts.lang];
  const progress = progressLine(io, opts);
  progress.note(s.progressLoad);
  const { bytes, workbook } = await loadWorkbookFile(opts.input, opts.lang);
  if (opts.out !== null) {
    const ext = path.extname(opts.out).toLowerCase();
    const macros = isMacroEnabled(bytes);
    if ((ext === '.xlsx' && macros) || (ext === '.xlsm' && !macros)) throw new CliError(s.extensionMismatch(opts.out, macros));
  }
  // A hidden sheet is scored when named with --sheet.
  workbook.showHidden(opts.sheets);
  let outcomes: SheetOutcome[];
  const pipeline: PipelineOptions = {
    sheets: opts.sheets, year: opts.year, map: opts.map, headerRow: opts.headerRow, lang: opts.lang, write: opts.out !== null,
    policy: { ...(opts.notes !== null ? { notes: opts.notes } : {}), ...(opts.explainNotes ? { explainNotes: true } : {}) },
  };
  /** The sheet being read, scored or written (named when its write is refused). */
  let currentSheet = '';
  let savedHow = '';
  try {
    try {
      outcomes = await scoreWorkbook(withOutputRoom(workbook, opts), pipeline, (i, total, sheet, stage) => {
        currentSheet = sheet;
        progress.step(i, total, sheet, stage);
      });
    } catch (err) {
      if (err instanceof SheetTooLarge) throw new CliError(`${opts.input}: ${s.sheetTooLarge(err.sheet, err.rows, err.cols)}`);
      if (err instanceof HostError && err.code === 'OutputNotFree') throw new CliError(`${opts.input}: ${s.outputNotFree(currentSheet, err.detail ?? '')}`);
      throw err;
    }
    for (const [sheet, far] of workbook.farCells) io.stderr(`traguardo: ${s.farCells(sheet, far.count, far.at)}\n`);
    if (outcomes.length === 0) {
      throw new CliError(`${opts.input}: ${s.noIndicatorSheet}`);
    }
    if (opts.out !== null) {
      // The add-in refuses to write to a protected sheet; so does the CLI (the JSON report needs no writing).
      const locked = outcomes.find((o) => o.kind === 'scored' && workbook.isProtected(o.report.sheet));
      if (locked && locked.kind === 'scored') throw new CliError(`${opts.input}: ${s.protectedSheet(locked.report.sheet)}`);
      progress.note(s.progressSave);
      const saved = await saveWorkbook(workbook, opts.input, opts.lang);
      await writeOutputFile(opts.out, saved.bytes, opts.lang);
      savedHow = saved.how;
    }
  } finally {
    progress.done();
  }

  const reports = outcomes.flatMap((o) => (o.kind === 'scored' ? [o.report] : []));
  const policy = runPolicy(policyOf(await workbook.readSettings()), pipeline);
  if (opts.json !== null) {
    const skipped = outcomes.flatMap((o) => (o.kind === 'skipped' ? [{ name: o.sheet, issues: o.issues }] : []));
    const json = toJsonReport(reports, opts.lang, { file: path.basename(opts.input), skipped, policy, reviews: (await workbook.readSettings())?.reviews ?? null });
    const text = `${JSON.stringify(json, null, 2)}\n`;
    if (opts.json === '-') io.stdout(text);
    else await writeOutputFile(opts.json, text, opts.lang);
  }
  if (opts.json !== '-') {
    io.stdout(formatSummary(outcomes, opts.lang, policy.displayDecimals));
    if (opts.out !== null) {
      const sum = outcomes.reduce(
        (a, o) => (o.kind === 'scored' && o.applied ? { v: a.v + o.applied.values, h: a.h + o.applied.highlights, n: a.n + o.applied.notes } : a),
        { v: 0, h: 0, n: 0 },
      );
      io.stdout(`${s.wroteOut(opts.out, sum.v, sum.h, sum.n)}\n${savedHow}\n`);
    }
    if (opts.json !== null) io.stdout(`${s.wroteJson(opts.json)}\n`);
  }
  if (reports.length === 0) return EXIT.usage;
  const failOn = opts.failOn;
  if (failOn !== null && allFindings(outcomes).some((f) => atLeastSeverity(f.severity, failOn))) return EXIT.findings;
  return EXIT.ok;
}

/**
 * `traguardo score <in.xlsx> [--out <out.xlsx>] [--json <report.json>|-] [--sheet <name>]… [--year <YYYY>]
 * [--map <role>=<column>]… [--lang it|en] [--fail-on error|warning|info]`: score the indicator sheets of a
 * workbook, print a summary, and write a scored copy and/or a JSON report. The input file is never written.
 * Exit codes: 0 scored; 1 findings at or above `--fail-on`; 2 bad input file or usage (one line on stderr).
 * @example await runScore(['relazione-2023.xlsx', '--json', 'r.json'], io) //=> 0
 */
export async function runScore(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand('score', parseScoreArgs(argv), (lang) => CLI_STRINGS[lang].usageScore, (options) => run(options, io), io);
}
