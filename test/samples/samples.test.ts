import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { makeSamples, readSeed, SAMPLE_FILES, SAMPLES_DIR, type SeedRow } from '../../scripts/makeSamples';
import { diffRecords, loadXlsx, readRecords } from './_lib/workbookCells';

const seed = readSeed();
const seedById = new Map(seed.map((r) => [r.id, r]));
const committed = {
  report: path.join(SAMPLES_DIR, SAMPLE_FILES.report),
  monitoring: path.join(SAMPLES_DIR, SAMPLE_FILES.monitoring),
};
let tmp: string;
let fresh: { report: string; monitoring: string };
let report: ExcelJS.Worksheet;
let monitoring: ExcelJS.Worksheet;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'traguardo-samples-'));
  fresh = await makeSamples(tmp);
  const r = (await loadXlsx(committed.report)).worksheets[0];
  const m = (await loadXlsx(committed.monitoring)).worksheets[0];
  if (!r || !m) throw new Error('a sample has no worksheet');
  report = r;
  monitoring = m;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 1-based row of the first cell in `col` whose text starts with `prefix`. */
function rowWhere(ws: ExcelJS.Worksheet, col: string, match: (text: string) => boolean): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(`${col}${r}`).value;
    if (typeof v === 'string' && match(v)) return r;
  }
  return -1;
}
const seedRow = (id: string): SeedRow => {
  const r = seedById.get(id);
  if (!r) throw new Error(`no seed row ${id}`);
  return r;
};

describe('the committed samples are what the generator writes', () => {
  test.each([['relazione-2023.xlsx', 'report'], ['monitoraggio-2023.xlsx', 'monitoring']] as const)(
    '%s equals a fresh generation cell by cell (value, format, style, note, merges)',
    async (_name, key) => {
      expect(diffRecords(await readRecords(committed[key]), await readRecords(fresh[key]))).toEqual([]);
    },
  );

  test('generating twice gives the same bytes (fixed dates, pinned zip times)', async () => {
    const again = await makeSamples(path.join(tmp, 'again'));
    expect(readFileSync(again.report).equals(readFileSync(fresh.report))).toBe(true);
    expect(readFileSync(again.monitoring).equals(readFileSync(fresh.monitoring))).toBe(true);
  });
});

describe('relazione-2023.xlsx has the report layout', () => {
  test('two title rows, a blank row, then the header on row 4', () => {
    expect(report.getCell('A1').value).toBe('CCIAA Riviere di Liguria — Relazione sulla performance 2023');
    expect(typeof report.getCell('A2').value).toBe('string');
    expect(report.getRow(3).cellCount).toBe(0);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => report.getRow(4).getCell(c).value)).toEqual([
      'Obiettivo', 'Indicatore', 'Algoritmo', 'Target', 'Risultato al 31/12/2023', 'Percentuale di raggiungimento', 'Valutazione OIV',
    ]);
  });

  test('holds every seed row, suppressed ones included, from row 5', () => {
    expect(report.getCell('B5').value).toBe(seedRow('A01-1').indicator);
    expect(report.getCell(`B${4 + seed.length}`).value).toBe(seed[seed.length - 1]?.indicator);
    expect(rowWhere(report, 'D', (t) => t.startsWith('cassato in sede di'))).toBeGreaterThan(4);
  });

  test.each([
    ['A01', 'A5:A6'],
    ['A01.01', 'A7:A9'],
    ['A02', 'A10:A13'],
  ])('objective %s is one cell merged down its indicator rows (%s)', (_code, range) => {
    expect(report.model.merges).toContain(range);
  });

  test('the title rows are merged across the table', () => {
    expect(report.model.merges).toEqual(expect.arrayContaining(['A1:G1', 'A2:G2']));
  });

  test('a multi-year target keeps its lines verbatim and wraps', () => {
    const cell = report.getCell('D5');
    expect(cell.value).toBe('2022>= 0,18 (orientativamente 120 imprese)\n2023>= 0,21 (140)\n2024>=0,23 (150)');
    expect(cell.alignment?.wrapText).toBe(true);
  });

  test('a narrative result is the seed text verbatim', () => {
    expect(report.getCell('E5').value).toBe(seedRow('A01-1').result_raw);
  });

  test.each([
    ['A01-1', 0.57, '0%'],
    ['A02-3', 0.917, '0.0%'],
    ['D01.05-1', 0.9825, '0.00%'],
  ])('the stated percentage of %s is the number %d formatted %s', (id, value, fmt) => {
    const row = rowWhere(report, 'B', (t) => t === seedRow(id).indicator);
    expect(report.getCell(`F${row}`).value).toBeCloseTo(value, 10);
    expect(report.getCell(`F${row}`).numFmt).toBe(fmt);
  });
});

