// A cell's text the way a person sees it in Excel: rich text joined, a formula by its cached
// result, a merged cell by its master cell, a hyperlink by its text. Then normalized (see
// shared/survey/normalize.ts) so that Excel's and LibreOffice's saves read back the same.
import type ExcelJS from 'exceljs';
import { normalizeCellText } from '../../shared/survey/normalize.ts';

function valueText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // 15 significant digits, as Excel shows a General number (0.1+0.2 → 0.3).
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return valueText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
    if ('text' in v) return valueText((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

/** Raw text of a cell (merged cells read from their master), before normalization. */
export function rawCellText(ws: ExcelJS.Worksheet, address: string): string {
  const cell = ws.getCell(address);
  return valueText((cell.isMerged ? cell.master : cell).value);
}

/** Normalized text of a cell: what the merge compares. */
export const cellText = (ws: ExcelJS.Worksheet, address: string) => normalizeCellText(rawCellText(ws, address));
