import type { ReviewStatus } from '../../core/rules/reviewMarks';
import type { Role } from '../../core/layout/roles';
import type { Band } from '../../core/sheet/report.types';
import type { IssueCode, Severity } from '../../core/issues';
import type { ApplyOutcome, ClearOutcome } from '../../workbook/port';
import type { HostErrorKind } from '../pipeline/hostError';
import type { SampleName } from '../pipeline/samples';

/** Every string the pane shows. Both languages implement this interface, so a missing key fails to compile. */
export interface PaneStrings {
  appTitle: string;
  language: string;
  languageNames: { it: string; en: string };
  previewBadge: string;
  sheet: string;
  loading: string;

  mappingTitle: string;
  headerRow: (row: number) => string;
  dataRows: (first: number, last: number) => string;
  roles: Record<Role, string>;
  roleColumn: (role: string) => string;
  notMapped: string;
  columnOption: (letter: string, header: string) => string;
  /** `missing`: a role the computation needs has no column; `unused`: an optional role has none. */
  confidence: { high: string; medium: string; low: string; missing: string; unused: string; manual: string; confirmed: string };
  confidenceLabel: (level: string, percent: number) => string;
  noMapping: string;
  headerRowLabel: string;
  headerRowHint: string;
  year: string;
  yearInvalid: string;
  /** Where the reference year shown came from. */
  yearFrom: { header: string; title: string; 'sheet-name': string; targets: string; default: string; stored: string };
  /** Many targets have no line for the chosen year: propose the one the cells name. */
  yearAdvice: (missing: number, total: number, year: number, proposed: number) => string;
  useYear: (year: number) => string;

  /** The set-up folded to one line once computed: "Foglio «Obiettivi», intestazione riga 4, anno 2023". */
  setupSummary: (sheet: string, headerRow: number | null, year: number | null) => string;
  editSetup: string;
  /** Shown when the mapping, the year or a setting changed after the last computation. */
  outOfDate: string;
  /** Why Compute is disabled while a setting holds an invalid value. */
  settingsBlockCompute: string;
  compute: string;
  computing: { read: string; score: string; write: string };
  progressLabel: string;
  clear: string;
  applied: (o: ApplyOutcome) => string;
  cleared: (o: ClearOutcome) => string;
  nothingToClear: string;
  /** A workbook with no visible worksheet. */
  noSheets: string;
  noSheetsAction: string;
  /** The open sheet is not an indicator sheet; the workbook's indicator sheets are proposed instead. */
  notIndicatorSheet: (sheet: string) => string;
  openSheet: (sheet: string) => string;
  /** A scored sheet reopened: its results shown again without writing. */
  restored: string;
  /** When results were computed: "Calcolato il 29/11/2026 alle 14:05" (date and time already formatted). */
  computedOn: (date: string, time: string) => string;

  /** The whole workbook: its indicator sheets, the ones left out and why, computing all of them. */
  workbook: {
    title: string;
    computeAll: string;
    /** Progress while computing all: the sheet being computed and where the run is. */
    computingSheet: (sheet: string, index: number, total: number) => string;
    progressLabel: string;
    surveying: string;
    indicators: (n: number) => string;
    average: (percent: string) => string;
    findings: (n: number) => string;
    notComputed: string;
    outOfDate: string;
    failed: string;
    /** The button that shows a sheet's results in the pane. */
    show: (sheet: string) => string;
    /** The open sheet, marked in the list. */
    open: string;
    leftOut: string;
    /** A sheet left out, with its reason. */
    leftOutSheet: (sheet: string, reason: string) => string;
    reasons: { empty: string; text: string; 'not-indicators': string };
    /** The outcome of "compute all": how many sheets were computed of how many. */
    done: (ok: number, total: number) => string;
    /** One sheet of the run failed: its name and why. */
    sheetFailed: (sheet: string, message: string) => string;
    /** A sheet whose target and result columns are not recognised, so it cannot be computed unattended. */
    noMapping: string;
  };

  tabs: { summary: string; findings: string; settings: string };
  tabsLabel: string;
  summaryEmpty: string;
  counts: { met: string; shortfall: string; notEvaluable: string; nearMissesOf: (n: number) => string };
  objectives: string;
  achievement: string;
  coverage: string;
  notEvaluableShort: string;
  indicatorsOf: (n: number) => string;
  row: (n: number) => string;
  /** The summary's two charts: each objective's achievement by band, and the indicators by band. */
  charts: {
    objectivesTitle: string;
    bandsTitle: string;
    /** One objective or indicator in a band ("Quasi raggiunto"). */
    band: Record<Band, string>;
    /** Indicators in a band, as a legend says it ("Quasi raggiunti"). */
    bands: Record<Band, string>;
    /** What each band means, from the near-miss bound ("90%"): "≥ 100%", "90% – 100%", "< 90%". */
    bandRange: (band: Exclude<Band, 'not-evaluable'>, nearMiss: string) => string;
    /** The objectives chart shows the top-level objectives first; these switch between them and all. */
    allObjectives: (n: number) => string;
    onlyStrategic: (n: number) => string;
    /** The stacked bar's text alternative: "Indicatori per fascia, 62 in tutto: 41 raggiunti, …". */
    bandsSummary: (total: number, parts: ReadonlyArray<{ band: Band; count: number }>) => string;
    /** The objectives chart's text alternative, said before its list. */
    objectivesSummary: (n: number) => string;
  };

