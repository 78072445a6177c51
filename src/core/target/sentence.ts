import { base, deadlineInside, noteOf } from './parseExpression';
import type { Expression, ExpressionContext } from './parseExpression';
import { foldKeepLength, readValue } from './readValue';
import type { TargetChange } from './target.types';

/**
 * Targets written as sentences (docs/target-grammar.md, "Targets in sentences"): a comparator anywhere in a short
 * sentence with the quantity it governs and its noun ("Partecipazione di almeno 12.500 dipendenti"), changes with
 * their base ("Incremento del 15% rispetto all'anno precedente", "Ulteriori 40 enti aderenti rispetto al 2022"),
 * shares of a whole ("Il 30 % dei comuni attiva il servizio"), ratios ("3 su 5"), deliverables ("Rilascio del nuovo
 * portale", yes/no, optionally with a deadline) and several quantities joined by "e" (sub-targets). What is left
 * after the value and may change its meaning (another number, "di cui", "per ciascun") is reported, never dropped.
 *
 * Every pattern here is anchored or bounded: the text is scanned once per start word, never backtracked over.
 */

type Reader = (text: string, ctx: ExpressionContext) => Expression | null;

/** Sentences longer than this are prose, not targets: only the narrow front reading is tried. */
const MAX_SENTENCE = 240;

