import { parseDatePrefix } from '../date/parseDate';
import { foldKeepLength } from '../target/readValue';

/** Why a date of a narrative was (or was not) taken as the result's date. */
export const DATE_REASONS = ['completion-verb', 'reference-date', 'in-parentheses'] as const;
export type DateReason = (typeof DATE_REASONS)[number];

export interface DateCandidate {
  date: string;
  token: string;
  start: number;
  score: number;
  /** Evidence as codes, rendered per language by the result-from-narrative rule. */
  reasons: DateReason[];
}

const DONE_CUE = /(?:in data|il giorno|messo on line il|messa on line il|on line il|pubblicat[oa] il|inviat[oa] (?:in data |il )?|trasmess[oa] (?:in data |il )?|approvat[oa] (?:in data |il )?|attivat[oa] (?:il |in data )?|avvio effettivo e stato il|completat[oa] (?:il |in data )?|rilasciat[oa] (?:il |in data )?|on|dated)\s*$/;
const NOT_DONE_CUE = /(?:e-mail del|email del|mail del|nota del|prot\.?.{0,12}del|determina.{0,20}del|delibera.{0,20}del|dell'|scadenza|entro|termine|previst[oa]|richiesta.{0,30}del|calcolato al|aggiornamento)\s*$/;

/**
 * Find the date a result narrative says something was done on. Dates after "in data", "messo on line il" score
 * up; dates of e-mails, deliberations and deadlines score down. Confident only with a clear winner. `foldedText` is
 * `foldKeepLength(text)` when the caller has it already.
 */
export function readDates(
  text: string, year: number, masked: Array<[number, number]>, foldedText?: string,
): { best: DateCandidate | null; candidates: DateCandidate[]; confident: boolean } {
  const folded = foldedText ?? foldKeepLength(text);
  const out: DateCandidate[] = [];
  const starts = /(?:^|[^\d/])(?=\d)/g;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(folded))) {
    const at = m.index + m[0].length;
    if (starts.lastIndex <= m.index) starts.lastIndex = m.index + 1; // zero-length match: always move on
    if (masked.some(([a, b]) => at >= a && at < b)) continue;
    const p = parseDatePrefix(folded.slice(at), year);
    if (!p || !p.ok) continue;
    if (!/[/.-]/.test(p.value.token) && !/[a-z]/.test(p.value.token)) continue;
    const before = folded.slice(Math.max(0, at - 40), at);
    const c: DateCandidate = { date: p.value.date, token: text.slice(at, at + p.value.token.length), start: at, score: 1, reasons: [] };
    if (DONE_CUE.test(before)) {
      c.score += 2;
      c.reasons.push('completion-verb');
    }
    if (NOT_DONE_CUE.test(before)) {
      c.score -= 3;
      c.reasons.push('reference-date');
    }
    const open = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (open > 0) {
      c.score -= 0.5;
      c.reasons.push('in-parentheses');
    }
    out.push(c);
    starts.lastIndex = at + p.value.token.length;
  }
  out.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = out[0] ?? null;
  const rival = out.find((c) => best && c.date !== best.date);
  // The only date of the text counts unless something marks it as a reference date.
  const confident = best !== null && (rival ? best.score >= 1 && best.score - rival.score >= 1.5 : best.score > 0);
  return { best, candidates: out, confident };
}
