// The 新旧対照表 as a pdfmake document definition: pure (no Node, no fonts, no I/O), rendered by
// render.ts's renderDocDefinition with the plan PDF's fonts. A4 landscape; per initiative one
// ruled table: a heading row (repeated on continuation pages), then 項目 | 改正後 | 改正前 with the
// changed passages underlined. Bookmarks: 計画全体 and each initiative.
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate } from '../../shared/domain/fiscal-year.ts';
import type { FieldChange, InitiativeChange } from '../../shared/revisions/compare.ts';
import { sideOf } from '../../shared/diff/segment.ts';
import { renumberRuns, runCells } from '../../shared/revisions/renumber-runs.ts';
import type { ComparisonSide, RevisionComparison } from '../../shared/revisions/types.ts';
import { comparePdfFileName } from '../../shared/files/file-names.ts';
import { estimateTextHeight } from './measure.ts';
import { CELL, COLOR, CONTENT_HEIGHT, CONTENT_WIDTH, officialFrame, ruledLayout, SIZE } from './styles.ts';

const LABEL_WIDTH = 78;
/** Text width of one of the two '*' columns (3 columns: 4 rules, 6 paddings). */
const SIDE_WIDTH = (CONTENT_WIDTH - LABEL_WIDTH - 6 * CELL.padX - 4 * CELL.rule) / 2;
const HEADER_TEXT_WIDTH = CONTENT_WIDTH - 2 * CELL.padX - 2 * CELL.rule;
const rowHeight = (h: number) => h + 2 * CELL.padY + CELL.rule;
const KIND = { added: '追加', deleted: '削除', changed: '変更' } as const;

export interface CompareDocOptions {
  /** Creation date written into the metadata (tests pin it). */
  now?: Date;
}

const sideName = (s: ComparisonSide) => (s.date ? `${s.label}(${formatDate(s.date)})` : s.label);

/** One side of a field: common text plain, changed passages underlined. */
function sideCell(f: FieldChange, side: 'before' | 'after', empty: string): TableCell {
  const parts = sideOf(f.segments, side);
  if (parts.length === 0) return { text: empty, color: COLOR.muted };
  return {
    text: parts.map((p) => (p.changed ? { text: p.text, decoration: 'underline', decorationThickness: 0.8 } : { text: p.text })),
  } as TableCell;
}

function fieldTable(heading: string, outline: string, fields: FieldChange[], kind: InitiativeChange['kind'] | 'header'): ContentTable {
  const rows: TableCell[][] = fields.map((f, i) => {
    // The bookmark sits on the first body row: it is kept on the heading's page, and never repeated.
    const labelText = f.note ? [{ text: f.label, bold: true }, { text: `\n(${f.note})`, fontSize: SIZE.footer, color: COLOR.muted }] : f.label;
    const label: TableCell = i === 0
      ? { text: labelText, bold: true, outline: true, outlineText: outline } as TableCell
      : { text: labelText, bold: true } as TableCell;
    const afterEmpty = kind === 'deleted' ? (i === 0 ? '(削除)' : '') : '(記載なし)';
    const beforeEmpty = kind === 'added' ? (i === 0 ? '(新設)' : '') : '(記載なし)';
    return [label, sideCell(f, 'after', afterEmpty), sideCell(f, 'before', beforeEmpty)];
  });
  // pdfmake silently drops an unbreakable block taller than a page: the header rows (repeated on
  // continuation pages) and the first row kept with them are unbreakable, so both are measured
  // (upper bounds, measure.ts) and the keeping is given up when it could not fit.
  const headH = rowHeight(estimateTextHeight(heading, HEADER_TEXT_WIDTH, SIZE.table + 0.5)) + rowHeight(estimateTextHeight('改正後', SIDE_WIDTH, SIZE.table));
  const first = fields[0];
  const firstH = first
    ? rowHeight(Math.max(estimateTextHeight(first.label, LABEL_WIDTH, SIZE.table), estimateTextHeight(first.after, SIDE_WIDTH, SIZE.table), estimateTextHeight(first.before, SIDE_WIDTH, SIZE.table)))
    : 0;
  const repeatHeader = headH <= CONTENT_HEIGHT / 3;
  const keepFirst = repeatHeader && headH + firstH <= CONTENT_HEIGHT - 8;
  return {
    table: {
      widths: [LABEL_WIDTH, '*', '*'],
      headerRows: repeatHeader ? 2 : 0,
      keepWithHeaderRows: keepFirst ? 1 : 0,
      dontBreakRows: false,
      body: [
        [{ text: heading, colSpan: 3, style: 'sheetHead', fillColor: COLOR.headerFill } as TableCell, {}, {}],
        [{ text: '項目', style: 'th' }, { text: '改正後', style: 'th' }, { text: '改正前', style: 'th' }] as TableCell[],
        ...rows,
      ],
    },
    layout: { ...ruledLayout }, // never the shared object itself (see styles below)
    fontSize: SIZE.table,
    margin: [0, 0, 0, 12],
  };
}

