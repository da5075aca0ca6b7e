// "n+1 取組一覧": (1) 重点取組事項 and (2) 取組事項 as ruled tables, the column header repeated on
// every page and rows never split, then the ※ notes.
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import type { Initiative, Policy, SourcePlan } from '../../shared/domain/schema.ts';
import { FIT_CHECK } from './fit-check.ts';
import { policyLabel } from './detail-sheet.ts';
import type { Measure } from './measure.ts';
import { CELL, COLOR, CONTENT_HEIGHT, CONTENT_WIDTH, ruledLayout, SIZE } from './styles.ts';
import { paragraph } from './text-blocks.ts';

const FS = SIZE.table;
const FIXED = { no: 24, policy: 124, isNew: 24, expanded: 30, depts: 118, sources: 150 };
const COLS = 7;
const TITLE_WIDTH = CONTENT_WIDTH - CELL.rule - COLS * (2 * CELL.padX + CELL.rule)
  - Object.values(FIXED).reduce((a, b) => a + b, 0);
const WIDTHS = [FIXED.no, FIXED.policy, FIXED.isNew, FIXED.expanded, TITLE_WIDTH, FIXED.depts, FIXED.sources];
const HEADERS = ['No.', '区分', '新規', '拡大/\n拡充', '取組内容', '実施課', '備考'];

/** 備考: one source plan per line; the 重点 list also shows 重点戦略-like refs (non-digit) in parentheses, as published. */
export function remarks(plans: readonly SourcePlan[], withRefs: boolean): string {
  return plans
    .map((p) => (withRefs && p.ref && !/^\d/.test(p.ref) ? `${p.name}\n(${p.ref})` : p.name))
    .join('\n');
}

function rowCells(it: Initiative, policies: readonly Policy[], withRefs: boolean, measure: Measure, listId: string): { cells: TableCell[]; height: number } {
  const texts = [String(it.no), policyLabel(it.policy, policies), it.isNew ? '○' : '', it.isExpanded ? '○' : '', it.title, it.departments.join('\n'), remarks(it.sourcePlans, withRefs)];
  const centered = [true, false, true, true, false, false, false];
  // A long No. (「1000」) is set smaller rather than broken across lines.
  const noSize = Math.min(FS, Math.floor((FS * (WIDTHS[0]! - 1)) / Math.max(1, measure(texts[0]!, FS, false)) * 10) / 10);
  const paras = texts.map((t, i) => paragraph(t, {
    width: WIDTHS[i]!, fontSize: i === 0 ? noSize : FS, measure, ...(centered[i] ? { alignment: 'center' as const } : {}),
    // The No. line is the row's check line: render.ts makes sure every row reached a page.
    ...(i === 0 ? { firstLine: { id: `${FIT_CHECK}${listId}-${it.id}` } } : {}),
  }));
  const height = Math.max(...paras.map((p) => p.height)) + 2 * CELL.padY + CELL.rule;
  return { cells: paras.map((p) => p.content as TableCell), height };
}

/**
 * One list with its heading. The heading is a borderless first header row so that it moves to the
 * next page together with the table (keepWithHeaderRows) instead of being left alone at a page foot.
 */
export function listTable(
  heading: string, outline: { id: string; parent: string }, items: readonly Initiative[], policies: readonly Policy[],
  o: { withRefs: boolean; measure: Measure; allBreakable: boolean; splitLast?: boolean },
): Content[] {
  const measure = o.measure;
  const rows = items.map((it) => rowCells(it, policies, o.withRefs, measure, outline.id));
  const head = paragraph(heading, { width: CONTENT_WIDTH, fontSize: SIZE.subheading, measure, bold: true });
  const headers = HEADERS.map((h, i) => paragraph(h, { width: WIDTHS[i]!, fontSize: FS, measure, bold: true, alignment: 'center' }));
  const headH = head.height + 6 + Math.max(...headers.map((h) => h.height)) + 2 * CELL.padY + 2 * CELL.rule;
  // pdfmake drops a dontBreakRows row taller than a page: allow breaking when any row would be.
  const safe = !o.allBreakable && rows.every((r) => r.height <= CONTENT_HEIGHT - headH - 8);
  const table = (part: typeof rows, more: object = {}): ContentTable => ({
    table: {
      widths: [...WIDTHS], // a copy: pdfmake resolves widths in place, which broke a second render
      headerRows: 2,
      // Kept with the header, a first row taller than a page would be dropped like an unbreakable block.
      keepWithHeaderRows: safe ? 1 : 0,
      dontBreakRows: safe,
      body: [
        [{ ...(head.content as object), colSpan: COLS, border: [false, false, false, false], margin: [0, 4, 0, 2] } as TableCell, ...Array.from({ length: COLS - 1 }, () => ({}))],
        headers.map((h) => ({ ...(h.content as object), fillColor: COLOR.headerFill }) as TableCell),
        ...part.map((r) => r.cells),
      ],
    },
    // No rule above the heading row (its placeholders do not carry the heading's border setting).
    layout: { ...ruledLayout, hLineWidth: (i) => (i === 0 ? 0 : CELL.rule) },
    margin: [0, 0, 0, 10],
    ...more,
  });
  // The bookmark sits on an invisible one-point line: a bookmark inside the repeated header row would be repeated too.
  const mark: Content = { text: ' ', fontSize: 1, lineHeight: 1, outline: true, outlineText: heading, id: outline.id, outlineParentId: outline.parent } as Content;
  // splitLast: the last row starts the next page (with the headers), so the ※ notes under the
  // list never stand alone on a page (render.ts asks for it after seeing that happen).
  if (o.splitLast && rows.length >= 2) return [mark, table(rows.slice(0, -1)), table(rows.slice(-1), { pageBreak: 'before' })];
  return [mark, table(rows)];
}

/** Id of the first line of the ※ notes (render.ts checks it shares a page with the last list row). */
export const NOTES_ID = `${FIT_CHECK}notes`;

/** The ※ footnotes under the list, each with a hanging ※. */
export function notesBlock(notes: readonly string[], measure: Measure): Content[] {
  const markWidth = measure('※', FS, false);
  return notes.map((n, i) => {
    const p = paragraph(n, { width: CONTENT_WIDTH - markWidth, fontSize: FS, measure, ...(i === 0 ? { firstLine: { id: NOTES_ID } } : {}) });
    return { columns: [{ width: markWidth, text: '※', fontSize: FS }, { width: '*', ...(p.content as object) }], columnGap: 0, margin: [0, 0, 0, 2] } as Content;
  });
}
