import { daysBetween, excelSerialToIso, parseDatePrefix } from './parseDate';

describe('parseDatePrefix', () => {
  test.each([
    ['31/12/2023', '2023-12-31', false],
    ['31/07/2023', '2023-07-31', false],
    ['31/7', '2023-07-31', true],
    ['30/4', '2023-04-30', true],
    ['31.12.23', '2023-12-31', false],
    ['2023-12-31', '2023-12-31', false],
    ['19 dicembre 2023', '2023-12-19', false],
    ['31 luglio', '2023-07-31', true],
    ['28 aprile', '2023-04-28', true],
    ['7 December 2023', '2023-12-07', false],
    ['fine dicembre', '2023-12-31', true],
    ['febbraio 2024', '2024-02-29', false],
  ])('reads %s as %s', (text, iso, filled) => {
    const r = parseDatePrefix(text, 2023);
    expect(r).toMatchObject({ ok: true, value: { date: iso, yearFilled: filled } });
  });

  test('rejects 31/02/2023 instead of rolling it over to March', () => {
    expect(parseDatePrefix('31/02/2023', 2023)).toEqual({ ok: false, invalid: '31/02/2023' });
  });

  test('returns the rest of the text after the date', () => {
    expect(parseDatePrefix('31/12/2023 (salvo proroga)', 2023)).toMatchObject({ ok: true, value: { rest: ' (salvo proroga)' } });
  });

  test('does not read a plain number as a date', () => {
    expect(parseDatePrefix('120 imprese', 2023)).toBeNull();
  });
});

describe('excelSerialToIso', () => {
  test('converts 45291 to 2023-12-31', () => expect(excelSerialToIso(45291)).toBe('2023-12-31'));
});

describe('daysBetween', () => {
  test('counts 140 days from 31 July to 18 December', () => expect(daysBetween('2023-07-31', '2023-12-18')).toBe(140));
});