function itemHeading(it: InitiativeChange): string {
  const no = it.kind === 'deleted' ? it.beforeNo : it.afterNo;
  const renumbered = it.kind === 'changed' && it.beforeNo !== it.afterNo ? `(改正前 No.${it.beforeNo})` : '';
  return `No.${no} ${it.title}${renumbered}【${KIND[it.kind]}】`;
}

/** 「No. の変更」: every renumbering once, consecutive ones as one run (改正後 | 改正前 | 取組). */
function renumberTable(c: RevisionComparison): ContentTable | null {
  if (c.renumbered.length === 0) return null;
  const rows = renumberRuns(c.renumbered).map((r) => {
    const cells = runCells(r);
    return [{ text: cells.after, noWrap: true }, { text: cells.before, noWrap: true }, { text: cells.titles }] as TableCell[];
  });
  return {
    table: {
      widths: [110, 110, '*'],
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      body: [
        [{ text: 'No. の変更(番号だけが変わった取組は、ここにだけ掲載)', colSpan: 3, style: 'sheetHead', fillColor: COLOR.headerFill, outline: true, outlineText: 'No. の変更' } as TableCell, {}, {}],
        [{ text: '改正後', style: 'th' }, { text: '改正前', style: 'th' }, { text: '取組内容', style: 'th' }] as TableCell[],
        ...rows,
      ],
    },
    layout: { ...ruledLayout },
    fontSize: SIZE.table,
    margin: [0, 0, 0, 12],
  };
}

export function buildCompareDoc(c: RevisionComparison, opts: CompareDocOptions = {}): TDocumentDefinitions {
  const title = `${c.to.title} 新旧対照表`;
  const content: Content[] = [
    { text: title, style: 'title', margin: [0, 0, 0, 8] },
    { text: `改正後:${sideName(c.to)}  改正前:${sideName(c.from)}`, alignment: 'center', fontSize: SIZE.subheading },
    {
      text: `変更 ${c.counts.changed} 件・追加 ${c.counts.added} 件・削除 ${c.counts.deleted} 件${c.counts.renumbered > 0 ? `・No. の変更 ${c.counts.renumbered} 件` : ''}(変更のない取組 ${c.unchangedCount} 件は掲載を省略)。下線は改正箇所です。`,
      alignment: 'center', fontSize: SIZE.body, color: COLOR.muted, margin: [0, 4, 0, 14],
    },
  ];
  if (c.header.length > 0) content.push(fieldTable('計画全体', '計画全体', c.header, 'header'));
  const renumbering = renumberTable(c);
  if (renumbering) content.push(renumbering);
  for (const it of c.initiatives) content.push(fieldTable(itemHeading(it), itemHeading(it), it.fields, it.kind));
  if (c.header.length === 0 && c.initiatives.length === 0 && !renumbering) content.push({ text: '改正前と改正後に違いはありません。', alignment: 'center' });

  return {
    ...officialFrame({
      title,
      subject: `改正後 ${sideName(c.to)} / 改正前 ${sideName(c.from)}`,
      creationDate: opts.now ?? new Date(),
    }),
    content,
    footer: (currentPage: number, pageCount: number) => ({ text: `- ${currentPage} / ${pageCount} -`, alignment: 'center', fontSize: SIZE.footer, margin: [0, 14, 0, 0] }),
  };
}

/** A file name for the PDF, made by the one name helper: <計画の名称>_新旧対照表_<改正後>_<改正前>.pdf. */
export function compareFileName(c: RevisionComparison): string {
  const label = (s: ComparisonSide) => (s.working ? '作業中' : s.label);
  return comparePdfFileName(c.to.title, label(c.to), label(c.from));
}
