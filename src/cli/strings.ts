import type { Lang } from '../core/i18n/lang';
import type { Severity } from '../core/issues';
import type { RefusalKind } from '../workbook/file/package/zip';

/** What a bad input file is: each gets its own one-line message. */
export type InputProblem = 'not-found' | 'unreadable' | 'not-xlsx' | 'legacy-xls' | 'encrypted' | 'corrupt';

export interface CliStrings {
  usageScore: string;
  usageClear: string;
  unknownOption: (opt: string) => string;
  missingValue: (opt: string) => string;
  repeatedOption: (opt: string) => string;
  unexpectedValue: (opt: string) => string;
  missingInput: string;
  extraArgument: (arg: string) => string;
  badYear: (v: string) => string;
  badHeaderRow: (v: string) => string;
  badLang: (v: string) => string;
  badFailOn: (v: string) => string;
  badNotes: (v: string) => string;
  badMap: (v: string, roles: string) => string;
  repeatedRole: (role: string) => string;
  sameOut: (opt: string) => string;
  unknownSheet: (name: string, sheets: string) => string;
  noIndicatorSheet: string;
  input: Record<InputProblem, string>;
  cannotWrite: (file: string, why: string) => string;
  /** How the saved file was written: the original package patched, or rewritten whole by ExcelJS (and why). */
  savedBy: (mode: 'patch' | 'rewrite', why: string | null) => string;
  /** The rewrite would drop parts ExcelJS does not model: nothing written. */
  saveRefused: (lost: string[], why: string) => string;
  sheetTitle: (name: string, headerRow: number, year: number) => string;
  columns: string;
  counts: (n: number, met: number, shortfall: number, notEvaluable: number) => string;
  objectiveHeader: [string, string, string, string, string, string];
  findings: (bySeverity: Record<Severity, number>) => string;
  skipped: (name: string) => string;
  progress: (i: number, n: number, sheet: string, stage: 'read' | 'score' | 'write') => string;
  progressLoad: string;
  progressSave: string;
  wroteOut: (file: string, values: number, highlights: number, notes: number) => string;
  wroteJson: (file: string) => string;
  cleared: (values: number, highlights: number, notes: number) => string;
  nothingToClear: string;
  wroteClear: (file: string) => string;
  farCells: (sheet: string, count: number, at: string[]) => string;
  sheetTooLarge: (sheet: string, rows: number, cols: number) => string;
  protectedSheet: (sheet: string) => string;
  outputNotFree: (sheet: string, where: string) => string;
  refused: (kind: RefusalKind, part: string | null, limit: number) => string;
  sameOutJson: string;
  mapPastLastColumn: (v: string) => string;
  noRoomForOutput: (sheet: string) => string;
  extensionMismatch: (out: string, macros: boolean) => string;
}

/** A size in bytes for a message: "128 MB". */
const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

const USAGE_SCORE = `traguardo score <in.xlsx> [--out <out.xlsx>] [--json <report.json>] [--sheet <name>]… [--year <YYYY>]
                [--header-row <N>] [--map <role>=<column>]… [--notes problems|all] [--explain-notes]
                [--lang it|en] [--fail-on error|warning|info]`;
const USAGE_CLEAR = 'traguardo clear <scored.xlsx> [--out <file>]';

