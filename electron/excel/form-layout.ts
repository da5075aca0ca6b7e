// Where everything sits on a survey form. The writer draws exactly these cells and the reader
// checks and reads exactly these cells, so both always agree; the layout depends only on the
// round's snapshot, which is why a form can be redrawn, and its blocks verified, at any time.
import { createHash } from 'node:crypto';
import type { Initiative, ScheduleBar } from '../../shared/domain/schema.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { fiscalYearCellText } from '../../shared/survey/cell-values.ts';
import { sortBars } from '../../shared/survey/fields.ts';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { REVIEW_NOTE_LABEL, reviewNoteText } from './form-review-note.ts';

export const FORM_FORMAT = 'plan-desk-survey';
/** Bumped whenever the layout changes: a return on another version is refused by name. */
export const FORM_VERSION = 1;
export const SHEET_GUIDE = '記入要領';
export const SHEET_ANSWER = '回答';
export const SHEET_META = '_plan_desk';
/** Empty rows offered under the existing bars, to add lanes. */
export const SPARE_BAR_ROWS = 3;
export const MAX_LANE = 50;
const FIRST_BLOCK_ROW = 4;

export type CellKind = 'sheet-title' | 'sheet-note' | 'block-head' | 'label' | 'year-head' | 'text' | 'text-muted' | 'input' | 'inactive';

export interface LaidCell {
  row: number;
  col: number;
  text: string;
  kind: CellKind;
  /** Merged through this column (same row). */
  toCol?: number;
  /** Drop-down of the cell. */
  list?: 'year' | 'lane';
}

export interface BarRow {
  row: number;
  /** The bar as sent (null: a spare row). */
  bar: ScheduleBar | null;
  editable: boolean;
  label: string; from: string; to: string; lane: string;
}

export interface BlockLayout {
  id: string;
  top: number;
  bottom: number;
  cells: LaidCell[];
  rowHeights: Map<number, number>;
  resultCell: string;
  /** Bars that end before the target year: shown, locked, kept as they are. */
  lockedBars: ScheduleBar[];
  barRows: BarRow[];
  purposeCell: string;
  activityCell: string;
  commentCell: string;
}

export interface FormLayout {
  years: number[];
  /** Content columns (B…): one per fiscal year, at least 4 for the 計画 table. */
  width: number;
  lastCol: number;
  columnWidths: number[];
  header: LaidCell[];
  blocks: BlockLayout[];
}

export interface FormContext {
  snapshot: Pick<RoundSnapshot, 'firstFiscalYear' | 'lastFiscalYear' | 'eraStyle' | 'policies'>;
  roundName: string;
  department: string;
  fiscalYear: number;
  deadline: string | null;
}

export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const addr = (row: number, col: number) => `${colLetter(col)}${row}`;

/** Display width in Excel character units: full-width characters count double. */
function textUnits(line: string): number {
  let n = 0;
  for (const ch of line) n += ch.codePointAt(0)! > 0xff ? 2 : 1;
  return n;
}
const linesFor = (text: string, widthUnits: number) =>
  text.split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil(textUnits(l) / Math.max(4, widthUnits - 1))), 0);

function barsText(bars: readonly ScheduleBar[], y: number): string {
  return sortBars(bars).filter((b) => b.from <= y && y <= b.to)
    .map((b) => `${b.from < y ? '←' : ''}${b.label || '(名称なし)'}${b.to > y ? '→' : ''}`).join('\n');
}

function flagsText(it: Initiative, policyName: string): string {
  const parts = [`方針${it.policy} ${policyName}`, it.priority ? '重点取組事項' : '取組事項'];
  if (it.isNew) parts.push('新規');
  if (it.isExpanded) parts.push('拡大・拡充');
  return parts.join('/');
}

