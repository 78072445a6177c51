import { serialToDate } from '../excelSerial';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MESI = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const GIORNI = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];

/** True when a format section (quotes and brackets removed) shows a date or a time. */
export function isDateSection(bare: string): boolean {
  return /[dyhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Render an Excel serial number with a date/time format section ("dd/mm/yyyy", "d-mmm-yy", "h:mm AM/PM"); month
 * and day names in English, or in Italian with `lang` 'it' ("31-dic-23").
 */
export function formatDate(serial: number, section: string, date1904 = false, lang?: 'it' | 'en'): string {
  const months = lang === 'it' ? MESI : MONTHS;
  const days = lang === 'it' ? GIORNI : DAYS;
  const d = serialToDate(serial, date1904);
  const parts = {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    day: d.getUTCDate(),
    wd: d.getUTCDay(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
  const ampm = /AM\/PM|A\/P/i.test(section);
  const tokens = tokenize(section);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.literal) {
      out += t.text;
      continue;
    }
    const lower = t.text.toLowerCase();
    const ch = lower[0];
    const n = lower.length;
    if (ch === 'y') out += n <= 2 ? pad(parts.y % 100, 2) : String(parts.y);
    else if (ch === 'd') out += n === 1 ? String(parts.day) : n === 2 ? pad(parts.day, 2) : n === 3 ? (days[parts.wd] as string).slice(0, 3) : (days[parts.wd] as string);
    else if (ch === 'h') {
      const h = ampm ? ((parts.h + 11) % 12) + 1 : parts.h;
      out += n >= 2 ? pad(h, 2) : String(h);
    } else if (ch === 's') out += n >= 2 ? pad(parts.s, 2) : String(parts.s);
    else if (ch === 'm') {
      if (isMinute(tokens, i)) out += n >= 2 ? pad(parts.mi, 2) : String(parts.mi);
      else {
        const name = months[parts.mo] as string;
        out += n === 1 ? String(parts.mo + 1) : n === 2 ? pad(parts.mo + 1, 2) : n === 3 ? name.slice(0, 3) : n === 4 ? name : name.slice(0, 1);
      }
    } else if (lower === 'am/pm') out += parts.h < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += parts.h < 12 ? 'A' : 'P';
    else out += t.text;
  }
  return out;
}

interface Token {
  text: string;
  literal: boolean;
}

function tokenize(section: string): Token[] {
  const out: Token[] = [];
  const re = /"[^"]*"?|\\.|_.|\*.|AM\/PM|A\/P|y+|m+|d+|h+|s+|./gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(section)) !== null) {
    const text = m[0];
    if (text.startsWith('"')) out.push({ text: text.replace(/"/g, ''), literal: true });
    else if (text.startsWith('\\') && text.length === 2) out.push({ text: text.slice(1), literal: true });
    else if (text.startsWith('_') && text.length === 2) out.push({ text: ' ', literal: true });
    else if (text.startsWith('*') && text.length === 2) continue;
    else out.push({ text, literal: !/^(AM\/PM|A\/P|[ymdhs]+)$/i.test(text) });
  }
  return out;
}

/** An "m" is minutes right after an hour or right before a second, else a month. */
function isMinute(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.literal) continue;
    if (/^h/i.test(t.text)) return true;
    break;
  }
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.literal) continue;
    return /^s/i.test(t.text);
  }
  return false;
}
