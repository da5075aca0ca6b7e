// Writes one 課's survey form (exceljs): 記入要領, the 回答 sheet drawn from the layout, and the
// veryHidden metadata sheet that identifies the round, the 課 and each block as sent.
import ExcelJS from 'exceljs';
import type { Initiative } from '../../shared/domain/schema.ts';
import { fiscalYearCellText } from '../../shared/survey/cell-values.ts';
import {
  blockHash, FORM_FORMAT, FORM_VERSION, layoutForm, lockedCells, SHEET_ANSWER, SHEET_GUIDE, SHEET_META,
  type CellKind, type FormContext, type FormLayout,
} from './form-layout.ts';
import type { FormBlockRef } from '../store/survey-store.ts';
import { MAC_KEY, metaMac, metaRows } from './form-meta.ts';
import { encodeXstring } from './xstring.ts';

export interface FormSpec extends FormContext {
  roundUid: string;
  protectionPassword: string;
  /** The round's secret: signs the metadata sheet (never written into the file). */
  formSecret: Buffer;
  initiatives: readonly Initiative[];
}

const FONT = 'BIZ UDPゴシック';
const thin = { style: 'thin' as const, color: { argb: 'FF9AA3AE' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const STYLE: Record<CellKind, Partial<ExcelJS.Style>> = {
  'sheet-title': { font: { name: FONT, size: 14, bold: true } },
  'sheet-note': { font: { name: FONT, size: 10 } },
  'block-head': { font: { name: FONT, size: 11, bold: true }, fill: fill('FFDDEBF7'), border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  label: { font: { name: FONT, size: 10, bold: true }, fill: fill('FFF2F2F2'), border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  'year-head': { font: { name: FONT, size: 10, bold: true }, fill: fill('FFF2F2F2'), border: BORDER, alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  text: { font: { name: FONT, size: 10 }, border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  'text-muted': { font: { name: FONT, size: 9, color: { argb: 'FF595959' } }, border: BORDER, alignment: { vertical: 'top', wrapText: true } },
  input: { font: { name: FONT, size: 10 }, fill: fill('FFFFF2CC'), border: BORDER, alignment: { vertical: 'top', wrapText: true }, numFmt: '@', protection: { locked: false } },
  inactive: { font: { name: FONT, size: 10 }, fill: fill('FFD9D9D9'), border: BORDER },
};

const PROTECT_OPTIONS = {
  selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true,
  // The password guards against slips, not attacks (tampering is caught by the block hashes), so
  // a low spin count: Excel's default 100,000 SHA-512 rounds per sheet made 40 forms take seconds.
  spinCount: 100,
};

function guideLines(spec: FormSpec, layout: FormLayout): string[] {
  const fy = fiscalYearCellText(spec.fiscalYear);
  return [
    `${spec.roundName} 記入要領(${spec.department})`,
    '',
    '1. この様式について',
    `・「${SHEET_ANSWER}」シートに、貴課が担当する取組(${spec.initiatives.length}件)が1件ずつ並んでいます。`,
    '・記入できるのは黄色のセルだけです。灰色・白のセルは参考として表示しているもので、変更できません。',
    '・シート名、行や列の構成は変えないでください。ファイル名は変えてもかまいません。',
    '',
    '2. 記入すること',
    `・実績: ${fy}の列の黄色のセルに、${fy}の取組の実績を記入してください(すでに入っている文は必要に応じて直してください)。`,
    '・計画の変更: 今後の計画を変える場合は「計画の変更」の表を直してください。',
    '    内容・開始年度・終了年度を直すと計画の変更、行を空にすると削除、空いている行に記入すると追加になります。',
    '    開始年度・終了年度は一覧から選んでください。段は計画表の上下の位置です(空欄なら空いている段に置きます)。',
    `    灰色の行は${fy}より前に終わった計画で、変更できません。`,
    '・目的・活動内容の修正案: 変える場合だけ、修正後の文章全体を記入してください。空欄なら変更なしです。',
    '・コメント: 取組についての連絡事項があれば記入してください。',
    '',
    '3. 提出',
    '・記入後、このファイルを Excel 形式(.xlsx)のまま保存して、照会元に返送してください。',
    '・パスワードを付けたり、別の形式(.xls、.csv、PDF など)で保存したりしないでください。',
    `・${spec.deadline ? `締切: ${spec.deadline.replace(/^(\d{4})-(\d{2})-(\d{2})$/u, (_m, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)}` : '締切は照会文をご覧ください。'}`,
    '',
    `(様式 ${FORM_FORMAT} 第${FORM_VERSION}版・計画期間 ${layout.years.length}年度分)`,
  ];
}

function addGuide(wb: ExcelJS.Workbook, spec: FormSpec, layout: FormLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEET_GUIDE, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getColumn(1).width = 130;
  guideLines(spec, layout).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = encodeXstring(line);
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0 || /^\d\. /u.test(line) };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  return ws;
}

function addAnswerSheet(wb: ExcelJS.Workbook, layout: FormLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(SHEET_ANSWER, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&P / &N' },
  });
  layout.columnWidths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  const yearList = [`"${layout.years.map(fiscalYearCellText).join(',')}"`];
  const laneList = [`"${Array.from({ length: 20 }, (_, i) => i + 1).join(',')}"`];
  const cells = [...layout.header, ...layout.blocks.flatMap((b) => b.cells)];
  for (const c of cells) {
    const cell = ws.getCell(c.row, c.col);
    // Always a plain string value: text beginning with = + - @ stays text, never a formula.
    cell.value = c.text === '' ? null : encodeXstring(c.text);
    cell.style = STYLE[c.kind];
    if (c.list) {
      cell.dataValidation = {
        type: 'list', allowBlank: true, formulae: c.list === 'year' ? yearList : laneList, showErrorMessage: true, errorStyle: 'stop',
        errorTitle: c.list === 'year' ? '年度' : '段', error: c.list === 'year' ? '一覧から年度を選んでください。' : '1〜20の番号を選ぶか、空欄にしてください。',
      };
    }
    if (c.toCol && c.toCol > c.col) {
      for (let k = c.col + 1; k <= c.toCol; k++) ws.getCell(c.row, k).style = STYLE[c.kind];
      ws.mergeCells(c.row, c.col, c.row, c.toCol);
    }
  }
  ws.getRow(1).height = 24;
  for (const b of layout.blocks) {
    for (const [row, h] of b.rowHeights) ws.getRow(row).height = h;
    ws.getRow(b.bottom).addPageBreak();
  }
  return ws;
}

function addMeta(wb: ExcelJS.Workbook, spec: FormSpec, refs: FormBlockRef[]): void {
  const ws = wb.addWorksheet(SHEET_META, { state: 'veryHidden' });
  const rows = metaRows({ roundUid: spec.roundUid, roundName: spec.roundName, department: spec.department, fiscalYear: spec.fiscalYear, blocks: refs });
  rows.push([MAC_KEY, metaMac(rows, spec.formSecret)]);
  rows.forEach((r, i) => r.forEach((v, j) => { ws.getCell(i + 1, j + 1).value = encodeXstring(v); }));
}

/** The form's blocks as the DB records them (and the metadata sheet repeats them). */
export function formBlockRefs(layout: FormLayout): FormBlockRef[] {
  return layout.blocks.map((b) => ({ id: b.id, top: b.top, hash: blockHash(lockedCells(b)) }));
}

export async function writeForm(spec: FormSpec): Promise<{ buffer: Buffer; blocks: FormBlockRef[] }> {
  const layout = layoutForm(spec, spec.initiatives);
  const refs = formBlockRefs(layout);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'アクションプラン・デスク';
  wb.title = `${spec.roundName}(${spec.department})`;
  const guide = addGuide(wb, spec, layout);
  const answer = addAnswerSheet(wb, layout);
  addMeta(wb, spec, refs);
  await guide.protect('', { ...PROTECT_OPTIONS }); // instructions only: protected against slips, no password
  await answer.protect(spec.protectionPassword, { ...PROTECT_OPTIONS });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, blocks: refs };
}

