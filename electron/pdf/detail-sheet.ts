// One detail sheet per initiative: a header line (方針 | source plans), then one ruled table:
// 取組内容 | 目的 | 実施課, then 活動内容 | 計画/実績 | one column per fiscal year.
// A sheet is kept on one page (unbreakable) when it fits; when it is taller than a page it becomes
// breakable, starts on a fresh page and repeats its header rows, so nothing is dropped.
import type { Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { EraStyle, Initiative, Policy, SourcePlan } from '../../shared/domain/schema.ts';
import { formatFiscalYear } from '../../shared/domain/fiscal-year.ts';
import type { Measure } from './measure.ts';
import { FIT_CHECK } from './fit-check.ts';
import { scheduleGroups } from './schedule-arrows.ts';
import { sheetGrid, spanCells } from './sheet-grid.ts';
import { CELL, COLOR, CONTENT_HEIGHT, CONTENT_WIDTH, ruledLayout, SIZE } from './styles.ts';
import { paragraph, type Para } from './text-blocks.ts';

export interface SheetOptions {
  era: EraStyle;
  measure: Measure;
  /** Outline parent id (the group heading of 重点取組事項 or 取組事項). */
  outlineParent: string;
  /** Content placed just above the sheet and kept with it (the group heading), with its height. */
  lead?: { content: Content; height: number };
  /** Start on a new page (the first sheet of a group). */
  breakBefore?: boolean;
  /** Lay the sheet out as if taller than a page (the fallback when a layout lost a block). */
  breakable?: boolean;
}

export interface Sheet {
  content: Content;
  /** Laid-out height of the sheet (exact up to rule widths). */
  height: number;
  /** True when the sheet is taller than a page and was made breakable. */
  oversized: boolean;
}

const FS = SIZE.table;
const HEAD_FS = SIZE.table + 0.5;
const SHEET_GAP = 12;
const HEAD_GAP = 2;
const HEAD_COL_GAP = 12;
/** Kept free below a sheet that must fit a page, for rounding in pdfmake's layout. */
const FIT_MARGIN = 6;

/** "行財政改革計画08-01/自治体DX推進計画", with refs in parentheses when they start with a non-digit. */
export function sourceLine(plans: readonly SourcePlan[]): string {
  return plans.map((p) => (p.ref == null || p.ref === '' ? p.name : /^\d/.test(p.ref) ? `${p.name}${p.ref}` : `${p.name}(${p.ref})`)).join('/');
}

export function policyLabel(code: number, policies: readonly Policy[]): string {
  const name = policies.find((p) => p.code === code)?.name ?? '';
  return `方針${code} ${name}`.trim();
}

/** Year header text; 'both' puts the 和暦 on a second line to keep the columns narrow. */
export function yearHeader(fy: number, era: EraStyle): string {
  return era === 'both' ? `${formatFiscalYear(fy, 'seireki')}\n(${formatFiscalYear(fy, 'wareki')})` : formatFiscalYear(fy, era);
}

const rowH = (...paras: Para[]) => Math.max(...paras.map((p) => p.height)) + 2 * CELL.padY + CELL.rule;
const cell = (p: Para, extra: object = {}): TableCell => ({ ...(p.content as object), ...extra }) as TableCell;

export function detailSheet(it: Initiative, policies: readonly Policy[], years: number[], opts: SheetOptions): Sheet {
  const g = sheetGrid(years);
  const m = opts.measure;
  const para = (text: string, width: number, more: Partial<Parameters<typeof paragraph>[1]> = {}) =>
    paragraph(text, { width, fontSize: FS, measure: m, ...more });
  const th = (text: string, a: number, b: number, extra: object = {}) =>
    spanCells(cell(para(text, g.span(a, b), { bold: true, alignment: 'center' }), { fillColor: COLOR.headerFill, verticalAlignment: 'middle', ...extra }), a, b);

  const headW = (CONTENT_WIDTH - HEAD_COL_GAP) / 2;
  const headLeft = paragraph(policyLabel(it.policy, policies), {
    width: headW, fontSize: HEAD_FS, measure: m, bold: true,
    firstLine: { outline: true, id: `sheet-${it.id}`, outlineText: `No.${it.no} ${it.title}`, outlineParentId: opts.outlineParent },
  });
  const headRight = paragraph(sourceLine(it.sourcePlans), { width: headW, fontSize: FS, measure: m, alignment: 'right' });
  const header: Content = {
    columns: [{ width: headW, ...(headLeft.content as object) }, { width: headW, ...(headRight.content as object) }],
    columnGap: HEAD_COL_GAP,
    margin: [0, 0, 0, HEAD_GAP],
  } as Content;
  const headH = Math.max(headLeft.height, headRight.height) + HEAD_GAP;

  const y0 = g.yearCols[0]!;
  const title = para(it.title, g.span(0, g.purpose), { boldPrefix: `${it.no}\u3000` });
  const purpose = para(it.purpose, g.span(g.purpose, g.dept));
  const depts = para(it.departments.join('\n'), g.span(g.dept, g.cols));
  const yearHeads = years.map((y, k) => para(yearHeader(y, opts.era), g.span(g.yearCols[k]!, g.yearCols[k + 1]!), { bold: true, alignment: 'center' }));
  const results = years.map((y, k) => para(it.results.find((r) => r.fiscalYear === y)?.text ?? '', g.span(g.yearCols[k]!, g.yearCols[k + 1]!)));
  const activity = para(it.activity, g.span(0, g.label));
  const labelW = g.span(g.label, y0);
  const upperH = [rowH(para('取組内容', 100)), rowH(title, purpose, depts), rowH(...yearHeads)];
  const resultH = rowH(...results, para('実績', labelW));

  const arrowGeometry = { firstFiscalYear: years[0]!, yearRules: g.yearRulesInSpan, measure: m };
  const fitGroups = scheduleGroups(it.schedule, arrowGeometry);
  const lanesH = fitGroups.reduce((s, x) => s + x.height + CELL.rule, 0);
  const lead = opts.lead?.height ?? 0;
  const bodyH = Math.max(lanesH + resultH, activity.height + 2 * CELL.padY + 2 * CELL.rule);
  const height = lead + headH + upperH.reduce((a, b) => a + b, 0) + bodyH + CELL.rule + 0.5;
  const oversized = opts.breakable === true || height > CONTENT_HEIGHT - FIT_MARGIN;
  const groups = oversized ? scheduleGroups(it.schedule, arrowGeometry, CONTENT_HEIGHT / 3) : fitGroups;

  const body: TableCell[][] = [
    [...th('取組内容', 0, g.purpose), ...th('目的', g.purpose, g.dept), ...th('実施課', g.dept, g.cols)],
    [...spanCells(cell(title), 0, g.purpose), ...spanCells(cell(purpose), g.purpose, g.dept), ...spanCells(cell(depts), g.dept, g.cols)],
    [...th('活動内容', 0, g.label), ...th('', g.label, y0), ...years.flatMap((_, k) => spanCells(cell(yearHeads[k]!, { fillColor: COLOR.headerFill }), g.yearCols[k]!, g.yearCols[k + 1]!))],
  ] as TableCell[][];
  const laneRows = new Set<number>();
  const label = (text: string) => cell(para(text, labelW, { bold: true, alignment: 'center' }), { fillColor: COLOR.headerFill, verticalAlignment: 'middle' });
  const open = (top: boolean, bottom: boolean) => ({ text: '', border: [true, top, true, bottom] }) as TableCell;
  groups.forEach((grp, i) => {
    laneRows.add(body.length);
    const first = i === 0;
    // Breakable sheets avoid rowSpan (pdfmake mis-draws spans split over pages): open cells instead.
    const act: TableCell = first
      ? cell(activity, { rowSpan: oversized ? 1 : groups.length + 1, margin: [0, CELL.padY, 0, CELL.padY] })
      : oversized ? open(false, false) : {};
    // In a sheet that may break between lane groups, every group carries its label: a group
    // moved to the next page is never left without 「計画」.
    const lab: TableCell = oversized
      ? groupLabel(para('計画', labelW, { bold: true, alignment: 'center' }), grp.height)
      : first
        ? cell(para('計画', labelW, { bold: true, alignment: 'center' }), { fillColor: COLOR.headerFill, verticalAlignment: 'middle', margin: [0, CELL.padY, 0, CELL.padY] })
        : { text: '', fillColor: COLOR.headerFill, border: [true, false, true, false] } as TableCell;
    body.push([act, lab, ...spanCells(grp.content as object, y0, g.cols)] as TableCell[]);
  });
  body.push([
    oversized ? open(false, true) : {},
    label('実績'),
    ...years.flatMap((_, k) => spanCells(cell(results[k]!), g.yearCols[k]!, g.yearCols[k + 1]!)),
  ] as TableCell[]);

  const table: ContentTable = {
    table: { widths: g.widths, body, headerRows: oversized ? headerRowsFor(upperH) : 0 },
    layout: sheetLayout(laneRows),
  };
  // The check line comes last: if pdfmake cut the sheet at a page foot, it is the first thing lost.
  const check = { text: ' ', fontSize: 0.5, lineHeight: 1, id: `${FIT_CHECK}sheet-${it.id}` } as Content;
  const parts: Content[] = [...(opts.lead ? [opts.lead.content] : []), header, table, check];
  const content = {
    stack: parts,
    // The gap goes above a sheet, never below: a bottom margin that does not fit makes pdfmake add
    // a page, which stays blank at the end of the document or before a sheet that breaks a page.
    margin: [0, oversized || opts.breakBefore ? 0 : SHEET_GAP, 0, 0],
    ...(oversized ? {} : { unbreakable: true }),
    ...(oversized || opts.breakBefore ? { pageBreak: 'before' } : {}),
  } as Content;
  return { content, height: height + SHEET_GAP, oversized };
}

/**
 * The 「計画」 label of one lane group of a breakable sheet: an unbreakable block exactly as tall as
 * the group, so that when the group moves to the next page its label moves with it.
 */
function groupLabel(label: Para, height: number): TableCell {
  const top = Math.max(0, (height - label.height) / 2);
  const floor = { canvas: [{ type: 'line', x1: 0, y1: Math.max(0, height - top - label.height), x2: 0, y2: Math.max(0, height - top - label.height), lineWidth: 0.01, lineColor: 'white', strokeOpacity: 0 }] };
  return { stack: [{ ...(label.content as object), margin: [0, top, 0, 0] }, floor], unbreakable: true, fillColor: COLOR.headerFill } as TableCell;
}

/** Repeat labels, values and year header on every page if they are small; else only the labels. */
function headerRowsFor(upperH: number[]): number {
  return upperH.reduce((a, b) => a + b, 0) <= CONTENT_HEIGHT / 3 ? 3 : 1;
}

/** The ruled layout, with no vertical padding in the 計画 rows: their height is exact (schedule-arrows.ts). */
function sheetLayout(laneRows: Set<number>): CustomTableLayout {
  return {
    ...ruledLayout,
    paddingTop: (i) => (laneRows.has(i) ? 0 : CELL.padY),
    paddingBottom: (i) => (laneRows.has(i) ? 0 : CELL.padY),
  };
}
