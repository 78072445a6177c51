import type { Lang } from '../../core/i18n/lang';
import type { CellValue } from '../../core/layout/grid.types';
import { formatDate, isDateSection } from './_lib/formatDate';

/** Formats repeat across a sheet: their sections and tokens are read once. */
const SECTIONS = new Map<string, string[]>();
const TOKENS = new Map<string, string[]>();

/** Built-in formats whose display follows the system locale: shown the Italian way. */
const LOCALE_FORMATS: Record<string, string> = { 'mm-dd-yy': 'dd/mm/yyyy', 'm/d/yy': 'dd/mm/yyyy', 'm/d/yy h:mm': 'dd/mm/yyyy h:mm' };
/**
 * The same in a display language, with the form Office.js reports the system short date in ("m/d/yyyy", its
 * numberFormat is en-US): Italian dd/mm/yyyy, English ISO (as the pane writes dates in formulas).
 */
const LANG_FORMATS: Record<Lang, Record<string, string>> = {
  it: { ...LOCALE_FORMATS, 'm/d/yyyy': 'dd/mm/yyyy', 'm/d/yyyy h:mm': 'dd/mm/yyyy h:mm' },
  en: { 'mm-dd-yy': 'yyyy-mm-dd', 'm/d/yy': 'yyyy-mm-dd', 'm/d/yy h:mm': 'yyyy-mm-dd h:mm', 'm/d/yyyy': 'yyyy-mm-dd', 'm/d/yyyy h:mm': 'yyyy-mm-dd h:mm' },
};

/** Separators and words of a display language: Excel's own (en-US) without one, Italian or English when asked. */
interface Notation {
  decimal: string;
  group: string;
  bool: [string, string];
  lang: Lang | undefined;
}
const EXCEL: Notation = { decimal: '.', group: ',', bool: ['TRUE', 'FALSE'], lang: undefined };
const NOTATIONS: Record<Lang, Notation> = {
  it: { decimal: ',', group: '.', bool: ['VERO', 'FALSO'], lang: 'it' },
  en: { decimal: '.', group: ',', bool: ['TRUE', 'FALSE'], lang: 'en' },
};

/**
 * The text Excel would display for a value under a number format, for files (ExcelJS has no renderer):
 * General, fixed decimals, thousands, percent, currency, scientific, dates and times; en-US separators, or a
 * language's own when `lang` is given (the pane's preview grid: "0,12", "18,7%", "18.307", "31 dic 2023" in Italian).
 * @example formatCell(0.2856, '0.00%') //=> '28.56%'
 * @example formatCell(0.2856, '0.00%', false, 'it') //=> '28,56%'
 * @example formatCell(45291, 'dd/mm/yyyy') //=> '31/12/2023'
 */
export function formatCell(value: CellValue, format: string, date1904 = false, lang?: Lang): string {
  if (value === null) return '';
  const notation = lang ? NOTATIONS[lang] : EXCEL;
  if (typeof value === 'boolean') return value ? notation.bool[0] : notation.bool[1];
  const key = lang ? `${lang}\u0001${format}` : format;
  let sections = SECTIONS.get(key);
  if (sections === undefined) {
    sections = splitSections((lang ? LANG_FORMATS[lang] : LOCALE_FORMATS)[format.trim()] ?? format);
    SECTIONS.set(key, sections);
  }
  if (typeof value === 'string') {
    const text = sections[3] ?? (sections.length === 1 && sections[0]?.includes('@') ? sections[0] : undefined);
    return text === undefined ? value : renderLiterals(text).replace('@', value);
  }
  if (!Number.isFinite(value)) return String(value);
  const picked = pickSection(sections, value);
  if (picked === null || /^general$/i.test(bare(picked.section).trim())) {
    return (picked?.minus ? '-' : '') + formatGeneral(picked?.minus ? Math.abs(value) : value).replace('.', notation.decimal);
  }
  const section = cleanBrackets(picked.section);
  if (isDateSection(bare(section))) return formatDate(value, section, date1904, notation.lang);
  return (picked.minus ? '-' : '') + formatNumber(picked.abs ? Math.abs(value) : value, section, notation);
}

/**
 * True when a number format shows a calendar date (a day, a month or a year, not only a time): a number under it
 * is a serial day of the workbook's date system.
 * @example showsDate('dd/mm/yyyy') //=> true
 * @example showsDate('h:mm') //=> false
 */
export function showsDate(format: string): boolean {
  const first = splitSections(LOCALE_FORMATS[format.trim()] ?? format)[0];
  if (first === undefined || /^general$/i.test(first.trim())) return false;
  const b = bare(cleanBrackets(first));
  return isDateSection(b) && (/[dy]/i.test(b) || (/m/i.test(b) && !/[hs]/i.test(b)));
}

/** Excel's General: up to 11 significant characters, scientific for very large or small numbers. */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = value.toExponential(5).split('e');
    const mant = (m as string).replace(/\.?0+$/, '');
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  const s = roundTo(value, decimals).toFixed(decimals);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.filter((s, i) => i === 0 || s !== '' || out.length > 1);
}

