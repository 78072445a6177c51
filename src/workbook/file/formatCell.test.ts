import { formatCell, formatGeneral } from './formatCell';

describe('formatCell', () => {
  test.each([
    [0.2856, '0.00%', '28.56%'],
    [0.5714, '0.0%', '57.1%'],
    [1, '0%', '100%'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '#,##0.00;-#,##0.00;"-"', '-'],
    [0.5, '0.00', '0.50'],
    [2.345, '0.00', '2.35'],
    [1.005, '0.00', '1.01'],
    [42, '0', '42'],
    [0.5, '#.##', '.5'],
    [12, '000', '012'],
    [1500000, '#,##0,"K"', '1,500K'],
    [0.000123, '0.00E+00', '1.23E-04'],
    [12.5, '[$€-410] #,##0.00', '€ 12.50'],
    [12.5, '#,##0.00 [$€-410]', '12.50 €'],
    [-3, '[Red]0.0', '-3.0'],
    [45291, 'dd/mm/yyyy', '31/12/2023'],
    [45291, 'mm-dd-yy', '31/12/2023'],
    [45291, 'd-mmm-yy', '31-Dec-23'],
    [45291.5, 'dd/mm/yyyy hh:mm', '31/12/2023 12:00'],
    [0.75, 'h:mm AM/PM', '6:00 PM'],
    [45291, 'mmmm yyyy', 'December 2023'],
    [45291, 'dd "de" mmm', '31 de Dec'],
    [0.2856, 'General', '0.2856'],
  ])('formats %p with %s as %s', (value, format, text) => {
    expect(formatCell(value, format)).toBe(text);
  });

  test.each([
    [null, '0.00%', ''],
    ['testo', '0.00%', 'testo'],
    ['x', '0;0;0;"<"@">"', '<x>'],
    [true, 'General', 'TRUE'],
  ])('shows %p with %s as %p', (value, format, text) => {
    expect(formatCell(value, format)).toBe(text);
  });

  test.each([
    [0.1 + 0.2, '0.3'],
    [123456789012, '1.23457E+11'],
    [-42.5, '-42.5'],
    [1 / 3, '0.333333333'],
  ])('General shows %p as %s', (value, text) => {
    expect(formatGeneral(value)).toBe(text);
  });

  test('a 1904-based workbook shifts dates by 1462 days', () => {
    expect(formatCell(45291 - 1462, 'dd/mm/yyyy', true)).toBe('31/12/2023');
  });
});

describe('formatCell in a display language', () => {
  test.each([
    [0.12, 'General', '0,12', '0.12'],
    [0.187, '0.0%', '18,7%', '18.7%'],
    [18307, '#,##0', '18.307', '18,307'],
    [1234567.891, '#,##0.00', '1.234.567,89', '1,234,567.89'],
    [12.5, '#,##0.00 [$€-410]', '12,50 €', '12.50 €'],
    [45291, 'mm-dd-yy', '31/12/2023', '2023-12-31'],
    [45291, 'm/d/yyyy', '31/12/2023', '2023-12-31'],
    [45291, 'dd/mm/yyyy', '31/12/2023', '31/12/2023'],
    [45291, 'd mmmm yyyy', '31 dicembre 2023', '31 December 2023'],
    [45291, 'dddd', 'domenica', 'Sunday'],
    [1 / 3, 'General', '0,333333333', '0.333333333'],
    [true, 'General', 'VERO', 'TRUE'],
  ])('shows %p under %s as %s in Italian and %s in English', (value, format, it, en) => {
    expect(formatCell(value, format, false, 'it')).toBe(it);
    expect(formatCell(value, format, false, 'en')).toBe(en);
  });

  test('keeps Excel\'s en-US text without a language, whatever was asked before', () => {
    formatCell(45291, 'mm-dd-yy', false, 'en');
    expect(formatCell(45291, 'mm-dd-yy')).toBe('31/12/2023');
    expect(formatCell(0.187, '0.0%')).toBe('18.7%');
  });
});
