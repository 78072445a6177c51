import { readFileSync, rmSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runScore } from '../../src/cli/score';
import { JsonReportSchema } from '../../src/cli/report';
import { fakeIo } from './_lib/fakeIo';
import { copySample, tempDir } from './_lib/workbookFiles';

let dir: string;
let input: string;
beforeAll(() => {
  dir = tempDir();
  input = copySample('relazione-2023.xlsx', dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Score the sample with `extra` options; the notes of the scored copy by address, and the JSON report. */
async function run(name: string, extra: string[]) {
  const out = path.join(dir, `${name}.xlsx`);
  const json = path.join(dir, `${name}.json`);
  expect(await runScore([input, '--out', out, '--json', json, '--lang', 'en', ...extra], fakeIo())).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const notes = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const n = cell.note;
        const text = typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
        if (text.startsWith('Traguardo:')) notes.set(`${ws.name}!${cell.address}`, text);
      }),
    ),
  );
  return { notes, report: JsonReportSchema.parse(JSON.parse(readFileSync(json, 'utf8'))) };
}

describe('traguardo score --notes and --explain-notes', () => {
  test('by default information findings get no note; --notes all notes them too; the JSON says which', async () => {
    const plain = await run('plain', []);
    const all = await run('all', ['--notes', 'all']);
    expect(plain.report.policy.notes).toBe('problems');
    expect(all.report.policy.notes).toBe('all');
    const info = all.report.sheets.flatMap((s) => s.indicators.flatMap((i) => i.findings.filter((f) => f.severity === 'info').map((f) => `${s.name}!${f.cell}`)));
    expect(info.length).toBeGreaterThan(0);
    for (const at of info) expect(all.notes.has(at)).toBe(true);
    expect(all.notes.size).toBeGreaterThan(plain.notes.size);
    for (const at of plain.notes.keys()) expect(all.notes.has(at)).toBe(true);
  }, 60_000);

  test('--explain-notes puts the computation on every computed achievement cell, in the language of --lang', async () => {
    const { notes, report } = await run('explain', ['--explain-notes']);
    expect(report.policy.explainNotes).toBe(true);
    let total = 0;
    for (const s of report.sheets) {
      const explained = [...notes.entries()].filter(([at, text]) => at.startsWith(`${s.name}!`) && /^Traguardo: \d+(\.\d)?% [=(]/.test(text));
      expect(explained.length).toBe(s.indicators.filter((i) => i.achievement !== null && i.formula !== null).length);
      total += explained.length;
    }
    expect(total).toBeGreaterThan(10);
  }, 60_000);
});
