import { readFileSync } from 'fs';
import * as path from 'path';
import { inspectInput } from '../../src/cli/_lib/inspectInput';
import { pinZipDates, zipEntryNames } from '../../src/cli/_lib/zip';
import { encryptedLookingFile, storedZip } from './_lib/storedZip';

const sample = readFileSync(path.join(__dirname, '..', '..', 'assets', 'samples', 'monitoraggio-2023.xlsx'));

describe('inspectInput names what an input file is before ExcelJS opens it', () => {
  test('a real .xlsx has no problem', () => {
    expect(inspectInput(sample)).toBeNull();
  });

  test.each([
    ['plain text renamed .xlsx', Buffer.from('Obiettivo;Target;Risultato\nA01;>= 0,21;0,12\n'), 'not-xlsx'],
    ['an empty file', Buffer.alloc(0), 'not-xlsx'],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'not-xlsx'],
    ['a zip without a workbook part (a .docx)', storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'not-xlsx'],
    ['the first half of an .xlsx (truncated download)', sample.subarray(0, Math.floor(sample.length / 2)), 'corrupt'],
    ['an .xlsx missing its last byte', sample.subarray(0, sample.length - 1), 'corrupt'],
    ['an OLE file holding EncryptionInfo and EncryptedPackage', encryptedLookingFile(), 'encrypted'],
    ['a zip holding EncryptionInfo and EncryptedPackage entries', storedZip({ EncryptionInfo: 'x', EncryptedPackage: 'y' }), 'encrypted'],
    ['an OLE file without encryption streams (a legacy .xls)', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(600)]), 'legacy-xls'],
  ])('%s is %s', (_what, bytes, problem) => {
    expect(inspectInput(bytes)).toBe(problem);
  });
});

describe('zip helpers', () => {
  test('zipEntryNames lists the parts of an .xlsx from its central directory', () => {
    expect(zipEntryNames(sample)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
  });

  test('pinZipDates sets every entry time and leaves the names and sizes alone', () => {
    const zip = storedZip({ 'a.txt': 'alpha', 'b/c.txt': 'gamma' });
    const pinned = pinZipDates(zip, new Date(Date.UTC(2024, 0, 1, 10, 30, 0)));
    expect(pinned.length).toBe(zip.length);
    expect(zipEntryNames(pinned)).toEqual(['a.txt', 'b/c.txt']);
    const dosTime = (10 << 11) | (30 << 5);
    const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;
    expect([pinned.readUInt16LE(10), pinned.readUInt16LE(12)]).toEqual([dosTime, dosDate]);
    expect(pinned.equals(pinZipDates(pinned, new Date(Date.UTC(2024, 0, 1, 10, 30, 0))))).toBe(true);
  });
});
