// Checks a file before any Excel parsing: the right kind of file, no macros, no encryption, and
// no zip bomb. The zip's central directory is read first (zip-archive.ts) and refused on what it
// declares: duplicate names, sizes, macro parts by name and by content type; the parts the import
// reads are then inflated one by one against their declared sizes (workbook-dump.ts).
import { MAX_RETURN_FILE_BYTES, tooLargeMessage } from '../../shared/survey/size-refusal.ts';
import { readContentTypes, readRelationships, type ContentTypes } from './workbook-parts.ts';
import { partText } from './xml-read.ts';
import { openArchive, readPart, type ZipArchive, type ZipPart } from './zip-archive.ts';

export const MAX_FILE_BYTES = MAX_RETURN_FILE_BYTES;
/** What the parts the import reads may inflate to, together. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/**
 * What the whole zip may declare. Parts the import never reads (a big sheet pasted beside the
 * form, pictures) are never inflated, so they may be larger than what is read; still bounded.
 */
export const MAX_DECLARED_BYTES = 1024 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;

export type GuardReason =
  | 'empty' | 'too-large' | 'xls' | 'encrypted' | 'csv' | 'pdf' | 'not-excel' | 'broken' | 'zip-bomb' | 'macro' | 'not-workbook' | 'ods' | 'duplicate-entry' | 'too-many-rows' | 'bad-text';

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

export type Inspection = { ok: true; archive: ZipArchive; contentTypes: ContentTypes } | { ok: false; rejection: GuardRejection };

/** null when the file may be opened as an .xlsx workbook; else why not, in Japanese. */
export async function guardFile(buf: Buffer): Promise<GuardRejection | null> {
  const r = await inspectFile(buf);
  if (r.ok) r.archive.zip.close();
  return r.ok ? null : r.rejection;
}

const BOMB = '展開後の大きさが異常に大きい(圧縮爆弾の疑いがある)ため、開かずに拒否しました。送り主に確認してください。';
const BROKEN = 'ファイルが壊れているため開けません(途中までしか保存・送信されていない可能性があります)。元のファイルを送り直してもらってください。';

export const BOMB_REJECTION = reject('zip-bomb', BOMB);
export const BROKEN_REJECTION = reject('broken', BROKEN);

/** The workbook's zip, checked from its directory and content types; or why the file is refused. */
export async function inspectFile(buf: Buffer): Promise<Inspection> {
  const zip = await checkDeclared(buf);
  if ('reason' in zip) return { ok: false, rejection: zip };
  const judged = await checkContent(zip);
  if ('reason' in judged) {
    zip.zip.close();
    return { ok: false, rejection: judged };
  }
  return { ok: true, archive: zip, contentTypes: judged };
}

const MACRO_TYPE = /vbaProject|macroEnabled|vbaData|activeX/iu;
const WORKBOOK_TYPE = /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.(sheet|template)\.main\+xml$/u;
const ODS = `LibreOffice などの OpenDocument 形式(.ods)のファイルです(拡張子だけ .xlsx に変えたものと思われます)。LibreOffice の「ファイル」→「名前を付けて保存」で、ファイルの種類に「Excel 2007-365 (.xlsx)」を選んで保存し直してもらってください。`;

/** Judged by what the parts are (the mimetype of an OpenDocument file, the content types), not only by their names. */
async function checkContent(zip: ZipArchive): Promise<GuardRejection | ContentTypes> {
  const small = async (p: ZipPart | undefined) => {
    if (!p || p.uncompressedSize > 1024 * 1024) return null;
    const d = await readPart(zip, p);
    return typeof d === 'string' ? d : partText(d).text;
  };
  const mimetype = await small(zip.parts.get('mimetype'));
  if (mimetype === 'zip-bomb') return BOMB_REJECTION;
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    return mimetype.includes('spreadsheet') ? reject('ods', ODS) : reject('not-workbook', `OpenDocument 形式の文書(表計算ではないもの)です。照会で送付した Excel の様式を選んでください。`);
  }
  const names = [...zip.parts.keys()];
  if (!zip.parts.has('xl/workbook.xml')) {
    const what = names.some((n) => n.startsWith('word/')) ? 'Word 文書' : names.some((n) => n.startsWith('ppt/')) ? 'PowerPoint 資料' : 'Excel ブックではない zip ファイル';
    return reject('not-workbook', `${what}です。照会で送付した Excel の様式を選んでください。`);
  }
  const xml = await small(zip.parts.get('[content_types].xml'));
  if (xml === 'zip-bomb') return BOMB_REJECTION;
  if (xml === null || xml === 'broken') return BROKEN_REJECTION;
  const rels = await small(zip.parts.get('_rels/.rels'));
  if (rels === 'zip-bomb') return BOMB_REJECTION;
  let types: ContentTypes;
  let body: string | undefined;
  try {
    types = readContentTypes(xml);
    body = typeof rels === 'string' && rels !== 'broken' ? [...readRelationships(rels, '').values()].find((r) => r.type.endsWith('/officeDocument'))?.target : undefined;
  } catch {
    return BROKEN_REJECTION;
  }
  if (names.some((n) => MACRO_TYPE.test(types.of(n)))) return reject('macro', MACRO);
  // Excel opens the part the package points to with the workbook's type; the import reads xl/workbook.xml: they must be one.
  if ((body !== undefined && body.toLowerCase() !== 'xl/workbook.xml') || !WORKBOOK_TYPE.test(types.of('xl/workbook.xml'))) {
    return reject('not-workbook', `ブックの本体(xl/workbook.xml)が Excel の保存する形と違います(別の部品を本体として指しています)。照会で送付した様式ではないか、書き換えられています。${AGAIN}`);
  }
  return types;
}

/** Everything decided from the bytes and what the central directory declares. */
async function checkDeclared(buf: Buffer): Promise<GuardRejection | ZipArchive> {
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
  let zip: ZipArchive;
  let declared = 0;
  // One entry inflating more than 200-fold to over 10 MB is a bomb, not a spreadsheet.
  const bomb = (p: ZipPart) => p.uncompressedSize > 10 * 1024 * 1024 && p.uncompressedSize > 200 * Math.max(1, p.compressedSize);
  try {
    zip = await openArchive(buf, (parts, last) => {
      declared += last.uncompressedSize;
      return parts.size > MAX_ZIP_ENTRIES || declared > MAX_DECLARED_BYTES || bomb(last);
    });
  } catch {
    return reject('broken', BROKEN);
  }
  const refuse = (r: GuardRejection) => {
    zip.zip.close();
    return r;
  };
  if (zip.stoppedEarly) return refuse(reject('zip-bomb', BOMB));
  if ([...zip.parts.values()].some((p) => p.encrypted)) return refuse(reject('encrypted', 'ファイルが暗号化されているため読めません。暗号化を解除して保存し直してもらってください。'));
  if (zip.duplicate) {
    return refuse(reject('duplicate-entry', `ファイルの中に同じ名前の部品(${zip.duplicate})が2つあります。Excel が保存したファイルにはありえない形で、読むプログラムによって内容が変わるため取り込みません。送り主に確認してください。`));
  }
  if ([...zip.parts.keys()].some((n) => n.endsWith('vbaproject.bin'))) return refuse(reject('macro', MACRO));
  return zip;
}

const MACRO = `マクロ(VBA)を含むファイル(.xlsm など)は安全のため取り込みません。${AGAIN}`;