describe('monitoraggio-2023.xlsx has the monitoring layout', () => {
  const rowOf = (id: string) => rowWhere(monitoring, 'A', (t) => t === id);

  test('a title row, then PROGRAMMAZIONE and CONSUNTIVO 2023 merged over their columns', () => {
    expect(monitoring.model.merges).toEqual(expect.arrayContaining(['A1:I1', 'A2:E2', 'F2:I2']));
    expect(monitoring.getCell('A2').value).toBe('PROGRAMMAZIONE');
    expect(monitoring.getCell('F2').value).toBe('CONSUNTIVO 2023');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => monitoring.getRow(3).getCell(c).value)).toEqual([
      'Codice', 'Obiettivo', 'Indicatore', 'Peso', 'Target 2023', 'Numeratore', 'Denominatore', 'Valore', '% raggiungimento dichiarata',
    ]);
  });

  test('holds only the seed rows that have a 2023 target', () => {
    const withTarget = seed.filter((r) => r.target_2023_raw !== null);
    expect(monitoring.getCell(`A${3 + withTarget.length}`).value).toBe(withTarget[withTarget.length - 1]?.id);
    expect(monitoring.getCell(`A${4 + withTarget.length}`).value).toBeNull();
    expect(rowOf('E03-1')).toBe(-1);
  });

  test.each([
    ['A02-1', 0.2856, '0.00%'],
    ['A01.01-3', 680, '#,##0'],
    ['A01-1', 0.12, '0.00'],
    ['B06-1', -24.37, '0.00'],
  ])('the result of %s is the number %d formatted %s', (id, value, fmt) => {
    const cell = monitoring.getCell(`H${rowOf(id)}`);
    expect(cell.value).toBeCloseTo(value, 10);
    expect(cell.numFmt).toBe(fmt);
  });

  test('a deadline result is a real date formatted dd/mm/yyyy', () => {
    const cell = monitoring.getCell(`H${rowOf('B05.01-1')}`);
    expect(cell.value).toEqual(new Date(Date.UTC(2023, 11, 19)));
    expect(cell.numFmt).toBe('dd/mm/yyyy');
  });

  test('numerator and denominator are counts with thousands separators', () => {
    const r = rowOf('A02-2');
    expect([monitoring.getCell(`F${r}`).value, monitoring.getCell(`G${r}`).value]).toEqual([4481, 64095]);
    expect(monitoring.getCell(`G${r}`).numFmt).toBe('#,##0');
  });

  test.each([
    ['D01.05-1', 1, '0%'],
    ['D01.06-1', 1, '0.00%'],
  ])('the bare percentage target of %s is the number %d formatted %s', (id, value, fmt) => {
    const cell = monitoring.getCell(`E${rowOf(id)}`);
    expect(cell.value).toBe(value);
    expect(cell.numFmt).toBe(fmt);
  });

  test('any other target is its 2023 text verbatim', () => {
    expect(monitoring.getCell(`E${rowOf('A02-1')}`).value).toBe('2023>=15%  20% (ridefinito in 27% in sede di monitoraggio 2023)');
  });

  test.each([['A01.01', [34, 33, 33]], ['A02', [25, 25, 25, 25]], ['B04.01', [20, 20, 20, 20, 20]]] as const)(
    'the weights of objective %s share 100 points as %j',
    (code, expected) => {
      const weights: unknown[] = [];
      monitoring.eachRow((row) => {
        const id = row.getCell(1).value;
        if (typeof id === 'string' && id.startsWith(`${code}-`)) weights.push(row.getCell(4).value);
      });
      expect(weights).toEqual(expected);
    },
  );

  test('the stated achievement is a fraction formatted 0.00%', () => {
    const cell = monitoring.getCell(`I${rowOf('A02-3')}`);
    expect(cell.value).toBeCloseTo(0.917, 10);
    expect(cell.numFmt).toBe('0.00%');
  });
});
