import { readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runScore } from '../../src/cli/score';
import { renderIssue } from '../../src/core/i18n/render';
import { detectLayout } from '../../src/core/layout/detectLayout';
import { unreadableNumberAt } from '../../src/core/rules/unreadableNumber';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { evaluateIndicator } from '../../src/core/scoring/evaluate';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { fakeIo } from '../cli/_lib/fakeIo';
import { tempDir } from '../cli/_lib/workbookFiles';

const CODES = ['unreadable-number', 'target-unit-mismatch'];

describe('target-unit-mismatch: a result measured in another unit than its target', () => {
  const ev = (target: string, result: string) => evaluateIndicator({ target, result, year: 2023, cells: { target: 'D5', result: 'E5' } });

  test.each([
    ['>= 80%', '45 giorni', 'days', 'percent'],
    ['<= 30 giorni', '25%', 'percent', 'days'],
    ['>= 10.000 euro', '85%', 'percent', 'euro'],
    ['<= 30 giorni', '€ 12.000', 'euro', 'days'],
    ['<= 30 giorni', '12 ore', 'hours', 'days'],
  ])('%s against %s: flagged at the result cell, not evaluable (never scored as if the units agreed)', (target, result, resultUnit, targetUnit) => {
    const e = ev(target, result);
    expect(e.findings.filter((f) => f.code === 'target-unit-mismatch').map((f) => [f.cell, f.params])).toEqual([['E5', { resultUnit, targetUnit }]]);
    expect(e.achievement).toBeNull();
    expect(e.status).toBe('not-evaluable');
  });

  test('says so in both languages', () => {
    const f = ev('>= 80%', '45 giorni').findings.find((x) => x.code === 'target-unit-mismatch')!;
    expect(renderIssue(f, 'it')).toBe('E5: Unità del risultato (giorni) diversa da quella del target (percentuale).');
    expect(renderIssue(f, 'en')).toBe("E5: The result's unit (days) differs from the target's (percentage).");
  });

  test.each([
    ['<= 30 giorni', '25', 100],
    ['>= 10.000 euro', '€ 12.000', 100],
    ['>= 80%', '0,72', 90],
    ['>= 100', '85%', 85],
  ])('%s against %s: same unit or none, scored as before (%d%%)', (target, result, achievement) => {
    const e = ev(target, result);
    expect(e.findings.map((f) => f.code)).not.toContain('target-unit-mismatch');
    expect(e.achievement).toBeCloseTo(achievement, 6);
  });

  test('converts minutes into hours instead of comparing 90 with 2', () => {
    const e = ev('<= 2 ore', '90 minuti');
    expect(e.findings.map((f) => f.code)).not.toContain('target-unit-mismatch');
    expect(e.result.value).toBe(1.5);
    expect(e.status).toBe('met');
  });
});

describe('unreadable-number: text that is no number in a column of numbers', () => {
  const cell = (value: string | number) => ({ value, text: String(value), format: 'General' });

  test.each(['circa trenta', '12 e mezzo', 'vedi allegato'])('flags %j in the denominator column', (text) =>
    expect(unreadableNumberAt(cell(text), 'G7', 'denominator', 'it')).toMatchObject({ code: 'unreadable-number', cell: 'G7', params: { text, role: 'denominator' } }));

  test.each([['1.234'], ['0,85'], ['n.d.'], ['-'], ['#DIV/0!'], ['  '], [42]])('accepts %j (a number, a "not available" word, an Excel error, nothing)', (v) =>
    expect(unreadableNumberAt(cell(v), 'G7', 'denominator', 'it')).toBeNull());

  test('says which column in both languages', () => {
    const f = unreadableNumberAt(cell('circa trenta'), 'G7', 'denominator', 'it')!;
    expect(renderIssue(f, 'it')).toBe('G7: \'circa trenta\' nella colonna "Denominatore" non è un numero leggibile; atteso un numero.');
    expect(renderIssue(f, 'en')).toBe('G7: \'circa trenta\' in the "Denominator" column is not a readable number; expected a number.');
  });
});

