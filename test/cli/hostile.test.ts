/**
 * Issue 10 through the CLI: hostile and unusual workbooks give right numbers or one clear line (exit 2), never a
 * stack trace. Every input is generated (test/fixtures/hostile/).
 */
import { readFileSync, rmSync, writeFileSync, existsSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { runClear } from '../../src/cli/clear';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { fakeIo } from './_lib/fakeIo';
import { tempDir } from './_lib/workbookFiles';
import { deadlineWorkbook, indicatorParts, plainIndicatorRows, strToU8, xlsx, zipSync } from '../fixtures/hostile/workbooks';

let dir: string;
beforeAll(() => (dir = tempDir('traguardo-hostile-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function scoreJson(input: string, ...args: string[]): Promise<{ code: number; err: string; json: { sheets: Array<{ name: string; indicators: Array<{ achievement: number | null; status: string }> }> } | null }> {
  const io = fakeIo();
  const code = await runScore([input, '--json', '-', '--lang', 'en', ...args], io);
  return { code, err: io.err(), json: code === 0 ? JSON.parse(io.out()) : null };
}

describe('1904 date system', () => {
  test.each([false, true])('a deadline missed by six months is a shortfall in either system (date1904=%s)', async (date1904) => {
    const r = await scoreJson(file(`deadline-${date1904}.xlsx`, await deadlineWorkbook(date1904)));
    expect(r.code).toBe(0);
    expect(r.json?.sheets[0]?.indicators.map((i) => [i.status, i.achievement])).toEqual([
      ['met', 100],
      ['shortfall', 0],
    ]);
  });
});

describe('sparse corner cells', () => {
  test(
    'a value at XFD1048576 is left out with a one-line warning; the sheet scores as without it',
    async () => {
      const input = file('corner.xlsx', await xlsx((wb) => {
        const ws = wb.addWorksheet('Indicatori');
        for (const r of plainIndicatorRows(3)) ws.addRow(r);
        ws.getCell('XFD1048576').value = 'x';
      }));
      const r = await scoreJson(input);
      expect(r.code).toBe(0);
      expect(r.err).toBe('traguardo: warning: sheet "Indicatori": 1 cell far from the data ignored (XFD1048576)\n');
      expect(r.json?.sheets[0]?.indicators).toHaveLength(3);
      // Written too: the output column goes beside the data, the far cell stays where it is.
      const out = path.join(dir, 'corner-out.xlsx');
      const io = fakeIo();
      expect(await runScore([input, '--out', out, '--lang', 'en'], io)).toBe(0);
      const wb = await ExcelJsWorkbook.load(readFileSync(out));
      const ws = wb.workbook.getWorksheet('Indicatori');
      expect(ws?.getCell('E1').value).toBeTruthy();
      expect(ws?.getCell('XFD1048576').value).toBe('x');
    },
    60_000,
  );
});

describe('sheet visibility and protection', () => {
  test('a hidden sheet is scored when named with --sheet, and only then', async () => {
    const input = file('hidden.xlsx', await xlsx((wb) => {
      wb.addWorksheet('Copertina').addRow(['Relazione']);
      const ws = wb.addWorksheet('Indicatori', { state: 'hidden' });
      for (const r of plainIndicatorRows(2)) ws.addRow(r);
    }));
    const named = await scoreJson(input, '--sheet', 'Indicatori');
    expect(named.code).toBe(0);
    expect(named.json?.sheets.map((s) => s.name)).toEqual(['Indicatori']);
    const auto = await scoreJson(input);
    expect(auto.code).toBe(2);
  });

  test('a protected sheet is scored for the report but not written (one line, exit 2)', async () => {
    const input = file('protected.xlsx', await xlsx(async (wb) => {
      const ws = wb.addWorksheet('Indicatori');
      for (const r of plainIndicatorRows(2)) ws.addRow(r);
      await ws.protect('', {});
    }));
    expect((await scoreJson(input)).code).toBe(0);
    const out = path.join(dir, 'protected-out.xlsx');
    const io = fakeIo();
    const code = await runScore([input, '--out', out, '--lang', 'en'], io);
    expect(code).toBe(2);
    expect(io.err()).toBe(`traguardo: ${input}: sheet "Indicatori": protected, the results cannot be written to it (unprotect it in Excel, or use --json only)\n`);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(input).length).toBeGreaterThan(0);
  });
});

describe('columns past XFD', () => {
  test('data reaching XFD leave no room for the output column: one localized line naming it, nothing written', async () => {
    const input = file('xfd.xlsx', await xlsx((wb) => {
      const ws = wb.addWorksheet('Indicatori');
      plainIndicatorRows(3).forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, 16381 + j).value = v as never)));
    }));
    expect((await scoreJson(input)).code).toBe(0);
    const out = path.join(dir, 'xfd-out.xlsx');
    for (const [lang, line] of [
      ['en', 'sheet "Indicatori": the data reach the last column (XFD), no free column is left for the results (use --json only)'],
      ['it', 'foglio "Indicatori": i dati arrivano all\'ultima colonna (XFD), non resta una colonna libera per i risultati (usare solo --json)'],
    ] as const) {
      const io = fakeIo();
      expect(await runScore([input, '--out', out, '--lang', lang], io)).toBe(2);
      expect(io.err()).toBe(`traguardo: ${input}: ${line}\n`);
      expect(existsSync(out)).toBe(false);
    }
  });

  test('--map target=XFE is a usage error naming the column', async () => {
    const input = file('plain.xlsx', await xlsx((wb) => {
      const ws = wb.addWorksheet('Indicatori');
      for (const r of plainIndicatorRows(2)) ws.addRow(r);
    }));
    const io = fakeIo();
    expect(await runScore([input, '--map', 'target=XFE', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe('traguardo score: --map: "target=XFE": the column is past the last column of a sheet (XFD) (traguardo score --help)\n');
  });
});

describe('output files', () => {
  test('--json naming the --out file is refused before anything is written', async () => {
    const input = file('plain2.xlsx', await xlsx((wb) => {
      const ws = wb.addWorksheet('Indicatori');
      for (const r of plainIndicatorRows(2)) ws.addRow(r);
    }));
    const out = path.join(dir, 'same.xlsx');
    const io = fakeIo();
    expect(await runScore([input, '--out', out, '--json', out, '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe('traguardo score: --json: must be a different file from --out (the report would replace the scored workbook) (traguardo score --help)\n');
    expect(existsSync(out)).toBe(false);
  });

  test('a macro-enabled workbook is written only as .xlsm, a plain one only as .xlsx', async () => {
    const parts = await indicatorParts(2);
    const types = new TextDecoder().decode(parts['[Content_Types].xml']);
    parts['[Content_Types].xml'] = strToU8(
      types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
    );
    parts['xl/vbaProject.bin'] = new Uint8Array(512).fill(7);
    const xlsm = file('macro.xlsm', zipSync(parts));
    const asXlsx = path.join(dir, 'macro-out.xlsx');
    const io = fakeIo();
    expect(await runScore([xlsm, '--out', asXlsx, '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe(`traguardo: --out: ${asXlsx}: the workbook has macros and must be saved as .xlsm (Excel would not open it as .xlsx)\n`);
    expect(existsSync(asXlsx)).toBe(false);
    const asXlsm = path.join(dir, 'macro-out.xlsm');
    expect(await runScore([xlsm, '--out', asXlsm, '--lang', 'en'], fakeIo())).toBe(0);
    const plain = file('plain3.xlsx', zipSync(await indicatorParts(2)));
    const io2 = fakeIo();
    expect(await runScore([plain, '--out', path.join(dir, 'plain3-out.xlsm'), '--lang', 'en'], io2)).toBe(2);
    expect(io2.err()).toContain('the workbook has no macros and must be saved as .xlsx');
    const io3 = fakeIo();
    expect(await runClear([asXlsm, '--out', path.join(dir, 'macro-clear.xlsx'), '--lang', 'en'], io3)).toBe(2);
    expect(io3.err()).toContain('the workbook has macros and must be saved as .xlsm');
    expect(await runClear([asXlsm, '--lang', 'en'], fakeIo())).toBe(0);
  });
});
