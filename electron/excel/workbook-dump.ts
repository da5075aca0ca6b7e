// A returned workbook reduced to what the import reads: the text of every non-empty cell of the
// answer and metadata sheets (as a person sees it, merged cells from their master), whether the
// answer sheet is protected, and when the file was last saved. Plain data, so it can be made in a
// worker thread and posted back. Only the parts the form has are inflated and parsed: a big sheet
// pasted beside the form costs nothing.
import { BOMB_REJECTION, BROKEN_REJECTION, inspectFile, MAX_UNCOMPRESSED_BYTES, type GuardRejection } from './file-guard.ts';
import { cellText } from './cell-text.ts';
import { colLetter, SHEET_ANSWER, SHEET_META } from './form-layout.ts';
import { mergedRange, readSheet, type RawSheet } from './sheet-read.ts';
import { readModified, readRelationships, readSharedStrings, readStyles, readWorkbook, type ContentTypes, type Styles } from './workbook-parts.ts';
import { partText } from './xml-read.ts';
import { readPart, type ZipArchive } from './zip-archive.ts';

export interface SheetDump {
  cells: Record<string, string>;
  protected: boolean;
  /** The last row holding a value (rows pasted far below the form are refused on this). */
  lastRow: number;
  /** Cells whose text came from bytes that are not UTF-8 (shown as U+FFFD). */
  brokenText: string[];
}

/**
 * No sheet of a form comes near this (1,000 initiatives over 40 課: 5,745 rows for the biggest
 * 課); a sheet beyond it is refused while it is read. The 回答 sheet is also held to its own
 * form's size once the form is known (form-reader.ts).
 */
export const MAX_SHEET_ROWS = 50_000;
/** Merged ranges are expanded to their cells for reading; a form has a few hundred. */
const MAX_MERGED_CELLS = 200_000;

export interface WorkbookDump {
  sheets: Record<string, SheetDump>;
  /** The workbook's own last-saved time (docProps/core.xml), ISO, when present. */
  savedAt: string | null;
}

export type FileRead = { ok: true; dump: WorkbookDump } | { ok: false; rejection: GuardRejection };

const UNREADABLE: GuardRejection = { reason: 'broken', message: 'Excel ブックとして読めません(ファイルが壊れている可能性があります)。Excel で開けるか確かめ、保存し直してもらってください。' };

const TOO_MANY_MERGED: GuardRejection = { reason: 'too-many-rows', message: '結合されたセルの範囲が大きすぎて(シート全体を結合したものなど)、照会の様式として読めません。様式の外で結合したセルを解除して保存し直してもらってください。' };

class Refused extends Error {
  readonly rejection: GuardRejection;
  constructor(rejection: GuardRejection) {
    super(rejection.message);
    this.rejection = rejection;
  }
}

const tooManyRows = (name: string): GuardRejection => ({
  reason: 'too-many-rows',
  message: `「${name}」シートが ${MAX_SHEET_ROWS.toLocaleString('ja-JP')} 行を超えて使われていて、照会の様式(多くても数千行)よりはるかに大きいため、読み込まずに拒否しました。様式の下に貼り付けた行などを削除して保存し直してもらってください。`,
});

const TOO_BIG_TO_READ: GuardRejection = {
  reason: 'too-large',
  message: `様式として読む部分(文字列の一覧など)が展開すると ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024}MB を超え、照会の様式としては大きすぎるため読み込まずに拒否しました。別のシートに貼り付けた大量の文字などを削除して保存し直してもらってください。`,
};

/** Reads the parts one at a time, keeping the total within what a form can be. */
function partReader(a: ZipArchive) {
  let total = 0;
  return async (name: string, required: boolean): Promise<{ text: string; valid: boolean } | null> => {
    const p = a.parts.get(name.toLowerCase());
    if (!p) {
      if (required) throw new Refused(UNREADABLE);
      return null;
    }
    total += p.uncompressedSize;
    if (total > MAX_UNCOMPRESSED_BYTES) throw new Refused(TOO_BIG_TO_READ);
    const data = await readPart(a, p);
    if (data === 'zip-bomb') throw new Refused(BOMB_REJECTION);
    if (data === 'broken') throw new Refused(BROKEN_REJECTION);
    return partText(data);
  };
}

