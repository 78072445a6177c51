/** A calendar date read from text, as YYYY-MM-DD, with the rest of the text after it. */
export interface ParsedDate {
  date: string;
  /** True when the year was not written and the reference year filled it ("entro 31/7"). */
  yearFilled: boolean;
  token: string;
  rest: string;
}

export const MONTHS: Record<string, number> = {
  gennaio: 1, gen: 1, january: 1, jan: 1,
  febbraio: 2, feb: 2, february: 2,
  marzo: 3, mar: 3, march: 3,
  aprile: 4, apr: 4, april: 4,
  maggio: 5, mag: 5, may: 5,
  giugno: 6, giu: 6, june: 6, jun: 6,
  luglio: 7, lug: 7, july: 7, jul: 7,
  agosto: 8, ago: 8, august: 8, aug: 8,
  settembre: 9, set: 9, sett: 9, september: 9, sep: 9, sept: 9,
  ottobre: 10, ott: 10, october: 10, oct: 10,
  novembre: 11, nov: 11, november: 11,
  dicembre: 12, dic: 12, december: 12, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** True when day/month/year name a real date (31/02 is not one). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

const NUMERIC = /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?(?![\d/])/;
const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const NAMED = /^\s*(\d{1,2})(?:°|º)?\s+([a-zà-ù]+)\.?(?:\s+(\d{4}))?(?![\d])/i;
const MONTH_FIRST = /^\s*([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\d/])/i;
const MONTH_ONLY = /^\s*(?:fine\s+)?([a-zà-ù]+)(?:\s+(\d{4}))?(?![\d])/i;

/** Outcome of reading a date prefix: a date, an invalid date (shape right, calendar wrong), or nothing. */
export type DatePrefix = { ok: true; value: ParsedDate } | { ok: false; invalid: string } | null;

/**
 * Read a date at the start of `text`: "31/12/2023", "31/7" (the reference year fills the year), "31.12.23",
 * "2023-12-31", "19 dicembre 2023", "31 luglio", "March 15, 2024", "dicembre 2023" / "fine dicembre" (last day of the month).
 * A date of the right shape that does not exist ("31/02/2023") is `{ ok: false }`, never rolled over.
 *
 * @example
 * parseDatePrefix('31/7 ore 12', 2023) //=> { ok: true, value: { date: '2023-07-31', yearFilled: true, token: '31/7', rest: ' ore 12' } }
 */
export function parseDatePrefix(text: string, year: number): DatePrefix {
  let m = ISO.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), false, m[0], text);
  m = NUMERIC.exec(text);
  if (m) {
    const yRaw = m[3];
    const y = yRaw === undefined ? year : yRaw.length === 2 ? 2000 + Number(yRaw) : Number(yRaw);
    return build(y, Number(m[2]), Number(m[1]), yRaw === undefined, m[0], text);
  }
  m = NAMED.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month !== undefined) {
      const yRaw = m[3];
      return build(yRaw === undefined ? year : Number(yRaw), month, Number(m[1]), yRaw === undefined, m[0], text);
    }
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month !== undefined && (m[1] ?? '').length >= 3) {
      const yRaw = m[3];
      return build(yRaw === undefined ? year : Number(yRaw), month, Number(m[2]), yRaw === undefined, m[0], text);
    }
  }
  m = MONTH_ONLY.exec(text);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month !== undefined && (m[1] ?? '').length >= 3) {
      const y = m[2] === undefined ? year : Number(m[2]);
      const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
      return build(y, month, last, m[2] === undefined, m[0], text);
    }
  }
  return null;
}

function build(y: number, mo: number, d: number, yearFilled: boolean, token: string, text: string): DatePrefix {
  if (!isRealDate(y, mo, d)) return { ok: false, invalid: token.trim() };
  return { ok: true, value: { date: isoDate(y, mo, d), yearFilled, token: token.trim(), rest: text.slice(token.length) } };
}

/** Convert an Excel serial day number (1900 date system) to YYYY-MM-DD. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Days from date `a` to date `b` (both YYYY-MM-DD): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
}
