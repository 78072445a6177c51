/**
 * Just enough of the zip format to look inside an .xlsx without unpacking it: list the entry names from the
 * central directory, and pin every entry's timestamp so that a generated file is byte-for-byte reproducible.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

interface CentralEntry {
  name: string;
  /** Offset of the central-directory record. */
  central: number;
  /** Offset of the local file header. */
  local: number;
}

function findEocd(buf: Buffer): number {
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function centralEntries(buf: Buffer): CentralEntry[] | null {
  if (buf.length < 22) return null;
  const eocd = findEocd(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    if (at + 46 + nameLen > buf.length) return null;
    out.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLen), central: at, local });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** True when the bytes start like a zip archive ("PK\x03\x04"). */
export function looksLikeZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === LOCAL_SIGNATURE;
}

/**
 * The entry names of a zip archive, read from its central directory; null when the directory is missing or
 * broken (a truncated download, for instance).
 * @example zipEntryNames(xlsxBytes) //=> ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 */
export function zipEntryNames(buf: Buffer): string[] | null {
  return centralEntries(buf)?.map((e) => e.name) ?? null;
}

/**
 * A copy of a zip archive with every entry's modification time set to `date` (UTC, 2-second precision),
 * so that archiving the same content twice gives the same bytes. Returns the input unchanged when it is not
 * a readable zip.
 * @example pinZipDates(bytes, new Date(Date.UTC(2024, 0, 1)))
 */
export function pinZipDates(buf: Buffer, date: Date): Buffer {
  const entries = centralEntries(buf);
  if (!entries) return buf;
  const out = Buffer.from(buf);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (const e of entries) {
    out.writeUInt16LE(dosTime, e.central + 12);
    out.writeUInt16LE(dosDate, e.central + 14);
    if (e.local + 30 <= out.length && out.readUInt32LE(e.local) === LOCAL_SIGNATURE) {
      out.writeUInt16LE(dosTime, e.local + 10);
      out.writeUInt16LE(dosDate, e.local + 12);
    }
  }
  return out;
}
