/** Issue 11: `traguardo score --json` carries the auditor's marks stored in the workbook and each finding's status. */
import { readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runClear } from '../../src/cli/clear';
import { runScore } from '../../src/cli/score';
import { JsonReportSchema } from '../../src/cli/report';
import { reportFindings } from '../../src/core/rules/fingerprint';
import { detectLayout } from '../../src/core/layout/detectLayout';
import { DEFAULT_POLICY } from '../../src/core/scoring/policy';
import { scoreSheet } from '../../src/core/sheet/scoreSheet';
import { ExcelJsWorkbook } from '../../src/workbook/file/excelJsWorkbook';
import { withBaseline, withMarks } from '../../src/workbook/reviews';
import { fakeIo } from './_lib/fakeIo';
import { copySample, tempDir } from './_lib/workbookFiles';

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the JSON report holds the stored marks and each finding with its status and comment', async () => {
  const input = copySample('monitoraggio-2023.xlsx', tempDir('rev-', dir));
  const wb = await ExcelJsWorkbook.load(readFileSync(input));
  const sheet = 'Monitoraggio 2023';
  const snapshot = await wb.readSheet(sheet);
  const mapping = detectLayout(snapshot, { sheet }).mapping!;
  const findings = reportFindings(scoreSheet(snapshot, mapping, DEFAULT_POLICY));
  const target = findings.find((f) => f.subject.indicator !== null)!;
  const reviews = withBaseline(
    withMarks(null, [target.fingerprint], { status: 'accepted', comment: 'Scostamento giustificato nella relazione', by: 'OIV' }),
    sheet,
    [],
    '2024-03-01T10:00:00.000Z',
  );
  await wb.writeSettings({ version: 1, mappings: {}, reviews });
  const file = path.join(path.dirname(input), 'reviewed.xlsx');
  writeFileSync(file, await wb.save());

  const io = fakeIo();
  expect(await runScore([file, '--json', '-', '--lang', 'en'], io)).toBe(0);
  const json = JsonReportSchema.parse(JSON.parse(io.out()));
  expect(json.reviews?.marks).toEqual([expect.objectContaining({ fingerprint: target.fingerprint, status: 'accepted', by: 'OIV' })]);
  const all = json.sheets.flatMap((s) => [...s.findings, ...s.indicators.flatMap((i) => i.findings)]);
  expect(all).toHaveLength(findings.length);
  const accepted = all.filter((f) => f.status === 'accepted');
  expect(accepted).toEqual([expect.objectContaining({ code: target.finding.code, cell: target.finding.cell ?? expect.any(String), comment: 'Scostamento giustificato nella relazione' })]);
  expect(all.filter((f) => f.status === 'open')).toHaveLength(findings.length - 1);
});

test('a workbook never reviewed gives reviews null and every finding open', async () => {
  const input = copySample('monitoraggio-2023.xlsx', tempDir('rev-', dir));
  const io = fakeIo();
  expect(await runScore([input, '--json', '-'], io)).toBe(0);
  const json = JsonReportSchema.parse(JSON.parse(io.out()));
  expect(json.reviews).toBeNull();
  expect(json.sheets[0]!.indicators.flatMap((i) => i.findings).every((f) => f.status === 'open' && f.comment === '')).toBe(true);
});

test('traguardo clear removes the audit sheet Traguardo wrote and keeps the marks', async () => {
  const input = copySample('monitoraggio-2023.xlsx', tempDir('rev-', dir));
  const wb = await ExcelJsWorkbook.load(readFileSync(input));
  await wb.writeSettings({ version: 1, mappings: {}, reviews: withMarks(null, ['x|S|sheet||1'], { status: 'confirmed', comment: '' }) });
  const name = await wb.writeAuditSheet({ name: 'Traguardo – Rilievi', title: 'Traguardo – Rilievi · S', header: ['Cella'], rows: [] });
  const file = path.join(path.dirname(input), 'audited.xlsx');
  writeFileSync(file, await wb.save());
  expect((await ExcelJsWorkbook.load(readFileSync(file))).workbook.getWorksheet(name)).toBeTruthy();
  const out = path.join(path.dirname(input), 'cleared.xlsx');
  expect(await runClear([file, '--out', out], fakeIo())).toBe(0);
  const cleared = await ExcelJsWorkbook.load(readFileSync(out));
  expect(cleared.workbook.getWorksheet(name)).toBeUndefined();
  expect((await cleared.readSettings())?.reviews?.marks).toHaveLength(1);
});