/** Words that start a comparator phrase, where one may begin inside a sentence. */
const COMPARATOR_START = /(?:^|[\s(,;:])(almeno|non|maggiore|minore|superiore|inferiore|pari|uguale|fino|entro|oltre|piu|meno|minimo|massimo|max|min|sotto|sopra|at|no|not|more|less|greater|higher|lower|above|below|over|under|up|within|equal|exactly|[<>=])(?![a-z])/g;
/** A change phrase anywhere ("… con un incremento del 15% …"). */
const CHANGE_AT = /\b(?:incremento|aumento|crescita|miglioramento|riduzione|diminuzione|calo|decremento|contrazione|abbattimento|ridurre|diminuire|aumentare|incrementare|accrescere|increase|reduction|decrease|growth|improvement|reduce)\s+(?:dell'|del|dello|della|dei|degli|delle|di|pari al|pari a|of|by)?\s*(?=[+-]?\s?(?:n\.\s*)?\d)/;
const DECREASE = /^(?:riduzione|diminuzione|calo|decremento|contrazione|abbattimento|ridurre|diminuire|reduction|decrease|reduce)/;
/** A change word, its value further on ("riduzione dell'arretrato di almeno il 20%"). */
const CHANGE_WORD = /\b(incremento|aumento|crescita|miglioramento|riduzione|diminuzione|calo|decremento|contrazione|abbattimento|innalzamento|abbassamento|ridurre|diminuire|aumentare|incrementare|accrescere|increase|reduction|decrease|growth|improvement|reduce)\b/;
const CHANGE_BY = /(?:^|\s)(?:di|del|dello|della|pari al|pari a|by|of)\s+(?:(?:almeno|non meno di|oltre|at least|no less than)\s+)?(?:il\s+|l')?(?=[+-]?\s?\d)/;
/** A range inside a sentence ("… tra l'85% e il 95%"). */
const RANGE_AT = /(?:^|\s)(?:compres[oa] tra|tra|fra|between|dal|from)\s+(?=(?:il\s+|l'|lo\s+)?[+-]?\d)/;
/** "Ulteriori 40 enti", "altri 3 corsi", "further 5 partners": an absolute increment. */
const FURTHER = /(?:^|\s)(?:ulterior[ei]|altr[ie]|nuov[ie]|in piu|additional|further|another|more)\s+(?=(?:n\.\s*)?\d)/;
/** An article before the value ("Il 30 % dei comuni", "La metà" is not read). */
const ARTICLE = /^(?:il|la|lo|l'|i|gli|le|the)\s*(?=[+-]?\d)/;
/** "Realizzazione di 3 eventi", "Organizzazione di n. 4 webinar", "Delivery of 3 workshops": a count after words and "di". */
const COUNT_AFTER_WORDS = /^([a-z' ]{3,60}?)\s(?:di|del|dei|degli|delle|n\.|nr\.?|of|pari a|pari al)\s*(?=(?:n\.\s*)?\d)/;
/** Deliverables: something to be released, adopted, approved, published, started… */
const DELIVERABLE = /^(?:(?:il|la|lo|l'|the)\s*)?(?:rilascio|adozione|approvazione|pubblicazione|avvio|attivazione|realizzazione|completamento|predisposizione|redazione|definizione|implementazione|aggiornamento|messa in (?:esercizio|produzione|linea|opera)|entrata in esercizio|sottoscrizione|stipula|invio|trasmissione|consegna|emanazione|costituzione|istituzione|migrazione|revisione|elaborazione|presentazione|approntamento|release|adoption|approval|publication|launch|delivery|completion|implementation|go-live|rollout|roll-out)\b/;
/** "entro il 2024", "entro l'anno", "entro fine anno", "by the end of 2024": the end of a year. */
const YEAR_END = /\b(?:entro|by)\s+(?:il\s+|l'anno\s+|la fine del(?:l'anno)?\s+|fine\s+|the end of\s+)?((?:19|20)\d\d)\b|\b(?:entro (?:l'anno|fine anno|la fine dell'anno|l'anno in corso)|by (?:the )?(?:end of the )?year)\b/;
/** A target only considered, not set. */
const HEDGE = /\b(?:si valutera|valutare|valutera|eventual[ei]|eventualmente|potra|potrebbe|possibile|proposta|proposto|ipotesi|ipotizzat[oa]|may|might|possible|proposed)\b/;
/** "Da definire entro il 2024": a target still to be set. */
const UNDEFINED = /\b(?:da definire|da stabilire|da individuare|da quantificare|non definit[oa]|tbd|to be defined)\b/;
/** The base of a change ("rispetto al 2022", "rispetto all'anno precedente", "rispetto al valore di 120"). */
const BASE = /(?:^|\s)(?:rispetto (?:al|allo|alla|ai|agli|alle|all'|a)|in piu rispetto a|sul|sulla|sull'|compared (?:to|with)|than|vs\.?|over)\s*/;
const PREVIOUS = /^(?:l'|la |il |the )?(?:anno precedente|anno n-1|annualita precedente|previous year|last year|prior year)\b/;
const BASELINE = /^(?:la |il |l'|the )?(?:baseline|valore (?:di partenza|iniziale|base|di riferimento)|dato (?:di partenza|iniziale|base)|base)\b/;
/** Words left after the value that change its meaning. */
const RISKY = /(?:^|\s)(di cui|per ciascun[oa]?|per ogni|ciascun[oa]|cadauno|ognuno|pro capite|per (?:trimestre|semestre|mese|bimestre|quadrimestre|settimana|quarter|month|week|dipendente|addetto|ricercatore|docente|studente|sede|ufficio|struttura|unita|persona|comune|impresa|utente|capita|head|employee)|of which|for each|each|su|out of)(?=\s|$|[.,;])/;

/**
 * Read a target from a line: the narrow front reading first ("≥ 90%", "entro il 31/12/2023"), then the sentence
 * forms. Returns null when nothing target-like is found.
 */
export function readSentence(text: string, ctx: ExpressionContext, front: Reader): Expression | null {
  const direct = front(text, ctx);
  if (direct) {
    // "Mantenimento del livello di soddisfazione ≥ 85%": a value stated later wins over "keep the level"
    if (direct.reference !== null && direct.value === null && text.length <= MAX_SENTENCE) {
      const later = sentence(text, ctx, front);
      if (later && later.value !== null) return later;
    }
    return enrich(direct, ctx, front);
  }
  const inside = deadlineInside(text, ctx);
  if (inside) {
    const lead = inside.notes[0] ?? '';
    const risky = leftoverRisk(lead);
    const out = risky ? { ...inside, partly: { text: lead, reason: risky } } : inside;
    return DELIVERABLE.test(foldKeepLength(lead)) ? { ...out, deliverable: lead } : out;
  }
  if (text.length > MAX_SENTENCE) return null;
  return sentence(text, ctx, front);
}

function sentence(text: string, ctx: ExpressionContext, front: Reader): Expression | null {
  const folded = foldKeepLength(text);
  // "si valuterà se fattibile un incremento del 10%": a target only considered is no target (parseTarget warns)
  if (HEDGE.test(folded)) return null;
  // "Il 30 % dei comuni …"
  const art = ARTICLE.exec(folded.trimStart());
  if (art) {
    const lead = text.length - text.trimStart().length + art[0].length;
    const e = front(text.slice(lead), ctx);
    if (e && e.value !== null) return enrich(e, ctx, front);
  }
  // "… incremento del 15% rispetto all'anno precedente"
  const ch = CHANGE_AT.exec(folded);
  if (ch) {
    const e = front(text.slice(ch.index), ctx);
    if (e && e.kind === 'delta') return withPrefix(enrich(e, ctx, front), text.slice(0, ch.index));
  }
  // "Riduzione dell'arretrato di almeno il 20%", "Incremento di almeno 3 punti percentuali rispetto al 2023"
  const cw2 = CHANGE_WORD.exec(folded);
  if (cw2) {
    const tail = folded.slice(cw2.index + cw2[0].length);
    const by = CHANGE_BY.exec(tail);
    // "riduzione del tasso di assenza al di sotto del 5%": a level to reach, not an amount of change
    if (by && !/(?:sotto|sopra|fino|entro|livello|quota|valore)\s*$/.test(tail.slice(0, by.index))) {
      const at = cw2.index + cw2[0].length + by.index + by[0].length;
      const v = readValue(text.slice(at), ctx.locale);
      if (v) {
        const sign = DECREASE.test(cw2[1] ?? '') ? -1 : 1;
        const pts = /punt|p\.\s?p|pp$|point/i.test(v.value.token);
        const e: Expression = {
          ...base(), kind: 'delta', explicit: true, value: sign * Math.abs(v.value.value), unit: v.value.unit, token: text.slice(cw2.index, at).trim() + ' ' + v.value.token,
          notes: noteOf(v.rest, []), rest: v.rest, ambiguous: v.value.ambiguous,
          change: { measure: pts ? 'points' : v.value.unit === 'percent' ? 'relative' : 'absolute', base: null, baseValue: null, baseText: null },
        };
        const between = text.slice(cw2.index + cw2[0].length, cw2.index + cw2[0].length + by.index);
        const out = withPrefix(enrich(e, ctx, front), text.slice(0, cw2.index));
        const noun = nounOf(foldKeepLength(between));
        return noun && !out.noun ? { ...out, noun } : out;
      }
    }
  }
  // "Tasso di occupazione tra l'85% e il 95%"
  const rg = RANGE_AT.exec(folded);
  if (rg) {
    const e = front(text.slice(rg.index), ctx);
    if (e && e.kind === 'range') return withPrefix(e, text.slice(0, rg.index));
  }
  // "Ulteriori 40 enti aderenti rispetto al 2022"
  const fu = FURTHER.exec(folded);
  if (fu) {
    const at = fu.index + fu[0].length;
    const v = readValue(text.slice(at), ctx.locale);
    if (v) {
      const e: Expression = {
        ...base(), kind: 'delta', explicit: true, value: Math.abs(v.value.value), unit: v.value.unit, token: text.slice(fu.index, at).trim() + ' ' + v.value.token,
        notes: noteOf(v.rest, []), rest: v.rest, ambiguous: v.value.ambiguous,
        change: { measure: v.value.unit === 'percent' ? 'points' : 'absolute', base: null, baseValue: null, baseText: null },
      };
      return withPrefix(enrich(e, ctx, front), text.slice(0, fu.index));
    }
  }
  // "Partecipazione di almeno 12.500 dipendenti", "Tempo di risposta entro 30 giorni"
  // symbols first ("Copertura over 65 ≥ 75%": the comparator is "≥"), then words, leftmost first
  const starts: RegExpExecArray[] = [];
  COMPARATOR_START.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = COMPARATOR_START.exec(folded))) starts.push(s);
  starts.sort((a, b) => Number(/^[<>=]$/.test(b[1] ?? '')) - Number(/^[<>=]$/.test(a[1] ?? '')) || a.index - b.index);
  for (const m of starts) {
    const at = m.index + m[0].length - (m[1] ?? '').length;
    const e = front(text.slice(at), ctx);
    const yearOnly = e !== null && e.unit === null && e.value !== null && Number.isInteger(e.value) && e.value >= 1900 && e.value <= 2100 && e.rest !== undefined && !/^\s*[\d.,]/.test(e.rest);
    if (e && yearOnly && /^(?:entro|fino|within|up|by)/.test(m[1] ?? '')) continue;
    if (e && yearOnly) {
      // "Valore ≥ 2023": the value of that year, not the number 2023
      const ref = e.value === ctx.year - 1 ? 'valore anno precedente' : `valore ${e.value}`;
      return withPrefix({ ...e, value: null, reference: ref, notes: noteOf(e.rest ?? '', []) }, text.slice(0, at));
    }
    if (e && e.explicit && (e.value !== null || e.date !== null || e.reference !== null)) {
      return withPrefix(enrich(e, ctx, front), text.slice(0, at));
    }
  }
  // "Realizzazione di 3 eventi formativi"
  const cw = COUNT_AFTER_WORDS.exec(folded.trimStart());
  if (cw) {
    const lead = text.length - text.trimStart().length + cw[0].length;
    const e = front(text.slice(lead), ctx);
    if (e && e.value !== null && e.kind !== 'deadline') return withPrefix(enrich(e, ctx, front), text.slice(0, lead));
  }
  // "Realizzazione 100% delle attività programmate": an action noun, then the quantity
  if (DELIVERABLE.test(folded.trimStart())) {
    const v = /^[a-z' ]{3,40}?\s(?=(?:n\.\s*)?\d)/.exec(folded.trimStart());
    if (v) {
      const lead = text.length - text.trimStart().length + v[0].length;
      const e = front(text.slice(lead), ctx);
      if (e && e.value !== null && e.kind !== 'deadline' && !(e.unit === null && e.value >= 1900 && e.value <= 2100)) return withPrefix(enrich(e, ctx, front), text.slice(0, lead));
    }
  }
  // "Tasso di copertura 95-100%", "Numero imprese assistite 150": a label, then the value that ends the cell
  const lv = /^[a-z' ]{3,80}?\s(?=[+-]?\d[\d.,]*\s*(?:%|gg|giorni|ore|€|euro)?\s*(?:[-–]\s*\d[\d.,]*\s*%?)?\s*$)/.exec(folded.trimStart());
  if (lv && !UNDEFINED.test(folded) && !CHANGE_WORD.test(lv[0])) {
    const lead = text.length - text.trimStart().length + lv[0].length;
    const e = front(text.slice(lead), ctx);
    if (e && e.value !== null && e.kind !== 'deadline' && !(e.unit === null && e.value >= 1900 && e.value <= 2100)) return withPrefix(e, text.slice(0, lead));
  }
  // "Incremento rispetto al 2023", "Riduzione rispetto all'anno precedente": above / below the previous value
  const dir = /^\s*(incremento|aumento|crescita|riduzione|diminuzione|calo|decremento|increase|reduction|decrease)\s+(?:[a-z']+\s+){0,4}?(?=rispetto|compared|than|sul|sull')/.exec(folded);
  if (dir && !/\d/.test(folded.replace(/\b(?:19|20)\d\d\b/g, ''))) {
    const b = BASE.exec(folded.slice(dir[0].length - 1));
    const after = b ? folded.slice(dir[0].length - 1 + b.index + b[0].length) : '';
    const year = /^(?:l'anno\s+|il\s+|anno\s+)?((?:19|20)\d\d)\b/.exec(after);
    const previous = PREVIOUS.test(after) || (year !== null && Number(year[1]) === ctx.year - 1);
    const ref = previous ? 'anno precedente' : BASELINE.test(after) ? 'baseline' : text.slice(dir[0].length).trim();
    return { ...base(), kind: DECREASE.test(dir[1] ?? '') ? 'below' : 'above', explicit: true, reference: ref, token: text.trim() };
  }
  // "Rilascio del nuovo portale", "Adozione del Piano entro il 2024"
  if (DELIVERABLE.test(folded.trimStart())) {
    const ye = YEAR_END.exec(folded);
    const noYears = folded.replace(/\b(?:19|20)\d\d\b/g, '');
    if (/\d/.test(noYears)) return null;
    const what = (ye ? text.slice(0, ye.index) : text).trim().replace(/[.;,]$/, '');
    if (ye) {
      const y = Number(ye[1] ?? ctx.year);
      return { ...base(), kind: 'deadline', explicit: true, date: `${y}-12-31`, unit: 'date', token: text.slice(ye.index, ye.index + ye[0].length).trim(), deliverable: what, notes: noteOf(text.slice(0, ye.index), []) };
    }
    return { ...base(), kind: 'yes-no', expected: true, token: text.trim(), deliverable: what };
  }
  // "entro l'anno", "entro il 2024" after other words (not "da definire entro il 2024": no target yet)
  const ye = YEAR_END.exec(folded);
  if (ye && !/\d/.test(folded.replace(/\b(?:19|20)\d\d\b/g, '')) && !UNDEFINED.test(folded)) {
    const y = Number(ye[1] ?? ctx.year);
    return { ...base(), kind: 'deadline', explicit: true, date: `${y}-12-31`, unit: 'date', token: text.slice(ye.index, ye.index + ye[0].length).trim(), notes: noteOf(text.slice(0, ye.index), []) };
  }
  return null;
}

function withPrefix(e: Expression, prefix: string): Expression {
  const p = prefix.trim().replace(/[\s,;:]+$/, '');
  if (!p) return e;
  return { ...e, notes: [p, ...e.notes], noun: e.noun ?? nounOf(foldKeepLength(p)) };
}

/** The noun a value counts, from the words after it ("iniziative di formazione nell'anno" → "iniziative di formazione"). */
function nounOf(words: string): string | null {
  if (RISKY.test(` ${words.trim().split(/\s+/).slice(0, 3).join(' ')}`) && /^\s*(?:di cui|per|ciascun|ognuno|of which|each|su|out)/.test(words)) return null;
  const w = words.trim().replace(/^(?:di|dei|degli|delle|del|della|dello|of|the)\s+/, '');
  const m = /^[a-z][a-z']*(?:\s+(?:di|del|della|dei|degli|delle|in|a|per|on|of)?\s*[a-z][a-z']*){0,3}/.exec(w);
  if (!m) return null;
  if (/^(?:rispetto|entro|nell|nel|nella|per il|per l'|vs|than|compared|by|within|almeno|non|at least)\b/.test(m[0])) return null;
  const cut = m[0].split(/\s+(?=rispetto|entro|nell|nel|nella|annu|anno|per il|per l'|per anno|all'anno|vs|than|compared|by|within|per year|a year|each year|every year)/)[0]?.trim() ?? '';
  return cut.length >= 3 ? cut : null;
}

/**
 * What follows the value: "su 5" (a ratio), "rispetto al 2022" (the base of a change), the noun, another quantity
 * joined by "e" (a sub-target), and anything else that may change the meaning (`partly`).
 */
function enrich(e: Expression, ctx: ExpressionContext, front: Reader): Expression {
  if (e.rest === undefined || e.kind === 'range' || e.kind === 'deadline' || e.kind === 'yes-no') return e;
  let rest = e.rest;
  let out: Expression = { ...e };
  // "3 su 5": a ratio target, in percent
  const su = /^\s*(?:[a-z\u00e0-\u00f9']+\s+){0,3}(?:su|out of|of)\s+(?:un totale di\s+|n\.\s*)?(?=\d)/i.exec(rest);
  if (su && out.value !== null && out.unit !== 'percent') {
    const d = readValue(rest.slice(su[0].length), ctx.locale);
    if (d && d.value.value > 0 && d.value.unit !== 'percent') {
      out = {
        ...out, ratio: { numerator: out.value as number, denominator: d.value.value }, value: (100 * (out.value as number)) / d.value.value, unit: 'percent',
        token: `${out.token} ${rest.slice(0, rest.length - d.rest.length).trim()}`,
      };
      rest = d.rest;
      out.notes = noteOf(rest, []);
    }
  }
  // several quantities joined by "e": sub-targets
  const join = /\s(?:e|ed|and|nonche|oltre a)\s+|\s*;\s*|,\s+(?=[^,]*\d)/i.exec(rest);
  if (join && /\d/.test(rest.slice(join.index + join[0].length)) && out.value !== null) {
    const right = readSentence(rest.slice(join.index + join[0].length), ctx, front);
    const leftRest = rest.slice(0, join.index);
    // "≥ 60% e ≤ 80%": a floor and a ceiling of the same unit are a range
    if (right && right.explicit && right.value !== null && out.value !== null && right.unit === out.unit && !right.parts
      && (out.kind === 'at-least' || out.kind === 'above') && (right.kind === 'at-most' || right.kind === 'below') && right.value > out.value) {
      return finishRest({ ...out, kind: 'range', high: right.value, token: `${out.token} … ${right.token}` }, right.rest ?? '', ctx);
    }
    // parts count different things ("3 webinar e 150 partecipanti"); "≥ 3; ≥ 4" with nothing named is not two parts
    const named = nounOf(foldKeepLength(leftRest)) !== null || (right?.noun ?? null) !== null || right?.unit !== out.unit;
    if (right && right.value !== null && right.kind !== 'deadline' && named) {
      const left: Expression = { ...out, rest: leftRest, notes: noteOf(leftRest, []), noun: nounOf(foldKeepLength(leftRest)) };
      const r2: Expression = !right.explicit && out.explicit && right.unit === out.unit && (out.kind === 'at-least' || out.kind === 'at-most' || out.kind === 'above' || out.kind === 'below')
        ? { ...right, kind: out.kind, explicit: true } : right;
      const rightParts = r2.parts && r2.parts.length > 0 ? r2.parts : [r2];
      const leftDone = finishRest(left, leftRest, ctx);
      return { ...leftDone, parts: [leftDone, ...rightParts], notes: [...leftDone.notes, rest.slice(join.index).trim()], partly: leftDone.partly ?? rightParts.find((p) => p.partly)?.partly ?? null };
    }
  }
  return finishRest(out, rest, ctx);
}

/** Base of a change, the noun, and what is left that may change the meaning. */
function finishRest(e: Expression, rest: string, ctx: ExpressionContext): Expression {
  let out = e;
  let left = rest;
  const folded = foldKeepLength(rest);
  const b = BASE.exec(folded);
  if (b && (out.kind === 'delta' || out.change)) {
    const baseText = rest.slice(b.index).trim();
    const after = folded.slice(b.index + b[0].length);
    const change: TargetChange = out.change ?? { measure: null, base: null, baseValue: null, baseText: null };
    let kind: TargetChange['base'] = 'reference';
    let baseValue: number | null = null;
    const year = /^(?:l'anno\s+|il\s+|anno\s+|dato\s+(?:del\s+)?)?((?:19|20)\d\d)\b/.exec(after);
    if (PREVIOUS.test(after) || (year && Number(year[1]) === ctx.year - 1)) kind = 'previous-year';
    else if (BASELINE.test(after)) kind = 'baseline';
    else if (!year) {
      const v = /^(?:(?:al|il|del|di|a)\s+)?(?:valore|dato|livello)?\s*(?:di|del|pari a)?\s*(?=\d)/.exec(after);
      const n = v ? readValue(rest.slice(b.index + b[0].length + v[0].length), ctx.locale) : null;
      if (n) {
        kind = 'stated';
        baseValue = n.value.value;
      }
    }
    out = { ...out, change: { ...change, base: kind, baseValue, baseText } };
    left = rest.slice(0, b.index);
  }
  const noun = out.noun ?? nounOf(foldKeepLength(left));
  if (noun) out = { ...out, noun };
  const risky = leftoverRisk(left);
  return { ...out, partly: risky ? { text: left.trim(), reason: risky } : out.partly ?? null };
}

/** Why the text left after a value may change its meaning: another number, "di cui", "per ciascun"…; null when it may not. */
export function leftoverRisk(rest: string): string | null {
  // conditions that define what is counted do not change the quantity ("delle domande definite entro 60 giorni")
  const f = foldKeepLength(rest).replace(/\b(?:entro|within|in meno di|oltre)\s+(?:i\s+)?\d+\s*(?:gg|giorni|giorno|ore|mesi|days|hours|months)\b/g, ' ');
  // nor do years, dates ("nell'anno 2024", "entro il 31/12") and codes glued to letters ("N+3", "M1C1", "4.0")
  const bare = f.replace(/\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b/g, ' ').replace(/\b(?:19|20)\d\d\b/g, ' ')
    .replace(/[a-z][+-]?\d[\w.]*|\d+[a-z]\w*/g, ' ');
  if (/\d/.test(bare)) return 'number';
  const r = RISKY.exec(f);
  if (r) return r[1] as string;
  // "almeno 2 report entro il 30/06": a deadline besides the quantity (the end of the year changes nothing)
  const by = /(?:^|\s)(entro|by|within)\s+(?:il\s+|the\s+)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})|\s+([a-z]+))/.exec(f);
  if (by && !(by[2] === '31' && (by[3] === '12' || /^(?:dic|dec)/.test(by[4] ?? '')))) return by[1] as string;
  return null;
}
