import { detectLayout } from './detectLayout';
import { indicatorRows } from './indicatorRows';
import type { Grid } from './grid.types';
import type { ColumnMapping } from './mapping';
import { gridFromRows } from './_lib/gridFromRows';
import { seed } from './_fixtures/seedRows';
import { groupedSheet, mergedObjectiveSheet, plainSheet, sectionSheet, tableSheet, titledSheet } from './_fixtures/sheets';

function mappingOf(grid: Grid): ColumnMapping {
  const { mapping } = detectLayout(grid, { sheet: 'S', year: 2023 });
  if (!mapping) throw new Error('test sheet has no header');
  return mapping;
}
const rowsOf = (grid: Grid) => indicatorRows(grid, mappingOf(grid));

describe('indicatorRows', () => {
  test('gives one row per indicator of a plain sheet with its cells by role', () => {
    const rows = rowsOf(plainSheet());
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(rows[0]?.cells.target).toEqual({
      address: 'D2',
      cell: { value: seed('A01-1').target_raw, text: seed('A01-1').target_raw, format: 'General' },
    });
    expect(rows[0]?.cells.code?.cell.value).toBe('A01-1');
  });

  test('reads the rows under a two-row grouped header', () => {
    const rows = rowsOf(groupedSheet());
    expect(rows.map((r) => [r.row, r.cells.result?.cell.value, r.cells.stated?.cell.text])).toEqual([
      [3, 167, '100%'],
      [4, 29, '100%'],
    ]);
  });

  test('addresses the rows of an Excel table at D5 on the sheet', () => {
    const rows = rowsOf(tableSheet());
    expect(rows.map((r) => r.cells.target?.address)).toEqual(['E6', 'E7', 'E8']);
    expect(rows[1]?.cells.unit?.cell.value).toBe(seed('A01.01-1').unit);
  });

  test('gives each of the three rows under a merged objective cell that objective', () => {
    const rows = rowsOf(mergedObjectiveSheet());
    const a = seed('A01.01-1');
    const b = seed('B05.01-1');
    expect(rows.map((r) => [r.row, r.objective])).toEqual([
      [2, `${a.objective_code} ${a.objective_title}`],
      [3, `${a.objective_code} ${a.objective_title}`],
      [4, `${a.objective_code} ${a.objective_title}`],
      [5, `${b.objective_code} ${b.objective_title}`],
    ]);
    expect(rows[2]?.cells.objective?.address).toBe('A2');
  });

  test('fills the objective down from the last one above when the cells below are empty, not merged', () => {
    const grid = gridFromRows([
      ['Obiettivo', 'Indicatore', 'Target', 'Risultato'],
      ['A01.01', seed('A01.01-1').indicator, '>= 110', '167'],
      [null, seed('A01.01-2').indicator, '>= 15', '29'],
    ]);
    expect(rowsOf(grid).map((r) => [r.objective, r.cells.objective?.address])).toEqual([
      ['A01.01', 'A2'],
      ['A01.01', 'A3'],
    ]);
  });

  test('skips "AMBITO …" section rows and carries them as the section', () => {
    expect(rowsOf(sectionSheet()).map((r) => [r.row, r.section])).toEqual([
      [3, 'AMBITO 1 - COMPETITIVITÀ E SVILUPPO DELLE IMPRESE'],
      [6, 'AMBITO 2 - EFFICIENZA DELL’ENTE'],
      [7, 'AMBITO 2 - EFFICIENZA DELL’ENTE'],
    ]);
  });

  test('reads a bare "AMBITO" row in the indicator column as a section, not as a repeated header', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target', 'Risultato'],
      ['AMBITO', null, null],
      [seed('C01-1').indicator, 'zero', '0'],
    ]);
    expect(rowsOf(grid)).toMatchObject([{ row: 3, section: 'AMBITO' }]);
  });

  test('skips a repeated group row of a two-row header', () => {
    const grid = groupedSheet();
    grid.cells.push(grid.cells[0] ?? []);
    grid.merges.push({ top: 4, left: 1, bottom: 4, right: 3 }, { top: 4, left: 4, bottom: 4, right: 5 });
    expect(rowsOf(grid).map((r) => r.row)).toEqual([3, 4]);
  });

  test('does not carry an objective across a section row', () => {
    const grid = gridFromRows([
      ['Obiettivo', 'Indicatore', 'Target', 'Risultato'],
      ['AMBITO 1', null, null, null],
      ['A01', seed('A01-1').indicator, '>= 0,21', '0,12'],
      ['AMBITO 2', null, null, null],
      [null, seed('C01-1').indicator, 'zero', '0'],
    ]);
    expect(rowsOf(grid).map((r) => [r.row, r.objective, r.section])).toEqual([
      [3, 'A01', 'AMBITO 1'],
      [5, null, 'AMBITO 2'],
    ]);
  });

  test('takes an objective heading row as the objective of the rows below', () => {
    const grid = gridFromRows(
      [
        ['Codice', 'Indicatore', 'Target', 'Risultato'],
        ['OBIETTIVO A01 - FAVORIRE LA TRANSIZIONE DIGITALE', null, null, null],
        ['A01-1', seed('A01-1').indicator, '>= 0,21', '0,12'],
      ],
      { merges: ['A2:D2'] },
    );
    expect(rowsOf(grid)).toMatchObject([{ row: 3, objective: 'OBIETTIVO A01 - FAVORIRE LA TRANSIZIONE DIGITALE', section: null }]);
  });

  test('takes a heading row that starts with an objective code as an objective, not a section', () => {
    const grid = gridFromRows(
      [
        ['Indicatore', 'Target', 'Risultato'],
        ['AMBITO 1 - COMPETITIVITÀ', null, null],
        ['A01 - FAVORIRE LA TRANSIZIONE DIGITALE', null, null],
        [seed('A01-1').indicator, '>= 0,21', '0,12'],
      ],
      { merges: ['A2:C2', 'A3:C3'] },
    );
    expect(rowsOf(grid)).toMatchObject([{ row: 4, objective: 'A01 - FAVORIRE LA TRANSIZIONE DIGITALE', section: 'AMBITO 1 - COMPETITIVITÀ' }]);
  });

  test('skips blank rows, hidden rows, repeated header rows and rows with neither target nor result nor indicator', () => {
    const grid = gridFromRows(
      [
        ['Codice', 'Indicatore', 'Target', 'Risultato', 'Note'],
        ['A01-1', seed('A01-1').indicator, '>= 0,21', '0,12', null],
        [null, null, null, null, null],
        ['A02-1', seed('A02-1').indicator, '>= 27%', '28,56%', null],
        ['Codice', 'Indicatore', 'Target', 'Risultato', 'Note'],
        ['Totale', null, null, null, 'somma pesi 100'],
        ['C01-1', seed('C01-1').indicator, 'zero', '0', null],
      ],
      { hiddenRows: [4] },
    );
    expect(rowsOf(grid).map((r) => r.row)).toEqual([2, 7]);
  });

  test('keeps a row with a target and no indicator', () => {
    const grid = gridFromRows([
      ['Indicatore', 'Target', 'Risultato'],
      [seed('A01-1').indicator, '>= 0,21', '0,12'],
      [null, '>= 0,23', null],
    ]);
    expect(rowsOf(grid).map((r) => [r.row, r.cells.indicator?.cell.text])).toEqual([
      [2, seed('A01-1').indicator],
      [3, ''],
    ]);
  });

  test('reads the rows of a titled sheet from the first data row', () => {
    expect(rowsOf(titledSheet()).map((r) => r.row)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  test('gives nothing for a mapping whose data rows lie outside the grid', () => {
    const grid = plainSheet();
    expect(indicatorRows(grid, { ...mappingOf(grid), firstDataRow: 500, lastDataRow: 600 })).toEqual([]);
  });
});
