import type { Issue, IssueCode } from '../issues';

const at = (i: Issue): string => (i.cell ? `${i.cell}: ` : '');
const q = (s: string | undefined): string => `'${s ?? ''}'`;
const p = (i: Issue, k: string): string => String(i.params?.[k] ?? '');

/** Italian messages, one per finding code (a missing code fails to compile). */
export const messagesIt: Record<IssueCode, (i: Issue) => string> = {
  'ambiguous-number': (i) => `${at(i)}il numero ${q(i.received)} è ambiguo in notazione italiana; letto come ${i.expected}. Usare la virgola per i decimali (0,18).`,
  'unreadable-number': (i) => `${at(i)}${q(i.received)} non è un numero leggibile; atteso ${i.expected ?? 'un numero'}.`,
  'invalid-date': (i) => `${at(i)}la data ${q(i.received)} non esiste; attesa una data reale (gg/mm/aaaa).`,
  'missing-target': (i) => `${at(i)}target mancante: indicare il valore atteso.`,
  'unrecognized-target': (i) => `${at(i)}il target ${q(i.received)} non è riconosciuto; atteso un comparatore e un valore ("≥ 0,21"), una scadenza ("entro il 31/12/2023") o "zero".`,
  'target-year-missing': (i) => `${at(i)}target ${p(i, 'year')} non trovato: la cella contiene solo ${p(i, 'years')}.`,
  'target-reference-unresolved': (i) => `${at(i)}il target ${q(i.received)} non è valutabile dal foglio; indicare il valore di riferimento.`,
  'target-revised': (i) => `${at(i)}target rivisto (${p(i, 'via')}): ${i.received ?? ''} → ${i.expected ?? ''}; si usa l'ultimo valore.`,
  'target-ambiguous-revision': (i) => `${at(i)}la cella menziona una possibile revisione (${q(i.received)}) non applicata; target usato: ${i.expected ?? ''}.`,
  'target-unit-mismatch': (i) => `${at(i)}unità del risultato (${i.received ?? ''}) diversa da quella del target (${i.expected ?? ''}).`,
  'target-partly-read': (i) => `${at(i)}letto solo in parte: dopo ${q(i.expected)} resta ${q(i.received)}, che può cambiarne il senso (${p(i, 'reason') === 'number' ? 'un altro numero' : `«${p(i, 'reason')}»`}); verificare il target.`,
  'target-parts': (i) => `${at(i)}il target ha ${p(i, 'count')} parti (${i.received ?? ''}): vanno raggiunte tutte; ${i.expected === 'unread' ? 'il risultato non dà un valore per ciascuna' : `raggiungimento calcolato come ${i.expected === 'min' ? 'il minimo' : 'la media'} delle parti`}.`,
  'direction-inferred': (i) => `${at(i)}il target ${q(i.received)} non ha comparatore: letto come "${i.expected ?? ''}" (${p(i, 'reason') === 'unit' ? 'un tempo: meno è meglio' : "dall'algoritmo: meno è meglio"}).`,
  withdrawn: (i) => `${at(i)}indicatore cassato o soppresso: escluso dal calcolo.`,
  'missing-result': (i) => `${at(i)}risultato mancante.`,
  'unrecognized-result': (i) => `${at(i)}nel risultato ${q(i.received)} non si trova ${i.expected === 'a date' ? 'una data' : 'un valore misurato'}; indicarlo in forma numerica.`,
  'result-ambiguous': (i) => i.params?.reason
    ? `${at(i)}il risultato ${i.received ?? ''} sembra una frazione: letto come ${i.expected ?? ''}.`
    : `${at(i)}il testo del risultato contiene più valori (${p(i, 'candidates')}): non è chiaro quale sia il risultato; indicarlo in forma numerica.`,
  'result-from-narrative': (i) => `${at(i)}risultato letto dal testo: ${q(i.received)} (${p(i, 'reason')}).`,
  'result-not-available': (i) => `${at(i)}risultato non disponibile (${q(i.received)}).`,
  'ratio-mismatch': (i) => `${at(i)}il valore ${i.received ?? ''} non corrisponde al rapporto ${i.expected ?? ''} (${p(i, 'computed')}%).`,
  'division-by-zero': (i) => `${at(i)}rapporto ${q(i.received)} con denominatore zero.`,
  'baseline-missing': (i) => `${at(i)}serve il valore dell'anno precedente (baseline) per calcolare ${p(i, 'rule')}.`,
  'ratio-meaningless': (i) => `${at(i)}con valori negativi o nulli il rapporto non ha senso: non valutabile senza baseline.`,
  'deadline-without-date': (i) => `${at(i)}target a scadenza ma il risultato non indica una data (${q(i.received)}).`,
  'kind-mismatch': (i) => `${at(i)}il risultato ${q(i.received)} non è del tipo atteso dal target (${i.expected ?? ''}).`,
  'stated-mismatch': (i) => `${at(i)}raggiungimento dichiarato ${p(i, 'statedText')} diverso da quello calcolato ${p(i, 'computedText')}.`,
  'stated-unreadable': (i) => `${at(i)}la percentuale di raggiungimento dichiarata ${q(i.received)} non è leggibile.`,
  'below-threshold': (i) => `${at(i)}sotto la soglia minima del ${i.expected ?? ''}%: raggiungimento azzerato.`,
  'malformed-input': (i) => `riga non valida: ${i.received ?? ''}.`,
  'no-header-row': (i) => `${at(i)}riga di intestazione non trovata: indicare le colonne Indicatore, Target e Risultato.`,
  'role-missing': (i) => `colonna "${i.expected ?? ''}" non trovata: sceglierla nel riquadro.`,
  'role-low-confidence': (i) => `colonna "${i.expected ?? ''}" riconosciuta con poca sicurezza (${i.received ?? ''}): verificarla.`,
  'year-column-missing': (i) => `nessuna colonna per l'anno ${i.expected ?? ''}: ${i.received ?? ''}.`,
  'weight-invalid': (i) => `${at(i)}peso ${q(i.received)} non valido: atteso un numero ≥ 0.`,
  'meta-indicator': (i) => `${at(i)}metaindicatore: ${i.received ?? ''}.`,
  'host-error': (i) => `Excel ha rifiutato l'operazione (${p(i, 'code')})${i.received ? `: ${i.received}` : ''}. Il foglio non è stato modificato.`,
};
