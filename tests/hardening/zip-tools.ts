// Building hostile zip files by hand (no opaque binaries in the repo): entries with any declared
// sizes, and deflate streams of zeros that inflate to gigabytes from about a megabyte.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The stored bytes: deflated when `method` is 8. */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  /** Sizes written in the headers (default: the real ones). A lying zip declares small ones. */
  declaredSize?: number;
}

/** A normal entry, deflated. */
export function entry(name: string, content: Buffer | string): ZipEntry {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { name, data: deflateRawSync(raw), method: 8, crc: crc32(raw), size: raw.length };
}

/** A deflate stream of `chunks` × 16 MB of zeros (about 16 KB per chunk), and its CRC. */
export function zerosEntry(name: string, chunks: number): ZipEntry {
  const CHUNK = 16 * 1024 * 1024;
  const zeros = Buffer.alloc(CHUNK);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 }); // non-final blocks: can be repeated
  const end = deflateRawSync(Buffer.alloc(0)); // one final empty block
  let crc = 0;
  for (let i = 0; i < chunks; i++) crc = crc32(zeros, crc);
  return { name, data: Buffer.concat([...Array.from({ length: chunks }, () => block), end]), method: 8, crc, size: CHUNK * chunks };
}

/** Writes a zip (local headers, central directory, end record) with the sizes each entry declares. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const usize = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0x21, 10); // a fixed DOS time/date: reproducible bytes
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(usize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(0x21, 12);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(usize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
