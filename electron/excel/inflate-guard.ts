// The second half of the zip-bomb check (issue 8): the central directory can lie about sizes.
// Each entry is inflated once, natively, with zlib's maxOutputLength set one byte past what its
// header declares: an entry that would inflate to more stops at once (a 4 KB header over 1 GB of
// zeros costs a few KB), and one that inflates to anything but its declared size is refused. The
// declared sizes were already capped by the central-directory check, so this is bounded too.
// The inflated bytes are kept: they are what exceljs reads (stored-zip.ts), nothing is inflated twice.
import { inflateRawSync } from 'node:zlib';

export type InflateProblem = 'zip-bomb' | 'broken';

/** One central-directory entry, as yauzl read it. */
export interface ZipEntryInfo {
  /** Decoded name (for the guard's checks). */
  name: string;
  /** The name's bytes as stored, written back as they were (with the UTF-8 flag). */
  rawName: Buffer;
  utf8: boolean;
  crc32: number;
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface InflatedEntry {
  info: ZipEntryInfo;
  data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;

/** The compressed bytes of an entry (after its local header), or null when they lie outside the file. */
function compressedBytes(buf: Buffer, e: ZipEntryInfo): Buffer | null {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  return end <= buf.length ? buf.subarray(start, end) : null;
}

function inflateOne(buf: Buffer, e: ZipEntryInfo): Buffer | InflateProblem {
  const raw = compressedBytes(buf, e);
  if (!raw) return 'broken';
  if (e.compressionMethod === 0) return raw.length === e.uncompressedSize ? raw : 'broken';
  if (raw.length === 0 && e.uncompressedSize === 0) return raw; // an empty entry (a folder) some writers mark deflated
  if (e.compressionMethod !== 8) return 'broken'; // neither stored nor deflated: exceljs cannot read it either
  let out: Buffer;
  try {
    out = inflateRawSync(raw, { maxOutputLength: e.uncompressedSize + 1 });
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'zip-bomb' : 'broken';
  }
  return out.length === e.uncompressedSize ? out : 'broken';
}

/** Every entry inflated (the total capped at `maxTotal`), or why the file is refused. */
export function inflateEntries(buf: Buffer, entries: readonly ZipEntryInfo[], maxTotal: number): InflatedEntry[] | InflateProblem {
  const out: InflatedEntry[] = [];
  let total = 0;
  for (const info of entries) {
    const data = inflateOne(buf, info);
    if (typeof data === 'string') return data;
    total += data.length;
    if (total > maxTotal) return 'zip-bomb';
    out.push({ info, data });
  }
  return out;
}