  findingsEmpty: string;
  findingsNone: string;
  severities: Record<Severity, string>;
  /** One finding's severity, as the CSV export writes it ("Errore", "Warning"). */
  severity: Record<Severity, string>;
  ruleNames: Record<IssueCode, string>;
  filterBySeverity: string;
  allSeverities: string;
  filterByRule: string;
  allRules: string;
  /** A rule in the filter or as a group's title, with its count: "Risultato mancante (26)". */
  ruleWithCount: (name: string, count: number) => string;
  /** A folded group's title: "Risultato mancante — 26 celle". */
  ruleGroup: (name: string, count: number) => string;
  findingsListLabel: string;
  goToCell: (address: string, message: string) => string;
  exportCsv: string;
  exportJson: string;
  csvHeader: { severity: string; cell: string; rule: string; code: string; indicator: string; message: string; computed: string; stated: string; status: string; comment: string };
  /** The auditor's review of findings: marks, what changed since the last review, audit exports. */
  review: {
    statuses: Record<ReviewStatus, string>;
    filterByStatus: string;
    allStatuses: string;
    /** The badge of a finding absent from the last review. */
    newBadge: string;
    /** On a group's title: how many of its findings are new since the last review. */
    newIn: (n: number) => string;
    /** The button that opens the review of one finding: "Rivedi" (its accessible name names the cell). */
    reviewOne: string;
    reviewOneLabel: (address: string | null, rule: string) => string;
    /** The button that reviews a whole group: "Rivedi tutti (26)". */
    reviewAll: (count: number) => string;
    reviewAllLabel: (rule: string, count: number) => string;
    dialogTitleOne: (address: string | null, rule: string) => string;
    dialogTitleAll: (rule: string, count: number) => string;
    statusLabel: string;
    commentLabel: string;
    commentHint: string;
    /** Shown when "accepted" has no note. */
    commentRequired: string;
    save: string;
    /** Save for a group: "Segna tutti i 26 come confermati". */
    saveAll: (count: number, status: string) => string;
    cancel: string;
    /** Store the current findings as reviewed now. */
    recordReview: string;
    /** A review's date and time, as in «Calcolato il …». */
    at: (date: string, time: string) => string;
    lastReview: (when: string) => string;
    noReviewYet: string;
    resolvedHeading: (count: number) => string;
    resolvedItem: (rule: string, cell: string | null, indicator: string | null) => string;
    /** The list's summary of the marks: "3 confermati, 1 accettato". */
    saved: string;
    /** After «Registra revisione»: what recording the review does. */
    recorded: string;
    /** The filter's option for findings absent from the last review. */
    newOnly: string;
    /** The audit sheet's name; starts with "Traguardo – " (its marker). */
    auditSheetName: string;
    /** Its ten columns: link, sheet, indicator, check, severity, message, computed, stated, status, comment. */
    auditHeader: string[];
    auditSheet: string;
    auditSheetDone: (name: string) => string;
    copy: string;
    copied: (count: number) => string;
    copyFailed: string;
  };

  settings: {
    cap: string;
    capHint: string;
    nearMiss: string;
    nearMissHint: string;
    decreasing: string;
    mirror: string;
    inverse: string;
    deadline: string;
    deadlineZero: string;
    deadlineLinear: string;
    decayPerDay: string;
    threshold: string;
    thresholdHint: string;
    displayDecimals: string;
    /** Which findings get a note in the sheet (policy.notes) and its two choices. */
    notes: string;
    notesProblems: string;
    notesAll: string;
    notesHint: string;
    /** A note with the computation on every computed achievement cell (policy.explainNotes). */
    explainNotes: string;
    restoreDefaults: string;
    invalid: (min: number, max: number) => string;
    floorAboveCap: string;
    savedOnCompute: string;
  };

  /** The explanation card: how the selected indicator's achievement was computed. */
  explanation: {
    heading: string;
    /** Shown while no indicator's cell is selected. */
    hint: (mode: 'excel' | 'preview') => string;
    /** The polite announcement when the card changes: "Riga 5: 57,1%". */
    announce: (title: string, achievement: string) => string;
    row: (row: number) => string;
    targetWritten: string;
    targetRead: string;
    resultWritten: string;
    resultRead: string;
    rule: string;
    formula: string;
    policy: string;
    /** Cap and near-miss band of the policy, formatted ("100%", "90%"). */
    policyText: (cap: string, nearMiss: string) => string;
    findings: string;
    noFindings: string;
    empty: string;
    notEvaluable: string;
    yes: string;
    no: string;
    /** A deadline target: "entro il 31/12/2023". */
    by: (date: string) => string;
    /** A target the grammar could not read. */
    unreadable: string;
    units: { days: string; hours: string; minutes: string };
    /** The scoring rule, by the engine's name for it. */
    rules: Record<string, string>;
    jump: (cell: string) => string;
    close: string;
  };

  preview: {
    openWorkbook: string;
    loadSample: string;
    samples: Record<SampleName, string>;
    dropHint: string;
    dropActive: string;
    download: string;
    scoredSuffix: string;
    noWorkbook: string;
    /** The preview's left side, a landmark: the sheet, or the invitation to open one. */
    gridArea: string;
    gridLabel: (sheet: string) => string;
    note: string;
    notAWorkbook: (name: string) => string;
    loaded: (name: string) => string;
  };

  errors: {
    title: Record<HostErrorKind, string>;
    action: Record<HostErrorKind, string>;
    unchanged: string;
    dismiss: string;
    /** Try opening the workbook again after the host refused. */
    retry: string;
    /** Apply refused: the output column would land on the user's content at `cell` (in the merged `area`, if any). */
    outputNotFree: (cell: string, area: string | null) => string;
  };
}
