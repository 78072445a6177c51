import { parseArea, parseCell, areaAddress, cellAddress } from '../../src/workbook/address';
import { createOfficeWorkbook, type OfficeWorkbookDeps } from '../../src/workbook/office/officeWorkbook';
import { FakeExcelHost, cellKey, emptyCell, type FakeExcelOptions } from '../fakes/fakeExcel';
import type { FixtureSheet } from './fixture';
import type { HarnessFactory, WorkbookDump } from './harness';

/** Build the fake Excel host from the neutral fixture. */
export function buildFakeHost(fixture: FixtureSheet[], options: FakeExcelOptions = {}): FakeExcelHost {
  const host = new FakeExcelHost(options);
  for (const s of fixture) {
    const sheet = host.addSheet(s.name, { visibility: s.visible === false ? 'Hidden' : 'Visible' });
    for (const c of s.cells) {
      const at = parseCell(c.address);
      if (!at) throw new Error(`bad address ${c.address}`);
      sheet.cells.set(cellKey(at.row, at.col), {
        ...emptyCell(),
        value: c.value,
        formula: c.formula ? `=${c.formula}` : null,
        numberFormat: c.numFmt ?? 'General',
        text: c.text ?? null,
        fill: c.fill ?? null,
        fontColor: c.fontColor ?? null,
        bold: c.bold ?? false,
      });
      if (c.note) sheet.notes.set(c.address, c.note);
    }
    for (const m of s.merges ?? []) {
      const a = parseArea(m);
      if (a) sheet.merges.push(a);
    }
    for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
  }
  return host;
}

/** Everything visible in the fake workbook. */
export function dumpFake(host: FakeExcelHost): WorkbookDump {
  const dump: WorkbookDump = { sheets: [], cells: {}, formats: {}, merges: {}, settings: [...host.settings.keys()].sort() };
  for (const s of host.sheets) {
    dump.sheets.push({ name: s.name, visible: s.visibility === 'Visible' });
    const cells: WorkbookDump['cells'][string] = {};
    const keys = [...s.cells.keys()].sort();
    for (const key of keys) {
      const c = s.cells.get(key);
      if (!c) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      const address = cellAddress(row, col);
      const note = s.notes.get(address) ?? s.comments.get(address)?.content ?? null;
      const style = { numberFormat: c.numberFormat, fill: c.fill, fontColor: c.fontColor, bold: c.bold };
      const blank = c.value === '' && c.formula === null && c.numberFormat === 'General' && !c.fill && !c.fontColor && !c.bold;
      if (blank && note === null) continue;
      cells[address] = { value: c.formula ?? c.value, style, note };
    }
    for (const [address, note] of s.notes) if (!cells[address]) cells[address] = { value: '', style: null, note };
    for (const [address, c] of s.comments) if (!cells[address]) cells[address] = { value: '', style: null, note: c.content };
    dump.cells[s.name] = cells;
    dump.formats[s.name] = s.conditionalFormats.map((f) => ({ ref: areaAddress(f.area), fill: f.fill, formula: f.formula.replace(/^=/, '') }));
    dump.merges[s.name] = s.merges.map(areaAddress).sort();
  }
  return dump;
}

/** The contract harness for the Office.js adapter over the fake host; `reopen` is a new adapter on the same host. */
export const officeHarness = (options: FakeExcelOptions = {}, deps: Omit<OfficeWorkbookDeps, 'run' | 'isSetSupported'> = {}): HarnessFactory => async (fixture) => {
  const host = buildFakeHost(fixture, options);
  const make = () => createOfficeWorkbook({ ...deps, run: host.run, isSetSupported: host.isSetSupported });
  const harness = {
    host,
    port: make(),
    dump: async () => dumpFake(host),
    reopen: async () => {
      harness.port = make();
      return harness.port;
    },
  };
  return harness;
};