export function layoutForm(ctx: FormContext, initiatives: readonly Initiative[]): FormLayout {
  const years = fiscalYearsOf(ctx.snapshot.firstFiscalYear, ctx.snapshot.lastFiscalYear);
  const width = Math.max(years.length, 4);
  const lastCol = 1 + width;
  const colWidth = Math.max(16, Math.round(128 / width));
  const columnWidths = [16, ...Array.from({ length: width }, () => colWidth)];
  const spanUnits = (from: number, to: number) => columnWidths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const era = ctx.snapshot.eraStyle;
  const deadline = ctx.deadline ? `締切 ${ctx.deadline.replace(/^(\d{4})-(\d{2})-(\d{2})$/u, (_m, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)}` : '締切は照会文をご覧ください';
  const header: LaidCell[] = [
    { row: 1, col: 1, toCol: lastCol, kind: 'sheet-title', text: `${ctx.roundName} 回答票(${ctx.department})` },
    { row: 2, col: 1, toCol: lastCol, kind: 'sheet-note', text: `${deadline}。黄色のセルに記入してください。記入方法は「${SHEET_GUIDE}」シートをご覧ください。` },
  ];
  const blocks: BlockLayout[] = [];
  let top = FIRST_BLOCK_ROW;
  for (const it of initiatives) {
    const cells: LaidCell[] = [];
    const rowHeights = new Map<number, number>();
    const fit = (row: number, text: string, fromCol: number, toCol: number, minLines = 1) => {
      const h = Math.min(409, Math.max(minLines, linesFor(text, spanUnits(fromCol, toCol))) * 14 + 6);
      rowHeights.set(row, Math.max(rowHeights.get(row) ?? 20, h));
    };
    const wide = (row: number, label: string, text: string, kind: CellKind, minLines = 1) => {
      cells.push({ row, col: 1, kind: 'label', text: label }, { row, col: 2, toCol: lastCol, kind, text });
      fit(row, text, 2, lastCol, minLines);
    };
    let r = top;
    const policy = ctx.snapshot.policies.find((p) => p.code === it.policy)?.name ?? '';
    cells.push(
      { row: r, col: 1, kind: 'block-head', text: `No.${it.no}` },
      { row: r, col: 2, toCol: lastCol - 1, kind: 'block-head', text: it.title },
      { row: r, col: lastCol, kind: 'block-head', text: `ID ${it.id}` },
    );
    fit(r, it.title, 2, lastCol - 1);
    r++;
    wide(r++, '区分', flagsText(it, policy), 'text');
    wide(r++, '実施課', it.departments.join('、'), 'text');
    wide(r++, '目的', it.purpose, 'text');
    wide(r++, '活動内容', it.activity, 'text');
    // Only blocks with 要確認 marks get the row, so forms of snapshots without marks lay out as before.
    const note = reviewNoteText(it);
    if (note) wide(r++, REVIEW_NOTE_LABEL, note, 'text');
    cells.push({ row: r, col: 1, kind: 'label', text: '年度' });
    years.forEach((y, i) => cells.push({ row: r, col: 2 + i, kind: 'year-head', text: formatFiscalYear(y, era) }));
    const spare = (row: number) => { for (let c = 2 + years.length; c <= lastCol; c++) cells.push({ row, col: c, kind: 'inactive', text: '' }); };
    spare(r);
    r++;
    cells.push({ row: r, col: 1, kind: 'label', text: '計画(送付時点)' });
    years.forEach((y, i) => {
      const t = barsText(it.schedule, y);
      cells.push({ row: r, col: 2 + i, kind: 'text-muted', text: t });
      fit(r, t, 2 + i, 2 + i);
    });
    spare(r);
    r++;
    let resultCell = '';
    cells.push({ row: r, col: 1, kind: 'label', text: '実績' });
    years.forEach((y, i) => {
      const t = it.results.find((x) => x.fiscalYear === y)?.text ?? '';
      if (y === ctx.fiscalYear) {
        resultCell = addr(r, 2 + i);
        cells.push({ row: r, col: 2 + i, kind: 'input', text: t });
        fit(r, t, 2 + i, 2 + i, 6);
      } else {
        cells.push({ row: r, col: 2 + i, kind: y < ctx.fiscalYear ? 'text' : 'inactive', text: y < ctx.fiscalYear ? t : '' });
        fit(r, t, 2 + i, 2 + i);
      }
    });
    spare(r);
    r++;
    // 計画 table: 内容 (merged when there are spare columns) | 開始年度 | 終了年度 | 段.
    const [cLabel, cFrom, cTo, cLane] = [2, lastCol - 2, lastCol - 1, lastCol];
    cells.push(
      { row: r, col: 1, kind: 'label', text: '計画の変更' },
      { row: r, col: cLabel, toCol: cFrom - 1 > cLabel ? cFrom - 1 : undefined, kind: 'year-head', text: '内容(行を空にすると削除)' },
      { row: r, col: cFrom, kind: 'year-head', text: '開始年度' },
      { row: r, col: cTo, kind: 'year-head', text: '終了年度' },
      { row: r, col: cLane, kind: 'year-head', text: '段(空欄で自動)' },
    );
    r++;
    const lockedBars = sortBars(it.schedule.filter((b) => b.to < ctx.fiscalYear));
    const editable = sortBars(it.schedule.filter((b) => b.to >= ctx.fiscalYear));
    const barRows: BarRow[] = [];
    const rows: { bar: ScheduleBar | null; editable: boolean }[] = [
      ...lockedBars.map((bar) => ({ bar, editable: false })),
      ...editable.map((bar) => ({ bar, editable: true })),
      ...Array.from({ length: SPARE_BAR_ROWS }, () => ({ bar: null, editable: true })),
    ];
    rows.forEach(({ bar, editable: ed }, i) => {
      const kind: CellKind = ed ? 'input' : 'text';
      cells.push(
        { row: r, col: 1, kind: 'label', text: i === 0 ? '(送付時点の計画)' : '' },
        { row: r, col: cLabel, toCol: cFrom - 1 > cLabel ? cFrom - 1 : undefined, kind, text: bar?.label ?? '' },
        { row: r, col: cFrom, kind, text: bar ? fiscalYearCellText(bar.from) : '', list: ed ? 'year' : undefined },
        { row: r, col: cTo, kind, text: bar ? fiscalYearCellText(bar.to) : '', list: ed ? 'year' : undefined },
        { row: r, col: cLane, kind, text: bar ? String(bar.lane + 1) : '', list: ed ? 'lane' : undefined },
      );
      barRows.push({ row: r, bar, editable: ed, label: addr(r, cLabel), from: addr(r, cFrom), to: addr(r, cTo), lane: addr(r, cLane) });
      fit(r, bar?.label ?? '', cLabel, Math.max(cLabel, cFrom - 1));
      r++;
    });
    const purposeRow = r;
    wide(r++, '目的の修正案\n(変更時のみ)', '', 'input', 2);
    const activityRow = r;
    wide(r++, '活動内容の修正案\n(変更時のみ)', '', 'input', 2);
    const commentRow = r;
    wide(r++, 'コメント', '', 'input', 3);
    blocks.push({
      id: it.id, top, bottom: r - 1, cells, rowHeights, resultCell, lockedBars, barRows,
      purposeCell: addr(purposeRow, 2), activityCell: addr(activityRow, 2), commentCell: addr(commentRow, 2),
    });
    top = r + 1;
  }
  return { years, width, lastCol, columnWidths, header, blocks };
}

/** The cells of a block a 課 cannot change, with the text they must read back as. */
export function lockedCells(block: BlockLayout): { addr: string; text: string }[] {
  return block.cells.filter((c) => c.kind !== 'input').map((c) => ({ addr: addr(c.row, c.col), text: normalizeCellText(c.text) }));
}

/** SHA-256 (first 32 hex) of a block's locked cells as sent: tells a tampered block at a glance. */
export function blockHash(cells: readonly { addr: string; text: string }[]): string {
  return createHash('sha256').update(JSON.stringify(cells.map((c) => [c.addr, c.text]))).digest('hex').slice(0, 32);
}
