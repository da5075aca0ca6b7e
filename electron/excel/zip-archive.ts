// A returned file's zip, read with yauzl: the central directory first (names and declared sizes,
// judged before anything is inflated), then only the parts the import reads, each inflated through
// yauzl's own entry-size validation (a stream that declares 4 KB and inflates to 1 GB stops at the
// first chunk past 4 KB). Parts the import never reads are never inflated, so they cannot hurt.
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipPart {
  /** The name as stored, without a leading slash. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  entry: yauzl.Entry;
}

export interface ZipArchive {
  /** Every entry, by lower-cased name (names in a zip are compared without case, as Excel does). */
  parts: Map<string, ZipPart>;
  /** Two entries with one name (which copy a reader takes is up to the reader): the first such name. */
  duplicate: string | null;
  /** The central directory ended early because it is already too big to be a form. */
  stoppedEarly: boolean;
  zip: yauzl.ZipFile;
}

export type PartProblem = 'zip-bomb' | 'broken';

/**
 * yauzl's reader over a Buffer, answering reads in a microtask. yauzl's own fromBuffer reads each
 * 46-byte directory header through a stream and a setImmediate hop: ~2 ms per returned form,
 * more than the rest of the check. (yauzl documents overriding read() for speed.)
 */
class BufferReader extends yauzl.RandomAccessReader {
  private readonly buf: Buffer;
  constructor(buf: Buffer) {
    super();
    this.buf = buf;
  }
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null, bytesRead?: number) => void): void {
    const n = this.buf.copy(buffer, offset, position, Math.min(position + length, this.buf.length));
    queueMicrotask(() => callback(null, n));
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from([this.buf.subarray(start, end)]);
  }
}

/** Reads the central directory; `tooBig` may stop it early (entry count, declared sizes). */
export function openArchive(buf: Buffer, tooBig: (parts: ReadonlyMap<string, ZipPart>, last: ZipPart) => boolean): Promise<ZipArchive> {
  return new Promise((resolve, reject) => {
    const options = { autoClose: false, lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false };
    yauzl.fromRandomAccessReader(new BufferReader(buf), buf.length, options, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const a: ZipArchive = { parts: new Map(), duplicate: null, stoppedEarly: false, zip };
      zip.on('entry', (e: yauzl.Entry) => {
        const name = e.fileName.replace(/^\/+/u, '');
        const key = name.toLowerCase();
        const part = { name, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize, encrypted: e.isEncrypted(), entry: e };
        if (a.parts.has(key)) a.duplicate ??= name;
        else a.parts.set(key, part);
        if (tooBig(a.parts, part)) {
          a.stoppedEarly = true;
          return resolve(a);
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(a));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** One part inflated (yauzl checks it inflates to exactly its declared size), or why not. */
export function readPart(a: ZipArchive, part: ZipPart): Promise<Buffer | PartProblem> {
  return new Promise((resolve) => {
    a.zip.openReadStream(part.entry, (err, stream) => {
      if (err || !stream) return resolve('broken');
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e: Error) => {
        (stream as unknown as { destroy?: () => void }).destroy?.();
        resolve(/too many bytes/u.test(e.message) ? 'zip-bomb' : 'broken');
      });
      stream.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    });
  });
}
