import { Inflate, deflateSync } from 'fflate';

/** A package the patcher does not handle (zip64, encryption, an unknown compression, a part it cannot parse…). */
export class PatchUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchUnsupported';
  }
}

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  csize: number;
  usize: number;
  localOffset: number;
  /** The entry's central-directory record, as in the file. */
  central: Uint8Array;
  time: number;
  date: number;
  /** True when a size or the offset came from the zip64 extra field. */
  zip64: boolean;
}

/** The most bytes one part may inflate to. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;

/** The most entries a package may list. */
export const MAX_ENTRIES = 100_000;

/** Why a package is refused before anything inflates it: each names the part (when one) and the limit crossed. */
export type RefusalKind = 'duplicate-part' | 'part-too-large' | 'package-too-large' | 'size-mismatch' | 'too-many-parts' | 'file-too-large';

/**
 * A package refused for safety: two entries of one name, a part or a whole that would inflate past its budget,
 * a part whose data inflates to more than its header says (a zip bomb).
 */
export class PackageRefused extends Error {
  override readonly name = 'PackageRefused';
  constructor(
    readonly kind: RefusalKind,
    /** The part concerned, as named in the zip (null for the whole package). */
    readonly part: string | null,
    /** The limit crossed, in bytes (or entries), or the declared size for a mismatch. */
    readonly limit: number,
  ) {
    super(`${kind}${part === null ? '' : ` ${part}`} (${limit})`);
  }
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export const textOf = (bytes: Uint8Array): string => utf8.decode(bytes);
export const bytesOf = (text: string): Uint8Array => encoder.encode(text);

const u16 = (b: Uint8Array, i: number): number => (b[i] as number) | ((b[i + 1] as number) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
/** A little-endian 64-bit number (exact up to 2^53, past any file this reads). */
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x100000000;

/** Fill the sizes and offset an entry marks 0xffffffff from its zip64 extra field (id 1), in the order the format sets. */
function readZip64Extra(e: ZipEntry, extra: Uint8Array): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = u16(extra, i);
    const len = u16(extra, i + 2);
    if (id === 1) {
      let q = i + 4;
      const end = q + len;
      const take = (): number => {
        if (q + 8 > end) throw new PatchUnsupported('short zip64 extra field');
        const v = u64(extra, q);
        q += 8;
        return v;
      };
      if (e.usize === 0xffffffff) e.usize = take();
      if (e.csize === 0xffffffff) e.csize = take();
      if (e.localOffset === 0xffffffff) e.localOffset = take();
      e.zip64 = true;
      return;
    }
    i += 4 + len;
  }
  throw new PatchUnsupported('zip64 entry without its extra field');
}

/**
 * A zip file read through its central directory: entries by name (case-insensitive, as OPC part names are),
 * their inflated bytes on demand, and their raw local records for copying without recompressing.
 */
