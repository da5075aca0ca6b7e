// A cell's text the way a person sees it in Excel: rich text joined, a formula by its cached
// result, a hyperlink by its text, a number as Excel shows a General number. (Merged cells are
// read from their master by the caller.) Normalized later, see shared/survey/normalize.ts.
import type ExcelJS from 'exceljs';

export function rawText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // 15 significant digits, as Excel shows a General number (0.1+0.2 → 0.3).
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return rawText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
    if ('text' in v) return rawText((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}
