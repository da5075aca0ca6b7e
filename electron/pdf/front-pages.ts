// Front pages: 【edition】, the title, the division and dates, the numbered sections and 【改定履歴】.
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import type { EraStyle, PlanHeader } from '../../shared/domain/schema.ts';
import { formatDate } from '../../shared/domain/fiscal-year.ts';
import type { Measure } from './measure.ts';
import { CELL, COLOR, CONTENT_HEIGHT, CONTENT_WIDTH, ruledLayout, SIZE } from './styles.ts';
import { paragraph } from './text-blocks.ts';
import { FIT_CHECK } from './fit-check.ts';
import { DRAFT_EDITION, WORKING_LABEL } from '../../shared/revisions/types.ts';

const HISTORY_LEFT = 110;
const SECTION_INDENT = 14;

export function editionLabel(edition: string): string {
  const e = edition.trim();
  if (e === '') return '';
  return e.startsWith('【') ? e : `【${e}】`;
}

/** `compact` gives the front page the room of the space above the edition (for a grown 改定履歴). */
export function titleBlock(plan: PlanHeader, era: EraStyle, excerpt: string | null, measure: Measure, workingCopy = false, compact = false): Content[] {
  const top = compact ? 4 : 40;
  const p = (text: string, fontSize: number, alignment: 'center' | 'right', bold: boolean, margin: number[]) =>
    paragraph(text, { width: CONTENT_WIDTH, fontSize, measure, alignment, bold, extra: { margin } }).content;
  const edition = editionLabel(plan.edition);
  const out: Content[] = [
    workingCopy
      ? { text: [{ text: edition, bold: true }, { text: `${edition ? ' ' : ''}${WORKING_LABEL}`, color: COLOR.working }], fontSize: 13, alignment: 'center', noWrap: true, margin: [0, top, 0, 8] } as Content
      : p(edition, 13, 'center', true, [0, top, 0, 8]),
    p(plan.title, SIZE.title, 'center', true, [0, 0, 0, 18]),
  ];
  if (plan.division.trim()) out.push(p(plan.division, SIZE.subheading, 'right', false, [0, 0, 0, 0]));
  // A plan being drafted (a new period before its 初版) has only a provisional date: none is printed.
  const drafting = plan.edition.trim() === DRAFT_EDITION && plan.revisionHistory.length === 0;
  if (!drafting) out.push(p(`策定:${formatDate(plan.establishedOn, era)}`, SIZE.body, 'right', false, [0, 6, 0, 0]));
  if (plan.revisedOn) out.push(p(`最近改定:${formatDate(plan.revisedOn, era)}`, SIZE.body, 'right', false, [0, 0, 0, 0]));
  if (excerpt) out.push(p(excerpt, SIZE.body, 'right', false, [0, 4, 0, 0]));
  return out;
}

/** A heading line that carries a bookmark. */
export function heading(text: string, id: string, measure: Measure, more: { margin?: number[]; outlineText?: string; parent?: string; pageBreak?: 'before' } = {}): { content: Content; height: number } {
  const margin = more.margin ?? [0, 14, 0, 6];
  const p = paragraph(text, {
    width: CONTENT_WIDTH, fontSize: SIZE.heading, measure, bold: true,
    extra: { margin, ...(more.pageBreak ? { pageBreak: more.pageBreak } : {}) },
    firstLine: { outline: true, id, ...(more.outlineText ? { outlineText: more.outlineText } : {}), ...(more.parent ? { outlineParentId: more.parent } : {}) },
  });
  return { content: p.content, height: p.height + margin[1]! + margin[3]! };
}

/** "1 策定の目的" … numbered in order; bodies indented, ・ lines as hanging bullets. */
export function sectionsBlock(plan: PlanHeader, measure: Measure): Content[] {
  return plan.sections.flatMap((s, i) => [
    heading(`${i + 1} ${s.heading}`, `section-${i + 1}`, measure).content,
    paragraph(s.body, { width: CONTENT_WIDTH - SECTION_INDENT, fontSize: SIZE.body, measure, extra: { margin: [SECTION_INDENT, 0, 0, 0] } }).content,
  ]);
}

/** Id of the check line of 改定履歴 row i (render.ts finds the page each row landed on). */
export const historyRowId = (i: number) => `${FIT_CHECK}history-${i}`;

/** A date as the history cell prints it: 'both' puts the 和暦 on a line of its own, never split inside. */
function historyDate(date: string, era: EraStyle): string {
  return era === 'both' ? `${formatDate(date, 'seireki')}\n(${formatDate(date, 'wareki')})` : formatDate(date, era);
}

/**
 * 【改定履歴】: 策定日/改定日 (kind and date) | 概要 (one line per summary entry). `breakAt` starts a
 * second table (its own header) on a new page at that row, so that a page never holds the header
 * and one row alone; 0 moves the whole block (heading included) to a new page.
 */
export function historyBlock(plan: PlanHeader, era: EraStyle, measure: Measure, allBreakable = false, breakAt?: number): Content[] {
  if (plan.revisionHistory.length === 0) return [];
  const rightWidth = CONTENT_WIDTH - HISTORY_LEFT - 2 * (2 * CELL.padX + CELL.rule) - CELL.rule;
  const fs = SIZE.table;
  const rows = plan.revisionHistory.map((r, i) => {
    const left = paragraph(`${r.kind}\n${historyDate(r.date, era)}`, { width: HISTORY_LEFT, fontSize: fs, measure, alignment: 'center', firstLine: { id: historyRowId(i) } });
    const right = paragraph(r.summary.join('\n'), { width: rightWidth, fontSize: fs, measure });
    const cells = [{ ...(left.content as object), verticalAlignment: 'middle' } as TableCell, right.content as TableCell];
    return { cells, height: Math.max(left.height, right.height) + 2 * CELL.padY + CELL.rule };
  });
  const th = (t: string, w: number) => ({ ...(paragraph(t, { width: w, fontSize: fs, measure, bold: true, alignment: 'center' }).content as object), fillColor: COLOR.headerFill }) as TableCell;
  // pdfmake drops a dontBreakRows row (or a row kept with the header) taller than a page.
  const safe = !allBreakable && rows.every((r) => r.height <= CONTENT_HEIGHT - 60);
  const table = (part: typeof rows, more: object = {}): ContentTable => ({
    table: {
      widths: [HISTORY_LEFT, rightWidth],
      headerRows: 1,
      keepWithHeaderRows: safe ? 1 : 0,
      dontBreakRows: safe,
      body: [[th('策定日/改定日', HISTORY_LEFT), th('概要', rightWidth)], ...part.map((r) => r.cells)],
    },
    layout: { ...ruledLayout }, // a copy: no object of a definition is shared with another
    ...more,
  });
  const at = breakAt !== undefined && breakAt > 0 && breakAt < rows.length ? breakAt : undefined;
  const head = heading('【改定履歴】', 'history', measure, { margin: [0, 18, 0, 6], ...(breakAt === 0 ? { pageBreak: 'before' as const } : {}) }).content;
  if (at === undefined) return [head, table(rows)];
  return [head, table(rows.slice(0, at)), table(rows.slice(at), { pageBreak: 'before' })];
}