export class ZipReader {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    const b = bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (u32(b, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new PatchUnsupported('no end of central directory');
    let count = u16(b, eocd + 10);
    let cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || u32(b, eocd + 12) === 0xffffffff) {
      // zip64: the end of central directory locator just before the record points to the zip64 record.
      const loc = eocd - 20;
      if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new PatchUnsupported('zip64 package without its locator');
      const rec = u64(b, loc + 8);
      if (rec + 56 > b.length || u32(b, rec) !== 0x06064b50) throw new PatchUnsupported('bad zip64 end of central directory');
      count = u64(b, rec + 32);
      cdOffset = u64(b, rec + 48);
    }
    if (count > MAX_ENTRIES) throw new PackageRefused('too-many-parts', null, MAX_ENTRIES);
    const seen = new Set<string>();
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new PatchUnsupported('bad central directory');
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      const size = 46 + nameLen + extraLen + commentLen;
      const e: ZipEntry = {
        flags: u16(b, p + 8),
        method: u16(b, p + 10),
        time: u16(b, p + 12),
        date: u16(b, p + 14),
        csize: u32(b, p + 20),
        usize: u32(b, p + 24),
        localOffset: u32(b, p + 42),
        name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)),
        central: b.subarray(p, p + size),
        zip64: false,
      };
      if (e.usize === 0xffffffff || e.csize === 0xffffffff || e.localOffset === 0xffffffff) readZip64Extra(e, b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
      if (e.flags & 1) throw new PatchUnsupported('encrypted entry');
      if (e.method !== 0 && e.method !== 8) throw new PatchUnsupported(`compression method ${e.method}`);
      if (e.localOffset + 30 > b.length || u32(b, e.localOffset) !== 0x04034b50) throw new PatchUnsupported('bad local header');
      if (this.dataStart(e) + e.csize > b.length) throw new PatchUnsupported(`entry ${e.name} runs past the end of the file`);
      const key = e.name.toLowerCase();
      // Two entries of one name: readers disagree on which one counts (and a patch would keep the stale one).
      if (seen.has(key)) throw new PackageRefused('duplicate-part', e.name, 0);
      seen.add(key);
      this.entries.push(e);
      this.byName.set(key, e);
      p += size;
    }
  }

  /** Where an entry's compressed data starts (after its local header). */
  private dataStart(e: ZipEntry): number {
    return e.localOffset + 30 + u16(this.bytes, e.localOffset + 26) + u16(this.bytes, e.localOffset + 28);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The compressed data of an entry, as stored. */
  private data(e: ZipEntry): Uint8Array {
    const start = this.dataStart(e);
    return this.bytes.subarray(start, start + e.csize);
  }

  /**
   * Inflate an entry without keeping its bytes, counting them: refuses it (PackageRefused) as soon as it gives
   * more than its declared size, or more than `limit` (a zip bomb whose header lies), or ends short of it.
   */
  verify(e: ZipEntry, limit: number): void {
    if (e.usize > limit) throw new PackageRefused('part-too-large', e.name, limit);
    const data = this.data(e);
    if (e.method === 0) {
      if (data.length !== e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
      return;
    }
    let n = 0;
    const inflater = new Inflate((chunk) => {
      n += chunk.length;
      if (n > e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
    });
    // Small compressed steps: deflate reaches about 1000:1, so one step never gives more than a few megabytes.
    const step = 1 << 12;
    try {
      for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
      if (data.length === 0) inflater.push(data, true);
    } catch (err) {
      if (err instanceof PackageRefused) throw err;
      throw new PatchUnsupported(`bad compressed data in ${e.name}`);
    }
    if (n !== e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
  }

  /** The local record of an entry (header, data, data descriptor), to copy as it is. */
  raw(e: ZipEntry): Uint8Array {
    const start = e.localOffset;
    let end = this.dataStart(e) + e.csize;
    if (e.flags & 8) end += (u32(this.bytes, end) === 0x08074b50 ? 4 : 0) + (e.zip64 ? 20 : 12);
    return this.bytes.subarray(start, end);
  }

  /**
   * The inflated bytes of a part, never more than its declared size (itself within `MAX_PART_BYTES`).
   * @throws PackageRefused for a part declared too large or inflating past its declared size
   */
  read(name: string): Uint8Array {
    const e = this.entry(name);
    if (!e) throw new PatchUnsupported(`no part ${name}`);
    if (e.usize > MAX_PART_BYTES) throw new PackageRefused('part-too-large', e.name, MAX_PART_BYTES);
    const data = this.data(e);
    if (e.method === 0) {
      if (data.length !== e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
      return data;
    }
    const out = new Uint8Array(e.usize);
    let n = 0;
    const inflater = new Inflate((chunk) => {
      if (n + chunk.length > e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
      out.set(chunk, n);
      n += chunk.length;
    });
    const step = 1 << 14;
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
    } catch (err) {
      if (err instanceof PackageRefused) throw err;
      throw new PatchUnsupported(`bad compressed data in ${e.name}`);
    }
    if (n !== e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
    return out;
  }

  text(name: string): string {
    return utf8.decode(this.read(name));
  }

  /** The inflated bytes of a part, natively and off the main thread where the platform can. */
  async readAsync(name: string): Promise<Uint8Array> {
    const e = this.entry(name);
    if (!e || e.method !== 8 || !hasNativeDeflate() || e.usize > MAX_PART_BYTES) return this.read(name);
    try {
      const stream = new Blob([this.data(e) as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw' as CompressionFormat));
      const reader = stream.getReader();
      const out = new Uint8Array(e.usize);
      let n = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (n + value.length > e.usize) {
          await reader.cancel();
          throw new PackageRefused('size-mismatch', e.name, e.usize);
        }
        out.set(value, n);
        n += value.length;
      }
      if (n !== e.usize) throw new PackageRefused('size-mismatch', e.name, e.usize);
      return out;
    } catch (err) {
      if (err instanceof PackageRefused) throw err;
      return this.read(name);
    }
  }
}

let CRC_TABLE: Uint32Array | null = null;
function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const t = CRC_TABLE;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (t[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

class Out {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

function header(size: number): { b: Uint8Array; v: DataView } {
  const b = new Uint8Array(size);
  return { b, v: new DataView(b.buffer) };
}

/**
 * Write a zip from an original one: every entry in its order, unchanged ones copied as they are (compressed
 * bytes, local header and all), changed ones deflated anew, removed ones (null) left out, new ones at the end.
 */
export async function writeZip(src: ZipReader, changes: ReadonlyMap<string, Uint8Array | null>): Promise<Uint8Array> {
  const packed = new Map<Uint8Array, Promise<Uint8Array>>();
  for (const data of changes.values()) if (data !== null) packed.set(data, compress(data));
  const done = new Map<Uint8Array, Uint8Array>();
  for (const [data, p] of packed) done.set(data, await p);
  return assemble(src, changes, done);
}

let nativeDeflate: boolean | null = null;
/** True where the platform compresses natively (CompressionStream 'deflate-raw': browsers, Node ≥ 20.12). */
function hasNativeDeflate(): boolean {
  if (nativeDeflate === null) {
    try {
      nativeDeflate =
        typeof CompressionStream === 'function' &&
        typeof DecompressionStream === 'function' &&
        typeof Response === 'function' &&
        typeof Blob === 'function' &&
        new CompressionStream('deflate-raw' as CompressionFormat) !== null &&
        new DecompressionStream('deflate-raw' as CompressionFormat) !== null;
    } catch {
      nativeDeflate = false;
    }
  }
  return nativeDeflate;
}

/** Raw deflate of one part: natively and off the main thread where the platform can, else with fflate. */
async function compress(data: Uint8Array): Promise<Uint8Array> {
  if (data.length > 1 << 14 && hasNativeDeflate()) {
    try {
      const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw' as CompressionFormat));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch {
      // fall through to fflate
    }
  }
  return deflateSync(data, { level: data.length > 1 << 16 ? 1 : 6 });
}

function assemble(src: ZipReader, changes: ReadonlyMap<string, Uint8Array | null>, packedData: ReadonlyMap<Uint8Array, Uint8Array>): Uint8Array {
  const out = new Out();
  const central = new Out();
  let count = 0;
  const pending = new Map<string, Uint8Array | null>();
  for (const [name, data] of changes) pending.set(name.toLowerCase(), data);
  const stamp = src.entries[0] ?? { time: 0, date: 0x21 };

  const writeNew = (name: string, data: Uint8Array, time: number, date: number): void => {
    const nameBytes = bytesOf(name);
    const packed = packedData.get(data);
    if (!packed) throw new PatchUnsupported(`part ${name} not compressed`);
    const crc = crc32(data);
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    const l = header(30);
    l.v.setUint32(0, 0x04034b50, true);
    l.v.setUint16(4, 20, true);
    l.v.setUint16(6, flags, true);
    l.v.setUint16(8, 8, true);
    l.v.setUint16(10, time, true);
    l.v.setUint16(12, date, true);
    l.v.setUint32(14, crc, true);
    l.v.setUint32(18, packed.length, true);
    l.v.setUint32(22, data.length, true);
    l.v.setUint16(26, nameBytes.length, true);
    l.v.setUint16(28, 0, true);
    const c = header(46);
    c.v.setUint32(0, 0x02014b50, true);
    c.v.setUint16(4, 20, true);
    c.v.setUint16(6, 20, true);
    c.v.setUint16(8, flags, true);
    c.v.setUint16(10, 8, true);
    c.v.setUint16(12, time, true);
    c.v.setUint16(14, date, true);
    c.v.setUint32(16, crc, true);
    c.v.setUint32(20, packed.length, true);
    c.v.setUint32(24, data.length, true);
    c.v.setUint16(28, nameBytes.length, true);
    c.v.setUint32(42, out.length, true);
    central.push(c.b);
    central.push(nameBytes);
    out.push(l.b);
    out.push(nameBytes);
    out.push(packed);
    count++;
  };

  for (const e of src.entries) {
    const key = e.name.toLowerCase();
    if (pending.has(key)) {
      const data = pending.get(key) ?? null;
      pending.delete(key);
      if (data !== null) writeNew(e.name, data, e.time, e.date);
      continue;
    }
    const rec = new Uint8Array(e.central);
    new DataView(rec.buffer).setUint32(42, out.length, true);
    central.push(rec);
    out.push(src.raw(e));
    count++;
  }
  for (const [name, data] of changes) {
    if (data !== null && pending.has(name.toLowerCase())) writeNew(name, data, stamp.time, stamp.date);
  }
  if (count > 0xfffe || out.length > 0xfffffff0) throw new PatchUnsupported('package too large for zip32');
  const cdOffset = out.length;
  const cd = central.bytes();
  out.push(cd);
  const end = header(22);
  end.v.setUint32(0, 0x06054b50, true);
  end.v.setUint16(8, count, true);
  end.v.setUint16(10, count, true);
  end.v.setUint32(12, cd.length, true);
  end.v.setUint32(16, cdOffset, true);
  out.push(end.b);
  return out.bytes();
}
