// A returned workbook reduced to what the import reads: the text of every non-empty cell of the
// answer and metadata sheets (as a person sees it, merged cells from their master), whether the
// answer sheet is protected, and when the file was last saved. Plain data, so it can be made in a
// worker thread and posted back; and the one exceljs load per file (checking after the guard).
// exceljs reads the guard's already inflated entries, packed as a stored zip: nothing is inflated twice.
import ExcelJS from 'exceljs';
import { inspectFile, type GuardRejection } from './file-guard.ts';
import { rawText } from './cell-text.ts';
import { SHEET_ANSWER, SHEET_META } from './form-layout.ts';
import { sheetExtents } from './sheet-extent.ts';
import { storedZip } from './stored-zip.ts';

export interface SheetDump {
  cells: Record<string, string>;
  protected: boolean;
  /** How far down the sheet's XML goes (rows pasted far below the form are refused on this). */
  lastRow: number;
}

/**
 * No sheet of a form comes near this (1,000 initiatives over 40 課: 5,745 rows for the biggest
 * 課); a sheet beyond it is refused before exceljs parses it. The 回答 sheet is also held to its
 * own form's size once the form is known (form-reader.ts).
 */
export const MAX_SHEET_ROWS = 50_000;

export interface WorkbookDump {
  sheets: Record<string, SheetDump>;
  /** The workbook's own last-saved time (docProps/core.xml), ISO, when present. */
  savedAt: string | null;
}

export type FileRead = { ok: true; dump: WorkbookDump } | { ok: false; rejection: GuardRejection };

/**
 * Worksheet parts the import never reads, skipped while loading (exceljs's documented
 * `ignoreNodes`): only cell values (sheetData), merged ranges and the protection flag are used.
 * Data validations alone are a good part of each form's sheet XML.
 */
const IGNORED_NODES = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'autoFilter', 'rowBreaks', 'hyperlinks', 'pageMargins',
  'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'tableParts', 'conditionalFormatting', 'extLst',
];

function dumpSheet(ws: ExcelJS.Worksheet, lastRow: number): SheetDump {
  const cells: Record<string, string> = {};
  ws.eachRow((row) => row.eachCell((cell) => {
    const text = rawText((cell.isMerged ? cell.master : cell).value);
    if (text !== '') cells[cell.address] = text;
  }));
  return { cells, protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet), lastRow };
}

/** Guard, load (once) and dump one file. Never throws for a bad file: the rejection says why. */
export async function readWorkbookFile(data: Buffer): Promise<FileRead> {
  const guard = await inspectFile(data);
  if (!guard.ok) return guard;
  const extents = sheetExtents(guard.entries);
  const huge = extents.find((x) => x.lastRow > MAX_SHEET_ROWS);
  if (huge) {
    return { ok: false, rejection: { reason: 'too-many-rows', message: `「${huge.name}」シートが ${huge.lastRow.toLocaleString('ja-JP')} 行目まで使われていて、照会の様式(多くても数千行)よりはるかに大きいため、読み込まずに拒否しました。様式の下に貼り付けた行などを削除して保存し直してもらってください。` } };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(guard.entries) as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as unknown as ExcelJS.XlsxReadOptions);
  } catch {
    return { ok: false, rejection: { reason: 'broken', message: 'Excel ブックとして読めません(ファイルが壊れている可能性があります)。Excel で開けるか確かめ、保存し直してもらってください。' } };
  }
  const sheets: Record<string, SheetDump> = {};
  for (const name of [SHEET_ANSWER, SHEET_META]) {
    const ws = wb.getWorksheet(name);
    if (ws) sheets[name] = dumpSheet(ws, extents.find((x) => x.name === name)?.lastRow ?? ws.rowCount);
  }
  const m = wb.modified;
  return { ok: true, dump: { sheets, savedAt: m instanceof Date && !Number.isNaN(m.getTime()) ? m.toISOString() : null } };
}
