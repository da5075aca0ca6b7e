// The whole plan as an Excel workbook, for people who want it in Excel: 取組一覧 (as in the
// published list) and 取組詳細 (every field of every initiative, one row each). All text is
// written as text (never a formula), with wrapping, frozen headers and A4 landscape printing.
// With `only`, the list as shown on screen: those rows in that order, with each year's 実績 status.
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { compareInitiatives } from '../../shared/domain/document.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { fieldText } from '../../shared/survey/fields.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import { currentFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { resultStatus } from '../../shared/editing/result-status.ts';
import { encodeXstring } from './xstring.ts';

const FONT = 'BIZ UDPゴシック';
const thin = { style: 'thin' as const, color: { argb: 'FF9AA3AE' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const sourceText = (s: { name: string; ref: string | null }) => (!s.ref ? s.name : /^[0-9]/u.test(s.ref) ? `${s.name}${s.ref}` : `${s.name}(${s.ref})`);

function table(ws: ExcelJS.Worksheet, head: { title: string; width: number }[], rows: string[][]): void {
  head.forEach((h, i) => { ws.getColumn(i + 1).width = h.width; });
  const hr = ws.addRow(head.map((h) => encodeXstring(h.title)));
  hr.eachCell((c) => { c.font = { name: FONT, bold: true, size: 10 }; c.fill = HEAD_FILL; c.border = BORDER; c.alignment = { vertical: 'top', wrapText: true }; });
  for (const r of rows) {
    // Plain strings only: a text beginning with = + - @ is stored as text, never as a formula.
    const row = ws.addRow(r.map((v) => (v === '' ? null : encodeXstring(v))));
    for (let i = 1; i <= head.length; i++) {
      const c = row.getCell(i);
      c.font = { name: FONT, size: 10 };
      c.border = BORDER;
      c.alignment = { vertical: 'top', wrapText: true };
      c.numFmt = '@';
    }
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}

export interface PlanWorkbookOptions {
  /** Only these No., in this order (the list as shown), and the 取組一覧 gets 実績 status columns. */
  only?: readonly number[];
  currentFiscalYear?: number;
}

/** The initiatives of `only` in its order; an unknown No. is refused, naming it. */
function pick(doc: PlanDocument, only: readonly number[]): Initiative[] {
  const byNo = new Map(doc.initiatives.map((i) => [i.no, i]));
  const bad = only.filter((n) => !byNo.has(n));
  if (bad.length > 0) throw new AppError('BAD_INPUT', `No.${bad.slice(0, 10).join('、No.')} の取組はありません。一覧を開き直してから出力してください。`);
  return [...new Set(only)].map((n) => byNo.get(n)!);
}

export async function writePlanWorkbook(doc: PlanDocument, opts: PlanWorkbookOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'アクションプラン・デスク';
  wb.title = `${doc.plan.title}【${doc.plan.edition}】`;
  const era = doc.plan.eraStyle;
  const policy = (code: number) => `方針${code} ${doc.policies.find((p) => p.code === code)?.name ?? ''}`;
  const items = opts.only ? pick(doc, opts.only) : [...doc.initiatives].sort(compareInitiatives);
  const years = fiscalYearsOf(doc.plan.firstFiscalYear, doc.plan.lastFiscalYear);
  const statusCtx = { currentFiscalYear: opts.currentFiscalYear ?? currentFiscalYear() };
  const statusCols = opts.only ? years : [];

  table(wb.addWorksheet('取組一覧'), [
    { title: '区分', width: 14 }, { title: 'No.', width: 6 }, { title: '方針', width: 26 }, { title: '新規', width: 6 }, { title: '拡大/拡充', width: 9 },
    { title: '取組内容', width: 44 }, { title: '実施課', width: 22 }, { title: '備考', width: 36 },
    ...statusCols.map((y) => ({ title: `実績 ${formatFiscalYear(y, era)}`, width: 12 })),
  ], items.map((it) => [
    it.priority ? '重点取組事項' : '取組事項', String(it.no), policy(it.policy), it.isNew ? '○' : '', it.isExpanded ? '○' : '',
    it.title, it.departments.join('\n'), it.sourcePlans.map((s) => s.name).join('\n'),
    ...statusCols.map((y) => resultStatus(it, y, statusCtx)),
  ]));

  table(wb.addWorksheet('取組詳細'), [
    { title: 'ID', width: 10 }, { title: 'No.', width: 6 }, { title: '区分', width: 12 }, { title: '方針', width: 22 }, { title: '新規', width: 6 },
    { title: '拡大/拡充', width: 9 }, { title: '取組内容', width: 30 }, { title: '実施課', width: 18 }, { title: '関連計画', width: 26 },
    { title: '目的', width: 40 }, { title: '活動内容', width: 40 }, { title: '計画', width: 36 },
    ...years.map((y) => ({ title: `実績 ${formatFiscalYear(y, era)}`, width: 36 })),
  ], items.map((it) => [
    it.id, String(it.no), it.priority ? '重点取組事項' : '取組事項', policy(it.policy), it.isNew ? '○' : '', it.isExpanded ? '○' : '',
    it.title, it.departments.join('\n'), it.sourcePlans.map(sourceText).join('\n'), it.purpose, it.activity, fieldText('schedule', it.schedule),
    ...years.map((y) => it.results.find((r) => r.fiscalYear === y)?.text ?? ''),
  ]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