function dumpSheet(raw: RawSheet, strings: readonly string[], brokenStrings: boolean, styles: Styles | null, date1904: boolean, brokenPart: boolean): SheetDump {
  const cells: Record<string, string> = {};
  const brokenText: string[] = [];
  for (const [addr, c] of raw.cells) {
    if (c.type === 's' && !(Number(c.value) in strings)) throw new Refused(UNREADABLE); // a string that is not there: Excel would "repair" the file
    const text = cellText(c, strings, styles, date1904);
    if (text === '') continue;
    cells[addr] = text;
    if ((brokenPart || (brokenStrings && c.type === 's')) && text.includes('\uFFFD')) brokenText.push(addr);
  }
  let expanded = 0;
  for (const ref of raw.merges) {
    const m = mergedRange(ref);
    const master = m ? cells[m.master] : undefined;
    if (!m || master === undefined) continue;
    const bottom = Math.min(m.bottom, MAX_SHEET_ROWS);
    const right = Math.min(m.right, 16_384);
    expanded += (bottom - m.top + 1) * (right - m.left + 1);
    if (expanded > MAX_MERGED_CELLS) throw new Refused(TOO_MANY_MERGED);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) {
        const a = `${colLetter(c)}${r}`;
        if (a !== m.master) cells[a] = master;
      }
    }
  }
  return { cells, protected: raw.protected, lastRow: raw.lastRow, brokenText };
}

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

async function dump(a: ZipArchive, types: ContentTypes): Promise<WorkbookDump> {
  const read = partReader(a);
  const book = readWorkbook((await read('xl/workbook.xml', true))!.text);
  // Excel never has two sheets of one name (compared without case): which one a reader takes would decide what is read.
  const seen = new Set<string>();
  for (const s of book.sheets) {
    const k = s.name.toLowerCase();
    if (seen.has(k)) throw new Refused({ reason: 'duplicate-entry', message: `同じ名前のシート「${s.name}」が2つあります。Excel で作ったファイルにはありえない形のため取り込みません。送り主に確認してください。` });
    seen.add(k);
  }
  const rels = readRelationships((await read('xl/_rels/workbook.xml.rels', true))!.text, 'xl/');
  const byType = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const stylesXml = await read(byType('/styles', 'xl/styles.xml'), false);
  const styles = stylesXml ? readStyles(stylesXml.text) : null;
  const sheets: Record<string, SheetDump> = {};
  const raws: [string, RawSheet, boolean][] = [];
  for (const name of [SHEET_ANSWER, SHEET_META]) {
    const entry = book.sheets.find((s) => s.name === name);
    const part = entry ? rels.get(entry.relId)?.target : undefined;
    if (!part) continue;
    if (types.of(part.toLowerCase()) !== WORKSHEET_TYPE) throw new Refused(UNREADABLE); // a sheet that points at some other kind of part
    const xml = await read(part, true);
    const raw = readSheet(xml!.text, MAX_SHEET_ROWS);
    if (raw.lastRow > MAX_SHEET_ROWS) throw new Refused(tooManyRows(name));
    raws.push([name, raw, !xml!.valid]);
  }
  // Shared strings only when a sheet read uses them (after the sheets: a sheet refused for its size never costs them).
  const needsStrings = raws.some(([, raw]) => [...raw.cells.values()].some((c) => c.type === 's'));
  const sst = needsStrings ? await read(byType('/sharedStrings', 'xl/sharedStrings.xml'), false) : null;
  const strings = sst ? readSharedStrings(sst.text) : [];
  for (const [name, raw, brokenPart] of raws) sheets[name] = dumpSheet(raw, strings, sst ? !sst.valid : false, styles, book.date1904, brokenPart);
  const core = await read('docProps/core.xml', false);
  return { sheets, savedAt: core ? readModified(core.text) : null };
}

/** Guard, read and dump one file. Never throws for a bad file: the rejection says why. */
export async function readWorkbookFile(data: Buffer): Promise<FileRead> {
  const guard = await inspectFile(data);
  if (!guard.ok) return guard;
  try {
    return { ok: true, dump: await dump(guard.archive, guard.contentTypes) };
  } catch (e) {
    return { ok: false, rejection: e instanceof Refused ? e.rejection : UNREADABLE };
  } finally {
    guard.archive.zip.close();
  }
}
