import { contentYear, yearsIn } from './contentYear';
import { gridFromRows } from './_lib/gridFromRows';

const TODAY = new Date(Date.UTC(2026, 10, 29));
const sheet = (rows: Array<Array<string | null>>) => gridFromRows(rows);
const opts = (rows: number, extra: Partial<Parameters<typeof contentYear>[1]> = {}) => ({
  headerTop: 0,
  targetCol: 1,
  firstRow: 1,
  lastRow: rows - 1,
  sheet: 'Foglio1',
  today: TODAY,
  ...extra,
});

describe('yearsIn', () => {
  test.each([
    ['2023>= 0,21 (140)', [2023]],
    ['entro il 31/12/2023', [2023]],
    ['2022: >= 10\n2023: >= 12\n2024: >= 14', [2022, 2023, 2024]],
    ['>= 2.023', []],
    ['>= 1.200 pratiche', []],
    ['≥ 2050%', []],
  ])('reads the years of %j', (text, years) => expect(yearsIn(text)).toEqual(years));
});

describe('contentYear', () => {
  test('takes the year most target cells name, when nothing else names one', () => {
    const g = sheet([
      ['Indicatore', 'Target'],
      ['Pratiche', '2023>= 0,21 (140)'],
      ['Eventi', 'entro il 31/12/2023'],
      ['Imprese', '2023: >= 700\n2024: >= 750'],
      ['Tempi', '<= 30 gg'],
    ]);
    expect(contentYear(g, opts(5))).toEqual({ year: 2023, evidence: 'targets', cells: 3 });
  });

  test('prefers a title row above the header', () => {
    const g = sheet([['Relazione sulla performance 2023'], ['Indicatore', 'Target'], ['Pratiche', '2024>= 3']]);
    expect(contentYear(g, opts(3, { headerTop: 1, firstRow: 2 }))).toEqual({ year: 2023, evidence: 'title', cells: 0 });
  });

  test('then the sheet name', () => {
    const g = sheet([['Indicatore', 'Target'], ['Pratiche', '2024>= 3']]);
    expect(contentYear(g, opts(2, { sheet: 'Obiettivi 2023' }))).toEqual({ year: 2023, evidence: 'sheet-name', cells: 0 });
  });

  test('a tie between years goes to the previous calendar year', () => {
    const g = sheet([['Indicatore', 'Target'], ['A', '2024: >= 1\n2025: >= 2\n2026: >= 3']]);
    expect(contentYear(g, opts(2))?.year).toBe(2025);
  });

  test('is null when the content names no year', () => {
    const g = sheet([['Indicatore', 'Target'], ['A', '>= 0,21'], ['B', 'zero']]);
    expect(contentYear(g, opts(3))).toBeNull();
  });
});
