import type { Role } from './roles';

/** What a header can say: a role, or a known column that plays none ("Valutazione OIV", "Unità di misura"). */
export type HeaderClass = Role | 'ignore';

/**
 * Italian and English header vocabularies per role, written as they are normalised (accents, case and
 * punctuation removed, "%" kept; see `_lib/normalizeHeader`). Matching prefers the longest phrase, so a
 * compound ("risultato atteso", "valore obiettivo", "peso obiettivo") beats the word inside it.
 * A leading `=` means the phrase counts only as the whole header ("id", "n", "num"); a leading `~` marks a
 * weaker synonym (lower confidence), a leading `^` one preferred over its plain form (a revised target).
 */
// prettier-ignore
export const HEADER_SYNONYMS: Readonly<Record<HeaderClass, readonly string[]>> = {
  objective: [
    'obiettivo', 'obiettivi', 'obiettivo strategico', 'obiettivi strategici', 'obiettivo operativo',
    'obiettivi operativi', 'obiettivo specifico', 'obiettivo generale', 'obiettivo di ente', 'obiettivo annuale',
    'descrizione obiettivo', 'denominazione obiettivo', 'titolo obiettivo', '~obiettivo strategico comune',
    'objective', 'objectives', 'strategic objective', 'operational objective', 'objective description',
    'goal description',
  ],
  code: [
    'codice', 'cod', 'codice obiettivo', 'cod obiettivo', 'codice indicatore', 'cod indicatore', 'id obiettivo',
    'id indicatore', '=id', '=n', '=nr', '=num progressivo', '=n progressivo', 'numero progressivo', '~riferimento',
    '=rif', 'code', 'objective code', 'indicator code', 'objective id', 'indicator id', '=no', '=ref',
  ],
  indicator: [
    'indicatore', 'indicatori', 'descrizione indicatore', 'nome indicatore', 'denominazione indicatore',
    'indicatore di performance', 'indicatore di risultato', 'indicatore di outcome', 'indicatori di performance',
    'kpi', 'indicator', 'indicators', 'indicator name', 'indicator description', 'performance indicator',
    'key performance indicator', 'outcome indicator', '~measure', '~metric',
    'descrizione kpi', 'nome kpi', 'indicatore di efficacia', 'indicatore di efficienza',
    'indicatori di risultato', 'indicatore di output', 'descrizione della misura', 'measure name', 'metric name',
    'kpi name', 'kpi description', 'output indicator',
  ],
  algorithm: [
    'algoritmo', 'algoritmo di calcolo', 'formula', 'formula di calcolo', 'modalita di calcolo', 'metodo di calcolo',
    'metodologia di calcolo', 'modalita di misurazione', 'calcolo', 'calculation', 'calculation method',
    'formula used', 'computation', '~method',
    'regola di calcolo', 'formula indicatore', 'formula dell indicatore', 'descrizione del calcolo',
    'modalita di calcolo dell indicatore', 'formula di misurazione', '~definizione', 'calculation formula',
    'calculation rule', 'how it is calculated', 'how measured', '~definition',
  ],
  target: [
    'target', 'targets', 'valore atteso', 'valori attesi', 'valore obiettivo', 'risultato atteso', 'risultati attesi',
    'valore target', 'target atteso', 'target programmato', 'valore programmato', 'valore previsto', 'traguardo',
    '^target rimodulato', '^target ridefinito', '^target aggiornato', '^target rivisto', '^revised target',
    '~target iniziale', '~target originario', 'target anno', 'expected value', 'expected result', 'expected outcome',
    '~goal', '~goals', 'target value', 'planned value',
    'target annuale', 'target finale', 'target previsto', 'target di riferimento', 'valore atteso al 31 12',
    'risultato programmato', 'livello atteso', 'obiettivo atteso', 'standard atteso', '~standard', 'valore da raggiungere',
    'target level', 'annual target', 'planned target', 'expected level', 'target to achieve', 'goal value',
  ],
  result: [
    'risultato', 'risultati', 'risultato raggiunto', 'risultati raggiunti', 'risultato conseguito',
    'risultato ottenuto', 'risultato al 31 12', 'risultato finale', 'consuntivo', 'valore consuntivo',
    'valore a consuntivo', 'dato consuntivo', 'valore rilevato', 'valore misurato', 'valore raggiunto',
    'valore effettivo', 'valore conseguito', 'valore al 31 12', 'dato al 31 12', 'dato rilevato', 'al 31 12',
    'al 31 dicembre', 'dato al 31 dicembre', '~stato di attuazione', 'misurazione', 'rendicontazione', 'actual',
    'actuals', 'actual value', 'result', 'results', 'outcome', 'achieved value', 'measured value', 'value achieved',
    'value at 31 12', 'raggiunto', 'realizzato', 'realizzata', 'conseguito', 'effettivo',
    'rilevato', 'valore realizzato', 'performance realizzata', 'achieved',
    'risultato effettivo', 'risultato rilevato', 'risultato misurato', 'risultato a consuntivo', 'valore ottenuto',
    'valore finale', 'dato finale', 'dato effettivo', 'dato a consuntivo', 'consuntivo al 31 12', 'valore registrato',
    'esito della misurazione', 'valore di risultato', 'valore indicatore', 'valore dell indicatore',
    'valore calcolato', '~risultato calcolato', 'actual result', 'actual results', 'achieved result', 'result achieved',
    'final value', 'observed value', 'reported value', '~outturn', 'indicator value',
  ],
  stated: [
    'percentuale di raggiungimento', 'percentuale raggiungimento', 'grado di raggiungimento', 'grado raggiungimento',
    '% raggiungimento', '% di raggiungimento', 'raggiungimento', 'raggiungimento %', 'livello di raggiungimento',
    'raggiungimento target', 'raggiungimento obiettivo', '% raggiungimento target', 'grado di realizzazione',
    'percentuale di realizzazione', '% di realizzazione', 'grado di conseguimento', 'target raggiunto',
    'obiettivo raggiunto', 'achievement', 'achievement %', '% achievement', '% achieved', 'attainment',
    'percent achieved', 'degree of achievement',
    'stated achievement', 'stated achievement %', 'declared achievement', 'reported achievement', '% conseguimento',
    '% di conseguimento', 'percentuale di conseguimento', 'percentuale conseguimento', 'grado di raggiungimento dichiarato',
    'raggiungimento dichiarato', 'percentuale di raggiungimento dichiarata', '% raggiungimento dichiarata',
    'grado di attuazione', 'percentuale di attuazione', '% attuazione', '% di attuazione', 'livello di conseguimento',
    'tasso di raggiungimento', 'indice di raggiungimento', 'grado di realizzazione %', 'achievement rate',
    'achievement level', 'rate of achievement', 'percentage achieved', 'attainment %', 'degree of attainment',
    '% of target achieved', 'target achievement', 'target achievement %', '% target achieved',
  ],
  weight: [
    'peso', 'pesi', 'peso %', 'peso indicatore', 'peso obiettivo', 'peso percentuale', 'ponderazione', 'weight',
    'weights', 'weight %', 'weighting',
    'peso ponderale', 'peso relativo', '~incidenza', 'incidenza %', 'incidenza percentuale', 'relative weight',
    'weighting %',
  ],
  numerator: ['numeratore', '=num', 'valore numeratore', 'valore al numeratore', 'dato numeratore', 'numerator', 'numerator value'],
  denominator: ['denominatore', '=den', 'valore denominatore', 'valore al denominatore', 'dato denominatore', 'denominator', 'denominator value'],
  unit: [
    'servizio', 'servizi', 'unita organizzativa', 'unita organizzative', '=uo', '=u o', 'ufficio', 'uffici',
    'responsabile', 'responsabili', 'struttura', 'struttura responsabile', 'settore', 'area responsabile',
    'centro di responsabilita', 'dirigente', 'dirigente responsabile', 'unit', 'organisational unit',
    'organizational unit', 'owner', 'responsible', 'department', 'office',
  ],
  notes: [
    'note', 'nota', 'commento', 'commenti', 'osservazioni', 'motivazione', 'motivazioni', 'giustificazione',
    'note scostamento', 'analisi scostamento', 'motivazione scostamento', 'cause scostamento', 'notes', 'comment',
    'comments', 'remarks',
  ],
  baseline: [
    'baseline', 'valore di partenza', 'valore iniziale', 'valore base', 'valore di base', 'serie storica',
    'anno precedente', 'valore anno precedente', 'dato anno precedente', 'consuntivo anno precedente',
    'risultato anno precedente', 'dato storico', 'valore storico', 'valore n 1', 'anno n 1', 'starting value',
    'base value', 'prior year', 'previous year', 'last year',
    'dato di partenza', 'situazione di partenza', 'livello di partenza', 'valore anno base', 'valore t0', 'anno base',
    'baseline value', 'starting point', 'base year value',
  ],
  ignore: [
    'valutazione oiv', 'valutazione', 'oiv', 'punteggio', 'punteggio oiv', 'score', 'unita di misura', 'udm', '=u m',
    'unit of measure', 'unit of measurement', 'polarita', 'polarity', 'direzione', 'fonte', 'fonti', 'fonte dati',
    'fonte del dato', 'fonte dei dati', 'source', 'data source', 'tipologia', 'tipologia indicatore',
    'tipo indicatore', 'tipo', 'type', 'indicator type', 'periodicita', 'frequenza', 'frequency', 'stato', 'status',
    'soglia', 'threshold', 'flag', '=oc', '=new', 'ambito', 'area', 'programmazione', 'pianificazione',
    'monitoraggio', 'previsione', 'performance', 'anno di riferimento', 'scostamento', 'scostamenti', 'differenza',
    'variance', 'delta', 'trend',
    // false friends: near the words of a role, but not that role
    'punteggio conseguito', 'punteggio attribuito', 'valore soglia', 'soglia minima', 'scostamento %',
    'valutazione dichiarata', 'giudizio', 'motivazione oiv', 'grado di raggiungimento oiv', 'raggiungimento validato oiv',
    'score achieved', 'deviation', 'deviation %', 'rating',
    // Traguardo's own output column: never an input on a re-run
    'raggiungimento traguardo', 'achievement traguardo', 'traguardo',
  ],
};

/** Headers that name no role alone but take one from their group or year ("Valore", "2023", "%"). */
export const GENERIC_LABELS: ReadonlySet<string> = new Set(['', 'valore', 'valori', 'value', 'values', 'dato', 'anno', 'year', '%', 'percentuale', 'grado', 'n 1']);

/** A second reading of an ambiguous header, used when its first role is already taken ("Goal" beside "Target"). */
export const ALTERNATE_CLASS: Readonly<Record<string, HeaderClass>> = {
  goal: 'objective',
  goals: 'objective',
};
