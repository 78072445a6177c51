/**
 * Issue 10 through the CLI: hostile and unusual workbooks give right numbers or one clear line (exit 2), never a
 * stack trace. Every input is generated (test/fixtures/hostile/).
 */
import { readFileSync, rmSync, writeFileSync, existsSync } from 'fs';
import * as path from 'path';
import { runScore } from '../../src/cli/score';
import { fakeIo } from './_lib/fakeIo';
import { tempDir } from './_lib/workbookFiles';
import { deadlineWorkbook, plainIndicatorRows, xlsx } from '../fixtures/hostile/workbooks';

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
