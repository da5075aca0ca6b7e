// Checks a file before any Excel parsing: the right kind of file, no macros, no encryption, and
// no zip bomb. The zip's central directory is read first (yauzl) and refused on what it declares;
// then each entry is inflated once, natively, against its declared size (inflate-guard.ts), and
// those bytes are handed on, so that exceljs never inflates anything itself.
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { MAX_RETURN_FILE_BYTES, tooLargeMessage } from '../../shared/survey/size-refusal.ts';
import { inflateEntries, type InflatedEntry, type ZipEntryInfo } from './inflate-guard.ts';

export const MAX_FILE_BYTES = MAX_RETURN_FILE_BYTES;
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;

export type GuardReason =
  | 'empty' | 'too-large' | 'xls' | 'encrypted' | 'csv' | 'pdf' | 'not-excel' | 'broken' | 'zip-bomb' | 'macro' | 'not-workbook' | 'too-many-rows';

export interface GuardRejection {
  reason: GuardReason;
  message: string;
}

const CFB_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const AGAIN = '記入した方に、Excel で「Excel ブック(*.xlsx)」形式で保存し直してもらってください。';

function reject(reason: GuardReason, message: string): GuardRejection {
  return { reason, message };
}

/** Text files (CSV and the like): no NUL byte and mostly printable in the first 4 KB. */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control <= head.length / 100;
}

function checkCompoundFile(buf: Buffer): GuardRejection {
  if (buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'))) {
    return reject('encrypted', `パスワードで保護(暗号化)されているため読めません。Excel でパスワードを解除して保存し直してもらってください。`);
  }
  if (buf.includes(utf16('Workbook')) || buf.includes(utf16('Book'))) {
    return reject('xls', `古い Excel 97-2003 形式(.xls)のため読めません。${AGAIN}`);
  }
  return reject('not-excel', `Excel ブック(.xlsx)ではありません(古い Office 形式のファイルです)。${AGAIN}`);
}

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

interface ZipSummary {
  entries: number;
  uncompressed: number;
  names: Set<string>;
  encrypted: boolean;
  suspicious: boolean;
  list: ZipEntryInfo[];
}

function readCentralDirectory(buf: Buffer): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    const options = { autoClose: false, lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false };
    yauzl.fromRandomAccessReader(new BufferReader(buf), buf.length, options, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const s: ZipSummary = { entries: 0, uncompressed: 0, names: new Set(), encrypted: false, suspicious: false, list: [] };
      zip.on('entry', (e: yauzl.Entry) => {
        s.entries++;
        s.list.push({
          name: e.fileName, rawName: Buffer.from(e.fileNameRaw), utf8: (e.generalPurposeBitFlag & 0x800) !== 0, crc32: e.crc32,
          compressionMethod: e.compressionMethod, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize,
          localHeaderOffset: e.relativeOffsetOfLocalHeader,
        });
        s.uncompressed += e.uncompressedSize;
        s.names.add(e.fileName.replace(/^\/+/u, '').toLowerCase());
        if (e.isEncrypted()) s.encrypted = true;
        // One entry inflating more than 200-fold to over 10 MB is a bomb, not a spreadsheet.
        if (e.uncompressedSize > 10 * 1024 * 1024 && e.uncompressedSize > 200 * Math.max(1, e.compressedSize)) s.suspicious = true;
        if (s.entries > MAX_ZIP_ENTRIES || s.uncompressed > MAX_UNCOMPRESSED_BYTES || s.suspicious) {
          zip.close();
          return resolve(s);
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(s));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export type Inspection = { ok: true; entries: InflatedEntry[] } | { ok: false; rejection: GuardRejection };

/** null when the file may be opened as an .xlsx workbook; else why not, in Japanese. */
export async function guardFile(buf: Buffer): Promise<GuardRejection | null> {
  const r = await inspectFile(buf);
  return r.ok ? null : r.rejection;
}

const BOMB = '展開後の大きさが異常に大きい(圧縮爆弾の疑いがある)ため、開かずに拒否しました。送り主に確認してください。';
const BROKEN = 'ファイルが壊れているため開けません(途中までしか保存・送信されていない可能性があります)。元のファイルを送り直してもらってください。';

/** The workbook's zip entries, inflated and checked; or why the file is refused, in Japanese. */
export async function inspectFile(buf: Buffer): Promise<Inspection> {
  const zip = await checkDeclared(buf);
  if ('reason' in zip) return { ok: false, rejection: zip };
  // Headers can lie (issue 8): each entry is inflated against its declared size before exceljs sees it.
  const inflated = inflateEntries(buf, zip.list, MAX_UNCOMPRESSED_BYTES);
  if (inflated === 'zip-bomb') return { ok: false, rejection: reject('zip-bomb', BOMB) };
  if (inflated === 'broken') return { ok: false, rejection: reject('broken', BROKEN) };
  return { ok: true, entries: inflated };
}

/** Everything decided from the bytes and what the central directory declares. */
async function checkDeclared(buf: Buffer): Promise<GuardRejection | ZipSummary> {
  if (buf.length === 0) return reject('empty', '空のファイル(0バイト)です。ファイルを選び直してください。');
  if (buf.length > MAX_FILE_BYTES) return reject('too-large', tooLargeMessage(buf.length));
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) return checkCompoundFile(buf);
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return reject('pdf', `PDF ファイルです。${AGAIN}`);
  if (buf.readUInt32LE(0) !== 0x04034b50 || buf.length < 22) {
    if (looksLikeText(buf)) {
      return reject('csv', `Excel ブックではなく、CSV などのテキストファイルです(拡張子だけ .xlsx に変えたものと思われます)。${AGAIN}`);
    }
    return reject('not-excel', `Excel ブック(.xlsx)ではありません。照会で送付した様式のファイルを選んでください。`);
  }
  let zip: ZipSummary;
  try {
    zip = await readCentralDirectory(buf);
  } catch {
    return reject('broken', BROKEN);
  }
  if (zip.entries > MAX_ZIP_ENTRIES || zip.uncompressed > MAX_UNCOMPRESSED_BYTES || zip.suspicious) return reject('zip-bomb', BOMB);
  if (zip.encrypted) return reject('encrypted', 'ファイルが暗号化されているため読めません。暗号化を解除して保存し直してもらってください。');
  if ([...zip.names].some((n) => n.endsWith('vbaproject.bin'))) {
    return reject('macro', `マクロ(VBA)を含むファイル(.xlsm など)は安全のため取り込みません。${AGAIN}`);
  }
  if (!zip.names.has('xl/workbook.xml')) {
    const what = [...zip.names].some((n) => n.startsWith('word/')) ? 'Word 文書' : [...zip.names].some((n) => n.startsWith('ppt/')) ? 'PowerPoint 資料' : 'Excel ブックではない zip ファイル';
    return reject('not-workbook', `${what}です。照会で送付した Excel の様式を選んでください。`);
  }
  return zip;
}
