import { parseNumber } from './parseNumber';
import { cellNumber } from './cellNumber';

describe('parseNumber', () => {
  test.each([
    ['4.206', 4206],
    ['0,18', 0.18],
    ['1.028', 1028],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['9.079', 9079],
    ['64.095', 64095],
    ['- 6,00', -6],
    ['−8,75', -8.75],
    ['-24,37', -24.37],
    ['€ 48,46', 48.46],
    ['48,46 €', 48.46],
    ['1.234.567', 1234567],
    ['12', 12],
  ])('reads %s in an Italian sheet as %d', (text, expected) => {
    expect(parseNumber(text, 'it')?.value).toBeCloseTo(expected, 10);
  });

  test.each([
    ['98,25%', 98.25],
    ['- 6,00%', -6],
    ['27 %', 27],
    ['100,00%', 100],
  ])('reads %s as the percent number %d', (text, expected) => {
    const n = parseNumber(text, 'it');
    expect(n?.value).toBeCloseTo(expected, 10);
    expect(n?.percent).toBe(true);
  });

  test.each([
    ['1,234.5', 1234.5],
    ['0.18', 0.18],
    ['1,028', 1028],
    ['4,206', 4206],
  ])('reads %s in an English sheet as %d', (text, expected) => {
    expect(parseNumber(text, 'en')?.value).toBeCloseTo(expected, 10);
    expect(parseNumber(text, 'en')?.ambiguous).toBeNull();
  });

  test('flags a lone 0.18 in an Italian sheet as ambiguous and reads it as a decimal', () => {
    expect(parseNumber('0.18', 'it')).toMatchObject({ value: 0.18, ambiguous: 'decimal-point-in-it' });
  });

  test('flags 0,5 in an English sheet as ambiguous and reads it as a decimal', () => {
    expect(parseNumber('0,5', 'en')).toMatchObject({ value: 0.5, ambiguous: 'decimal-comma-in-en' });
  });

  test.each(['', 'abc', '1.2.3,4,5', '12a', '%', '-', '1..2'])('rejects %j', (text) => {
    expect(parseNumber(text, 'it')).toBeNull();
  });
});

describe('cellNumber', () => {
  test('reads a percent-formatted 0.57 as 57', () => expect(cellNumber(0.57, 'it', '0%')).toBeCloseTo(57, 10));
  test('reads "1.234,5" in an Italian sheet', () => expect(cellNumber('1.234,5', 'it')).toBe(1234.5));
  test.each([null, true, 'abc', Number.NaN, Infinity])('gives null for %p', (v) => expect(cellNumber(v, 'it')).toBeNull());
});
