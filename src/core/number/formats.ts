/** True when an Excel number format shows percentages ("0.00%", "0%"), ignoring quoted text. */
export function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

/** True when an Excel number format shows dates ("dd/mm/yyyy", "d-mmm-yy", "m/d/yyyy"), ignoring elapsed times. */
export function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  if (f === '' || f === 'general') return false;
  return /(^|[^a-z])(d{1,4}|y{2,4})([^a-z]|$)/.test(f) || /(^|[^a-z])m{1,4}[/.\- ]/.test(f) && /[dy]/.test(f);
}
