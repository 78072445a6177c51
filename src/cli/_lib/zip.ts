/**
 * Just enough of the zip format to look inside an .xlsx without unpacking it: list the entry names from the
 * central directory, and pin every entry's timestamp so that a generated file is byte-for-byte reproducible.
 * The central directory is read by the package reader the file adapter saves with.
 */
import { PatchUnsupported, ZipReader } from '../../workbook/file/package/zip';

const LOCAL_SIGNATURE = 0x04034b50;

/** The zip's reader; null when its structure cannot be read. A package refused for safety (PackageRefused) throws. */
function reader(buf: Buffer): ZipReader | null {
  try {
    return new ZipReader(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  } catch (err) {
    if (err instanceof PatchUnsupported) return null;
    throw err;
  }
}

/** True when the bytes start like a zip archive ("PK\x03\x04"). */
export function looksLikeZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === LOCAL_SIGNATURE;
}

/**
 * The entry names of a zip archive, read from its central directory; null when the directory is missing or
 * broken (a truncated download, for instance).
 * @throws PackageRefused when the archive names an entry twice or lists too many
 * @example zipEntryNames(xlsxBytes) //=> ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 */
export function zipEntryNames(buf: Buffer): string[] | null {
  return reader(buf)?.entries.map((e) => e.name) ?? null;
}

/**
 * A copy of a zip archive with every entry's modification time set to `date` (UTC, 2-second precision),
 * so that archiving the same content twice gives the same bytes. Returns the input unchanged when it is not
 * a readable zip.
 * @example pinZipDates(bytes, new Date(Date.UTC(2024, 0, 1)))
 */
export function pinZipDates(buf: Buffer, date: Date): Buffer {
  const zip = reader(buf);
  if (!zip) return buf;
  const out = Buffer.from(buf);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (const e of zip.entries) {
    const central = e.central.byteOffset - buf.byteOffset;
    out.writeUInt16LE(dosTime, central + 12);
    out.writeUInt16LE(dosDate, central + 14);
    out.writeUInt16LE(dosTime, e.localOffset + 10);
    out.writeUInt16LE(dosDate, e.localOffset + 12);
  }
  return out;
}

/**
 * True when the package is a macro-enabled workbook (.xlsm): its workbook part has the macro-enabled content
 * type, or it holds a VBA project. Such a package saved under .xlsx (or the reverse) is refused by Excel.
 */
export function isMacroEnabled(buf: Buffer): boolean {
  const zip = reader(buf);
  if (!zip) return false;
  if (zip.entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return true;
  if (!zip.has('[Content_Types].xml')) return false;
  return /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/i.test(zip.text('[Content_Types].xml'));
}