export const CLI_STRINGS: Record<Lang, CliStrings> = {
  it: {
    usageScore: `Uso: ${USAGE_SCORE}\nCodici di uscita: 0 calcolato, 1 rilievi al livello di --fail-on o sopra, 2 file o argomenti non validi.`,
    usageClear: `Uso: ${USAGE_CLEAR}\nRimuove tutto ciò che Traguardo ha aggiunto (senza --out, sovrascrive il file).`,
    unknownOption: (o) => `opzione sconosciuta ${o}`,
    missingValue: (o) => `${o} richiede un valore`,
    repeatedOption: (o) => `${o} indicata più di una volta`,
    unexpectedValue: (o) => `${o} non accetta valori`,
    missingInput: 'manca il file di input',
    extraArgument: (a) => `argomento inatteso "${a}"`,
    badYear: (v) => `--year: "${v}" non è un anno (es. 2023)`,
    badHeaderRow: (v) => `--header-row: "${v}" non è un numero di riga (es. 4)`,
    badLang: (v) => `--lang: "${v}" non è una lingua disponibile (it, en)`,
    badFailOn: (v) => `--fail-on: "${v}" non è un livello (error, warning, info)`,
    badNotes: (v) => `--notes: "${v}" non è una scelta valida (problems: avvisi ed errori; all: tutti i rilievi)`,
    badMap: (v, roles) => `--map: "${v}" non è ruolo=colonna (es. target=D; ruoli: ${roles})`,
    repeatedRole: (r) => `--map: il ruolo "${r}" è indicato più di una volta`,
    sameOut: (o) => `${o}: deve essere un file diverso dall'input (l'input non viene mai modificato)`,
    unknownSheet: (n, s) => `--sheet: nessun foglio "${n}" (fogli: ${s})`,
    noIndicatorSheet: 'nessun foglio sembra un foglio di indicatori; indicarne uno con --sheet',
    input: {
      'not-found': 'file non trovato',
      unreadable: 'file non leggibile',
      'not-xlsx': 'non è un file .xlsx',
      'legacy-xls': 'non è un file .xlsx (formato Excel 97-2003 o altro file OLE: salvarlo come .xlsx)',
      encrypted: 'protetto da password: rimuovere la password in Excel e riprovare',
      corrupt: 'file .xlsx danneggiato (archivio o XML illeggibile)',
    },
    cannotWrite: (f, why) => `impossibile scrivere ${f}: ${why}`,
    savedBy: (mode, why) =>
      mode === 'patch'
        ? 'Salvato modificando solo le parti del file originale toccate da Traguardo (il resto copiato byte per byte)'
        : `Salvato riscrivendo l'intero file con ExcelJS (il pacchetto originale non si può modificare: ${why ?? 'cartella creata in memoria'})`,
    saveRefused: (lost, why) =>
      `nessun file scritto: il pacchetto originale non si può modificare (${why}) e riscriverlo perderebbe ${lost.length === 1 ? 'la parte' : `${lost.length} parti`} ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}`,
    sheetTitle: (n, h, y) => `Foglio "${n}" (intestazione alla riga ${h}, anno ${y})`,
    columns: 'Colonne',
    counts: (n, m, s, e) => `${n} indicatori: ${m} raggiunti, ${s} non raggiunti, ${e} non valutabili`,
    objectiveHeader: ['Obiettivo', 'Raggiungimento', 'Copertura', 'Raggiunti', 'Non raggiunti', 'Non valutabili'],
    findings: (b) => `Rilievi: ${b.error} ${b.error === 1 ? 'errore' : 'errori'}, ${b.warning} ${b.warning === 1 ? 'avviso' : 'avvisi'}, ${b.info} ${b.info === 1 ? 'informazione' : 'informazioni'}`,
    skipped: (n) => `Foglio "${n}" non calcolato: intestazione non trovata`,
    progress: (i, n, s, st) => `[${i}/${n}] ${s}: ${{ read: 'lettura', score: 'calcolo', write: 'scrittura' }[st]}…`,
    progressLoad: 'apertura del file…',
    progressSave: 'salvataggio…',
    wroteOut: (f, v, h, n) => `Scritto ${f}: ${v} valori, ${h} evidenziazioni, ${n} note`,
    wroteJson: (f) => `Scritto ${f}`,
    cleared: (v, h, n) => `Rimossi ${v} valori, ${h} evidenziazioni, ${n} note`,
    nothingToClear: 'Nessun contenuto di Traguardo da rimuovere',
    wroteClear: (f) => `Scritto ${f}`,
    farCells: (sh, n, at) => `avviso: foglio "${sh}": ${n === 1 ? '1 cella lontana' : `${n} celle lontane`} dai dati ${n === 1 ? 'ignorata' : 'ignorate'} (${at.join(', ')}${n > at.length ? ', …' : ''})`,
    sheetTooLarge: (sh, r, c) => `foglio "${sh}": dati sparsi su ${r} righe × ${c} colonne, troppo per leggerli (eliminare le celle lontane dai dati)`,
    protectedSheet: (sh) => `foglio "${sh}": protetto, i risultati non possono esservi scritti (rimuovere la protezione in Excel, oppure usare solo --json)`,
    outputNotFree: (sh, w) => `foglio "${sh}": la colonna dei risultati cadrebbe su contenuti dell'utente (${w}), nulla è stato scritto (spostare quei contenuti, oppure usare solo --json)`,
    sameOutJson: '--json: deve essere un file diverso da --out (il report sostituirebbe la cartella calcolata)',
    mapPastLastColumn: (v) => `--map: "${v}": la colonna va oltre l'ultima di un foglio (XFD)`,
    noRoomForOutput: (sh) => `foglio "${sh}": i dati arrivano all'ultima colonna (XFD), non resta una colonna libera per i risultati (usare solo --json)`,
    extensionMismatch: (o, m) =>
      m
        ? `--out: ${o}: il file contiene macro e va salvato come .xlsm (con .xlsx Excel non lo aprirebbe)`
        : `--out: ${o}: il file non contiene macro e va salvato come .xlsx (con .xlsm Excel non lo aprirebbe)`,
    refused: (k, p, l) =>
      ({
        'duplicate-part': `l'archivio contiene due volte la parte ${p ?? ''} (file manomesso o danneggiato)`,
        'part-too-large': `la parte ${p ?? ''} si espande oltre ${mb(l)} (limite per parte): file rifiutato`,
        'package-too-large': `le parti del file si espandono oltre ${mb(l)} in tutto (limite del file): file rifiutato`,
        'size-mismatch': `la parte ${p ?? ''} si espande oltre la dimensione dichiarata (${l} byte): file rifiutato`,
        'too-many-parts': `l'archivio elenca più di ${l} parti: file rifiutato`,
        'file-too-large': `file più grande di ${mb(l)}: file rifiutato`,
      })[k],
  },
  en: {
    usageScore: `Usage: ${USAGE_SCORE}\nExit codes: 0 scored, 1 findings at or above --fail-on, 2 bad input file or usage.`,
    usageClear: `Usage: ${USAGE_CLEAR}\nRemoves everything Traguardo added (without --out, rewrites the file in place).`,
    unknownOption: (o) => `unknown option ${o}`,
    missingValue: (o) => `${o} needs a value`,
    repeatedOption: (o) => `${o} given more than once`,
    unexpectedValue: (o) => `${o} takes no value`,
    missingInput: 'missing the input file',
    extraArgument: (a) => `unexpected argument "${a}"`,
    badYear: (v) => `--year: "${v}" is not a year (e.g. 2023)`,
    badHeaderRow: (v) => `--header-row: "${v}" is not a row number (e.g. 4)`,
    badLang: (v) => `--lang: "${v}" is not an available language (it, en)`,
    badFailOn: (v) => `--fail-on: "${v}" is not a severity (error, warning, info)`,
    badNotes: (v) => `--notes: "${v}" is not a choice (problems: warnings and errors; all: every finding)`,
    badMap: (v, roles) => `--map: "${v}" is not role=column (e.g. target=D; roles: ${roles})`,
    repeatedRole: (r) => `--map: role "${r}" given more than once`,
    sameOut: (o) => `${o}: must be a different file from the input (the input is never modified)`,
    unknownSheet: (n, s) => `--sheet: no sheet named "${n}" (sheets: ${s})`,
    noIndicatorSheet: 'no sheet looks like an indicator sheet; name one with --sheet',
    input: {
      'not-found': 'file not found',
      unreadable: 'cannot read the file',
      'not-xlsx': 'not an .xlsx file',
      'legacy-xls': 'not an .xlsx file (an Excel 97-2003 or other OLE file: save it as .xlsx)',
      encrypted: 'password-protected: remove the password in Excel and try again',
      corrupt: 'corrupt .xlsx file (its zip archive or XML cannot be read)',
    },
    cannotWrite: (f, why) => `cannot write ${f}: ${why}`,
    savedBy: (mode, why) =>
      mode === 'patch'
        ? 'Saved by changing only the parts of the original file Traguardo touched (the rest copied byte for byte)'
        : `Saved by rewriting the whole file with ExcelJS (the original package cannot be patched: ${why ?? 'workbook built in memory'})`,
    saveRefused: (lost, why) =>
      `no file written: the original package cannot be patched (${why}) and rewriting it would lose ${lost.length === 1 ? 'the part' : `${lost.length} parts`} ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}`,
    sheetTitle: (n, h, y) => `Sheet "${n}" (header on row ${h}, year ${y})`,
    columns: 'Columns',
    counts: (n, m, s, e) => `${n} indicators: ${m} met, ${s} shortfall, ${e} not evaluable`,
    objectiveHeader: ['Objective', 'Achievement', 'Coverage', 'Met', 'Shortfall', 'Not evaluable'],
    findings: (b) => `Findings: ${b.error} ${b.error === 1 ? 'error' : 'errors'}, ${b.warning} ${b.warning === 1 ? 'warning' : 'warnings'}, ${b.info} info`,
    skipped: (n) => `Sheet "${n}" not scored: no header row found`,
    progress: (i, n, s, st) => `[${i}/${n}] ${s}: ${st === 'read' ? 'reading' : st === 'score' ? 'scoring' : 'writing'}…`,
    progressLoad: 'opening the file…',
    progressSave: 'saving…',
    wroteOut: (f, v, h, n) => `Wrote ${f}: ${v} values, ${h} highlights, ${n} notes`,
    wroteJson: (f) => `Wrote ${f}`,
    cleared: (v, h, n) => `Removed ${v} values, ${h} highlights, ${n} notes`,
    nothingToClear: 'Nothing added by Traguardo to remove',
    wroteClear: (f) => `Wrote ${f}`,
    farCells: (sh, n, at) => `warning: sheet "${sh}": ${n === 1 ? '1 cell' : `${n} cells`} far from the data ignored (${at.join(', ')}${n > at.length ? ', …' : ''})`,
    sheetTooLarge: (sh, r, c) => `sheet "${sh}": data scattered over ${r} rows × ${c} columns, too much to read (delete the cells far from the data)`,
    protectedSheet: (sh) => `sheet "${sh}": protected, the results cannot be written to it (unprotect it in Excel, or use --json only)`,
    outputNotFree: (sh, w) => `sheet "${sh}": the results column would land on the user's content (${w}), nothing was written (move that content, or use --json only)`,
    sameOutJson: '--json: must be a different file from --out (the report would replace the scored workbook)',
    mapPastLastColumn: (v) => `--map: "${v}": the column is past the last column of a sheet (XFD)`,
    noRoomForOutput: (sh) => `sheet "${sh}": the data reach the last column (XFD), no free column is left for the results (use --json only)`,
    extensionMismatch: (o, m) =>
      m
        ? `--out: ${o}: the workbook has macros and must be saved as .xlsm (Excel would not open it as .xlsx)`
        : `--out: ${o}: the workbook has no macros and must be saved as .xlsx (Excel would not open it as .xlsm)`,
    refused: (k, p, l) =>
      ({
        'duplicate-part': `the archive holds the part ${p ?? ''} twice (a tampered or damaged file)`,
        'part-too-large': `part ${p ?? ''} inflates past ${mb(l)} (the limit for one part): file refused`,
        'package-too-large': `the file's parts inflate past ${mb(l)} in all (the limit for a file): file refused`,
        'size-mismatch': `part ${p ?? ''} inflates past its declared size (${l} bytes): file refused`,
        'too-many-parts': `the archive lists more than ${l} parts: file refused`,
        'file-too-large': `file larger than ${mb(l)}: file refused`,
      })[k],
  },
};