/** The section that applies to a value, and whether the sign is shown by a "-" (one-section formats). */
function pickSection(sections: string[], v: number): { section: string; minus: boolean; abs: boolean } | null {
  const [first, second, third] = sections;
  if (first === undefined || first.trim() === '') return null;
  const cond = /\[(<=|>=|<>|<|>|=)(-?[\d.]+)\]/;
  const c1 = cond.exec(first);
  if (c1) {
    const hit = test(v, c1[1] as string, Number(c1[2]));
    if (hit) return { section: first, minus: v < 0, abs: true };
    if (second !== undefined) return { section: second, minus: v < 0 && !cond.test(second) ? false : v < 0, abs: true };
    return { section: first, minus: v < 0, abs: true };
  }
  if (v < 0 && second !== undefined && second !== '') return { section: second, minus: false, abs: true };
  if (v === 0 && third !== undefined && third !== '') return { section: third, minus: false, abs: true };
  return { section: first, minus: v < 0, abs: true };
}

function test(v: number, op: string, n: number): boolean {
  switch (op) {
    case '<': return v < n;
    case '<=': return v <= n;
    case '>': return v > n;
    case '>=': return v >= n;
    case '=': return v === n;
    default: return v !== n;
  }
}

/** Drop colours and conditions; keep currency symbols ("[$€-410]" → "€") as quoted text. */
function cleanBrackets(section: string): string {
  return section.replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, (_m, sym: string) => `"${sym}"`).replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
}

/** The section without quoted text and escapes, to tell dates from numbers. */
const bare = (section: string): string => section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[[^\]]*\]/g, '');

function renderLiterals(section: string): string {
  return section.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/_./g, ' ').replace(/\*./g, '');
}

function roundTo(x: number, decimals: number): number {
  const r = Number(`${Math.round(Number(`${x}e${decimals}`))}e-${decimals}`);
  return Number.isFinite(r) ? r : x;
}

/** Render a non-negative (or signed, for a one-section format) number with a numeric format section. */
function formatNumber(value: number, section: string, notation: Notation = EXCEL): string {
  let tokens = TOKENS.get(section);
  if (tokens === undefined) {
    tokens = section.match(/"[^"]*"|\\.|_.|\*.|[Ee][+-]|./g) ?? [];
    TOKENS.set(section, tokens);
  }
  const isPh = (t: string): boolean => t === '0' || t === '#' || t === '?';
  const first = tokens.findIndex(isPh);
  if (first < 0) return tokens.map(literal).join('');
  let last = tokens.length - 1;
  while (!isPh(tokens[last] as string)) last--;
  let end = last + 1;
  while (tokens[end] === ',') end++;
  const body = tokens.slice(first, end);
  const pct = tokens.filter((t) => t === '%').length;
  let x = value * 100 ** pct;
  const expAt = body.findIndex((t) => /^[Ee][+-]$/.test(t));
  const mantissa = expAt >= 0 ? body.slice(0, expAt) : body;
  const dot = mantissa.indexOf('.');
  const intPart = dot >= 0 ? mantissa.slice(0, dot) : mantissa;
  const decPart = dot >= 0 ? mantissa.slice(dot + 1).filter(isPh) : [];
  let trailingCommas = 0;
  for (let i = intPart.length - 1; i >= 0 && intPart[i] === ','; i--) trailingCommas++;
  const grouping = intPart.slice(0, intPart.length - trailingCommas).includes(',');
  if (expAt < 0) x /= 1000 ** trailingCommas;
  let exponent = 0;
  if (expAt >= 0 && x !== 0) {
    exponent = Math.floor(Math.log10(Math.abs(x)));
    x /= 10 ** exponent;
  }
  const decimals = decPart.length;
  const minDecimals = decPart.filter((t) => t === '0').length;
  const minInt = intPart.filter((t) => t === '0').length;
  const neg = x < 0;
  let [i, d = ''] = Math.abs(roundTo(x, decimals)).toFixed(decimals).split('.') as [string, string?];
  if (expAt >= 0 && i.length > 1) {
    exponent += 1;
    [i, d = ''] = (Math.abs(roundTo(x / 10, decimals))).toFixed(decimals).split('.') as [string, string?];
  }
  while (d.length > minDecimals && d.endsWith('0')) d = d.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouping) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, notation.group);
  let num = `${neg ? '-' : ''}${i}${dot >= 0 && (d !== '' || decimals === 0) ? notation.decimal : ''}${d}`;
  if (expAt >= 0) {
    const expDigits = body.slice(expAt + 1).filter(isPh).length;
    const sign = exponent < 0 ? '-' : (body[expAt] as string).endsWith('+') ? '+' : '';
    num += `E${sign}${String(Math.abs(exponent)).padStart(expDigits, '0')}`;
  }
  return tokens.slice(0, first).map(literal).join('') + num + tokens.slice(end).map(literal).join('');
}

function literal(t: string): string {
  if (t.startsWith('"')) return t.slice(1, -1);
  if (t.startsWith('\\')) return t.slice(1);
  if (t.startsWith('_')) return ' ';
  if (t.startsWith('*')) return '';
  return t;
}
