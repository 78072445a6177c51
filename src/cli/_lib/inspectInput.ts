import { looksLikeZip, zipEntryNames } from './zip';
import type { InputProblem } from '../strings';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names of an encrypted OOXML package (MS-OFFCRYPTO), as stored in the OLE directory (UTF-16LE). */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];

/**
 * What the bytes of an input file are, before any spreadsheet library sees them: null when they look like an
 * .xlsx package, else the problem to report.
 * An Excel file saved with a password is not a zip but an OLE compound file holding `EncryptionInfo` and
 * `EncryptedPackage` streams; another OLE file is a legacy .xls (or .doc); a zip without a workbook part is
 * another kind of archive; a zip whose central directory cannot be read is truncated or damaged.
 * @example inspectInput(Buffer.from('hello')) //=> 'not-xlsx'
 */
export function inspectInput(bytes: Buffer): InputProblem | null {
  if (bytes.length >= OLE_MAGIC.length && bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    const encrypted = ENCRYPTION_STREAMS.some((n) => bytes.includes(Buffer.from(n, 'utf16le')));
    return encrypted ? 'encrypted' : 'legacy-xls';
  }
  if (!looksLikeZip(bytes)) return 'not-xlsx';
  const names = zipEntryNames(bytes);
  if (names === null) return 'corrupt';
  if (names.some((n) => ENCRYPTION_STREAMS.includes(n))) return 'encrypted';
  const isWorkbook = names.some((n) => /^\[Content_Types\]\.xml$/i.test(n)) && names.some((n) => /^xl\/workbook[^/]*\.xml$/i.test(n));
  return isWorkbook ? null : 'not-xlsx';
}
