// A returned workbook reduced to what the import reads: the text of every non-empty cell of the
// answer and metadata sheets (as a person sees it, merged cells from their master), whether the
// answer sheet is protected, and when the file was last saved. Plain data, so it can be made in a
// worker thread and posted back; and the one exceljs load per file (checking after the guard).
import ExcelJS from 'exceljs';
import { guardFile, type GuardRejection } from './file-guard.ts';
import { rawText } from './cell-text.ts';
import { SHEET_ANSWER, SHEET_META } from './form-layout.ts';

export interface SheetDump {
  cells: Record<string, string>;
  protected: boolean;
}

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

function dumpSheet(ws: ExcelJS.Worksheet): SheetDump {
  const cells: Record<string, string> = {};
  ws.eachRow((row) => row.eachCell((cell) => {
    const text = rawText((cell.isMerged ? cell.master : cell).value);
    if (text !== '') cells[cell.address] = text;
  }));
  return { cells, protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) };
}

/** Guard, load (once) and dump one file. Never throws for a bad file: the rejection says why. */
export async function readWorkbookFile(data: Buffer): Promise<FileRead> {
  const guard = await guardFile(data);
  if (guard) return { ok: false, rejection: guard };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as unknown as ExcelJS.XlsxReadOptions);
  } catch {
    return { ok: false, rejection: { reason: 'broken', message: 'Excel ブックとして読めません(ファイルが壊れている可能性があります)。Excel で開けるか確かめ、保存し直してもらってください。' } };
  }
  const sheets: Record<string, SheetDump> = {};
  for (const name of [SHEET_ANSWER, SHEET_META]) {
    const ws = wb.getWorksheet(name);
    if (ws) sheets[name] = dumpSheet(ws);
  }
  const m = wb.modified;
  return { ok: true, dump: { sheets, savedAt: m instanceof Date && !Number.isNaN(m.getTime()) ? m.toISOString() : null } };
}
