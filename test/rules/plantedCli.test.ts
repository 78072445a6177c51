import { readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { CHECK_CODES } from '../../src/core/rules/registry';
import { fakeIo } from '../cli/_lib/fakeIo';
import { tempDir, writeSheets } from '../cli/_lib/workbookFiles';

/** One planted defect per auditor check, in an .xlsx the CLI detects on its own (no mapping given). */
const PLANTED = [
  { sheet: 'Monitoraggio 2023', code: 'target-below-baseline', cell: 'F3' },
  { sheet: 'Monitoraggio 2023', code: 'share-over-100', cell: 'H4' },
  { sheet: 'Monitoraggio 2023', code: 'weights-sum', cell: 'E4' },
  { sheet: 'Monitoraggio 2023', code: 'number-as-text', cell: 'H6' },
  { sheet: 'Monitoraggio 2023', code: 'duplicate-indicator', cell: 'B7' },
  { sheet: 'Monitoraggio 2023', code: 'formula-error', cell: 'H8' },
  { sheet: 'Consuntivo', code: 'result-year-mismatch', cell: 'D1' },
];

const sheets = {
  'Monitoraggio 2023': [
    ['Obiettivo operativo', 'Codice', 'Indicatore', 'Algoritmo di calcolo', 'Peso', 'Target 2023', 'Valore 2022', 'Risultato 2023'],
    ['A01.01 Semplificazione', 'A01.01-1', 'Pratiche evase entro 30 giorni', 'n. pratiche evase entro 30 gg / n. totale pratiche', 50, '>= 90%', 88, 95],
    ['A01.01 Semplificazione', 'A01.01-2', 'Imprese assistite allo sportello', 'n. imprese assistite', 50, '>= 100', 120, 130],
    ['A02.01 Trasparenza', 'A02.01-1', 'Percentuale di bandi pubblicati nei termini', 'n. bandi pubblicati nei termini / n. totale bandi', 60, '>= 80%', 80, 112.5],
    ['A02.01 Trasparenza', 'A02.01-2', 'Tempo medio di pagamento delle fatture', 'giorni medi tra ricezione e pagamento', 30, '<= 30 gg', 32, 28],
    ['A03.01 Promozione', 'A03.01-1', 'Eventi organizzati per le imprese', 'n. eventi organizzati', 50, '>= 10', 8, '12'],
    ['A03.01 Promozione', 'A03.01-1', 'Eventi organizzati per le imprese', 'n. eventi organizzati', 50, '>= 10', 9, 11],
    ['A04.01 Ascolto', 'A04.01-1', 'Tasso di risposta ai reclami', 'n. risposte / n. reclami ricevuti', 100, '>= 95%', 90, { formula: 'I8/J8', result: { error: '#DIV/0!' } }],
  ],
  Consuntivo: [
    ['Codice', 'Indicatore', 'Target 2023', 'Risultato 2022'],
    ['B01-1', 'Imprese iscritte al fascicolo digitale', '>= 700', 640],
    ['B01-2', 'Eventi di orientamento', '>= 16', 15],
  ],
};

describe('the CLI on a workbook with one planted defect per auditor check', () => {
  let dir: string;
  let report: { sheets: Array<{ name: string; findings: Array<{ code: string; cell: string }>; indicators: Array<{ findings: Array<{ code: string; cell: string }> }> }> };
  beforeAll(async () => {
    dir = tempDir();
    const file = await writeSheets(path.join(dir, 'planted.xlsx'), sheets as never);
    const json = path.join(dir, 'report.json');
    await runScore([file, '--year', '2023', '--json', json, '--sheet', 'Monitoraggio 2023', '--sheet', 'Consuntivo'], fakeIo());
    report = JSON.parse(readFileSync(json, 'utf8'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reports exactly the planted findings of those checks, at the planted cells', () => {
    const found = report.sheets.flatMap((s) => [...s.findings, ...s.indicators.flatMap((i) => i.findings)].map((f) => ({ sheet: s.name, code: f.code, cell: f.cell })))
      .filter((f) => (CHECK_CODES as readonly string[]).includes(f.code));
    const key = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;
    expect(found.sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...PLANTED].sort((a, b) => key(a).localeCompare(key(b))));
  });
});