/** A real .xlsx with one planted defect per rule: a denominator written in words, a result in days against a percent target. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Obiettivi 2023');
  ws.addRow(['Codice', 'Indicatore', 'Target 2023', 'Risultato 2023', 'Numeratore', 'Denominatore', 'Valore 2022']);
  ws.addRow(['A01.01-1', 'Pratiche evase entro 30 giorni', '>= 90%', '', 87, 99, 0.88]);
  ws.addRow(['A01.01-2', 'Bandi pubblicati nei termini', '>= 80%', '', 12, 'circa trenta', 0.8]);
  ws.addRow(['A01.01-3', 'Tasso di risposta ai reclami', '>= 95%', '45 giorni', '', '', 0.9]);
  ws.addRow(['A01.01-4', 'Tempo medio di pagamento', '<= 30 giorni', '28 giorni', '', '', 'n.d.']);
  ws.getCell('G2').numFmt = '0%';
  ws.getCell('G3').numFmt = '0%';
  ws.getCell('G4').numFmt = '0%';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the two producers on a real .xlsx read by the file adapter', () => {
  test('find exactly the planted defects, at their cells, and score the clean rows', async () => {
    const port = await ExcelJsWorkbook.load(await workbook());
    const snapshot = await port.readSheet('Obiettivi 2023');
    const mapping = detectLayout(snapshot, { sheet: snapshot.name, year: 2023 }).mapping!;
    expect(mapping.columns).toMatchObject({ code: 'A', indicator: 'B', target: 'C', result: 'D', numerator: 'E', denominator: 'F', baseline: 'G' });
    const report = scoreSheet(snapshot, mapping, DEFAULT_POLICY);
    const found = [...report.issues, ...report.indicators.flatMap((i) => i.evaluation.findings)]
      .filter((f) => CODES.includes(f.code)).map((f) => [f.code, f.cell, f.params]);
    expect(found).toEqual([
      ['unreadable-number', 'F3', { text: 'circa trenta', role: 'denominator' }],
      ['target-unit-mismatch', 'D4', { resultUnit: 'days', targetUnit: 'percent' }],
    ]);
    expect(report.indicators.map((i) => [i.code, i.evaluation.status])).toEqual([
      ['A01.01-1', 'shortfall'], ['A01.01-2', 'not-evaluable'], ['A01.01-3', 'not-evaluable'], ['A01.01-4', 'met'],
    ]);
  });

  test('the policy can switch either rule off', async () => {
    const port = await ExcelJsWorkbook.load(await workbook());
    const snapshot = await port.readSheet('Obiettivi 2023');
    const mapping = detectLayout(snapshot, { sheet: snapshot.name, year: 2023 }).mapping!;
    const policy = { ...DEFAULT_POLICY, rules: { 'unreadable-number': { enabled: false }, 'target-unit-mismatch': { enabled: false } } };
    const report = scoreSheet(snapshot, mapping, policy);
    expect([...report.issues, ...report.indicators.flatMap((i) => i.evaluation.findings)].filter((f) => CODES.includes(f.code))).toEqual([]);
  });
});

describe('the two producers through the CLI', () => {
  let dir: string;
  beforeAll(() => { dir = tempDir(); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('`score --json` reports them at their cells with Italian sentences', async () => {
    const file = path.join(dir, 'planted.xlsx');
    writeFileSync(file, await workbook());
    const json = path.join(dir, 'report.json');
    await runScore([file, '--year', '2023', '--json', json], fakeIo());
    const report = JSON.parse(readFileSync(json, 'utf8')) as { sheets: Array<{ findings: Finding[]; indicators: Array<{ findings: Finding[] }> }> };
    const found = report.sheets.flatMap((s) => [...s.findings, ...s.indicators.flatMap((i) => i.findings)]).filter((f) => CODES.includes(f.code));
    expect(found.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['unreadable-number', 'F3', 'F3: \'circa trenta\' nella colonna "Denominatore" non è un numero leggibile; atteso un numero.'],
      ['target-unit-mismatch', 'D4', 'D4: Unità del risultato (giorni) diversa da quella del target (percentuale).'],
    ]);
  });
});

interface Finding { code: string; cell: string; message: string }
