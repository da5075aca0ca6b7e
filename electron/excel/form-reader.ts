// Reads a returned survey form (as dumped by workbook-dump.ts): its metadata, then — against the
// layout redrawn from the round's snapshot — checks every locked cell is as sent and reads the
// input cells into a ReturnBlock.
import { parseFiscalYearCell, parseLaneCell } from '../../shared/survey/cell-values.ts';
import { placeBars, type BarDraft } from '../../shared/survey/lanes.ts';
import type { ReturnBlock } from '../../shared/survey/types.ts';
import type { FileProblem } from '../../shared/survey/api-types.ts';
import { fiscalYearCellText } from '../../shared/survey/cell-values.ts';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import { PASTED_LINE_BREAKS, unprintableCodes } from '../../shared/domain/schema.ts';
import type { SheetDump, WorkbookDump } from './workbook-dump.ts';
import { blockHash, lockedCells, MAX_LANE, SHEET_ANSWER, SHEET_META, type BlockLayout, type FormLayout } from './form-layout.ts';
import type { FormBlockRef } from '../store/survey-store.ts';
import { MAC_KEY } from './form-meta.ts';
import { rowShift, rowShiftProblem } from './row-shift.ts';

export interface FormMeta {
  format: string;
  version: number;
  round: string;
  roundName: string;
  department: string;
  fiscalYear: number;
  blocks: FormBlockRef[];
  /** Every row of the sheet as read (row 1 first; cells A, B, …), for the signature. */
  rows: string[][];
  /** The signature (column B of the mac row), null when the form carries none. */
  mac: string | null;
}

/** Word's Shift+Enter (U+000B) and the Unicode line/paragraph separators: line breaks to whoever typed them. */

/** Normalized text of a cell: what the merge compares. */
const cellText = (ws: SheetDump, address: string) => normalizeCellText((ws.cells[address] ?? '').replace(PASTED_LINE_BREAKS, '\n'));

/** The metadata sheet's keys and block rows; null when the workbook has none (not one of our forms). */
export function readMeta(wb: WorkbookDump): FormMeta | null {
  const ws = wb.sheets[SHEET_META];
  if (!ws) return null;
  const kv = new Map<string, string>();
  const blocks: FormBlockRef[] = [];
  const grid: string[][] = [];
  for (const a of Object.keys(ws.cells)) {
    const m = /^([A-Z]+)(\d+)$/u.exec(a);
    if (!m || Number(m[2]) > 2000 || m[1]!.length > 1) continue; // the sheet holds a few hundred rows of columns A–D
    ((grid[Number(m[2]) - 1] ??= [])[m[1]!.charCodeAt(0) - 65] = ws.cells[a]!);
  }
  const rows = Array.from(grid, (r) => Array.from(r ?? [], (c) => c ?? ''));
  for (let r = 1; r <= rows.length; r++) {
    const key = cellText(ws, `A${r}`);
    if (key === 'block') blocks.push({ id: cellText(ws, `B${r}`), top: Number(cellText(ws, `C${r}`)), hash: cellText(ws, `D${r}`) });
    else if (key) kv.set(key, cellText(ws, `B${r}`));
  }
  return {
    format: kv.get('format') ?? '',
    version: Number(kv.get('version') ?? NaN),
    round: kv.get('round') ?? '',
    roundName: kv.get('roundName') ?? '',
    department: kv.get('department') ?? '',
    fiscalYear: Number(kv.get('fiscalYear') ?? NaN),
    blocks,
    rows,
    mac: kv.get(MAC_KEY) ?? null,
  };
}

const at = (cell: string, message: string): FileProblem => ({ sheet: SHEET_ANSWER, cell, message });
const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** Locked cells that differ from what was sent (none when the block's hash matches). */
function tamperedCells(ws: SheetDump, block: BlockLayout, ref: FormBlockRef): { problems: FileProblem[]; shifted: boolean } {
  const expected = lockedCells(block);
  const actual = expected.map((c) => ({ addr: c.addr, text: cellText(ws, c.addr) }));
  if (blockHash(actual) === ref.hash && blockHash(expected) === ref.hash) return { problems: [], shifted: false };
  const shift = rowShift(block, expected, (a) => cellText(ws, a));
  if (shift) {
    const labels = new Map(block.cells.filter((c) => c.col === 1).map((c) => [c.row, normalizeCellText(c.text)]));
    return { problems: [rowShiftProblem(block, shift, (r) => labels.get(r) ?? '')], shifted: true };
  }
  const out: FileProblem[] = [];
  const idCell = expected.find((c) => c.text === `ID ${block.id}`);
  for (let i = 0; i < expected.length && out.length < 5; i++) {
    const e = expected[i]!;
    const a = actual[i]!;
    if (e.text === a.text) continue;
    if (idCell && e.addr === idCell.addr) {
      out.push(at(e.addr, a.text === '' ? `取組の ID(${block.id})が消されています。` : `取組の ID が「${clip(a.text)}」に書き換えられています(送付時は ${block.id})。`));
    } else {
      out.push(at(e.addr, `変更できないセルが書き換えられています(送付時「${clip(e.text)}」→ 今「${clip(a.text)}」)。`));
    }
  }
  return { problems: out, shifted: false };
}

function readBars(ws: SheetDump, block: BlockLayout, years: readonly number[], problems: FileProblem[]) {
  const period = `${fiscalYearCellText(years[0]!)}〜${fiscalYearCellText(years.at(-1)!)}`;
  const drafts: BarDraft[] = block.barRows.filter((r) => !r.editable).map((r) => ({ ...r.bar!, cell: `${SHEET_ANSWER}!${r.label}` }));
  for (const row of block.barRows.filter((r) => r.editable)) {
    const label = cellText(ws, row.label);
    const fromT = cellText(ws, row.from);
    const toT = cellText(ws, row.to);
    const laneT = cellText(ws, row.lane);
    if (label === '' && fromT === '' && toT === '') continue;
    const year = (t: string, cell: string, what: string) => {
      if (t === '') {
        problems.push(at(cell, `${what}を一覧から選んでください(行ごと消す場合は、内容・開始年度・終了年度をすべて空にしてください)。`));
        return null;
      }
      const y = parseFiscalYearCell(t, years);
      if (y === null) problems.push(at(cell, `「${clip(t)}」は計画期間(${period})の年度として読めません。一覧から選んでください。`));
      return y;
    };
    if (label === '') problems.push(at(row.label, '計画の内容を入力してください(行ごと消す場合は、開始年度・終了年度も空にしてください)。'));
    const from = year(fromT, row.from, '開始年度');
    const to = year(toT, row.to, '終了年度');
    const lane = parseLaneCell(laneT, MAX_LANE);
    if (lane === 'invalid') problems.push(at(row.lane, `段「${clip(laneT)}」は1〜${MAX_LANE}の番号ではありません。番号を選ぶか、空欄にしてください。`));
    if (from !== null && to !== null && from > to) problems.push(at(row.to, `終了年度(${fiscalYearCellText(to)})が開始年度(${fiscalYearCellText(from)})より前です。`));
    if (label === '' || from === null || to === null || lane === 'invalid' || from > to) continue;
    drafts.push({ label, from, to, lane: lane === null ? null : lane - 1, cell: `${SHEET_ANSWER}!${row.label}` });
  }
  const placed = placeBars(drafts);
  for (const p of placed.problems) problems.push(at(p.cell.replace(`${SHEET_ANSWER}!`, ''), p.message));
  return placed.bars;
}

export interface ReadOutcome {
  blocks: ReturnBlock[];
  /** Locked cells changed (protection removed): the file is refused as tampered. */
  tampered: FileProblem[];
  /** Input cells that cannot be read (a year that is not a year, a half-filled row …). */
  problems: FileProblem[];
  /** Input cells holding characters the plan cannot hold (control characters, broken bytes). */
  characters: FileProblem[];
  protectionRemoved: boolean;
}

/** Excel keeps at most 32,767 characters in a cell: a longer input cell was not typed in Excel. */
export const MAX_CELL_CHARS = 32_767;
/** Rows the 回答 sheet may reach below its form (a note or two under the form is harmless). */
export const MAX_ROWS_BELOW_FORM = 5_000;

const inputCells = (block: BlockLayout) => [block.resultCell, block.purposeCell, block.activityCell, block.commentCell,
  ...block.barRows.filter((r) => r.editable).flatMap((r) => [r.label, r.from, r.to, r.lane])];

/** Input cells of a block holding more than Excel itself allows in a cell. */
function overlongCells(ws: SheetDump, block: BlockLayout): FileProblem[] {
  return inputCells(block).filter((a) => (ws.cells[a]?.length ?? 0) > MAX_CELL_CHARS).map((a) => at(a,
    `記入が長すぎます(${ws.cells[a]!.length.toLocaleString('ja-JP')}文字)。Excel の1つのセルに入るのは ${MAX_CELL_CHARS.toLocaleString('ja-JP')} 文字までです。内容を確かめて短くしてから、保存し直してもらってください。`));
}

/**
 * Input cells holding a character the plan cannot hold (a control character, NUL, half of a
 * surrogate pair) or bytes that were not text at all: invisible in Excel, so named by code.
 */
function unholdableCells(ws: SheetDump, block: BlockLayout): FileProblem[] {
  const out: FileProblem[] = [];
  for (const a of inputCells(block)) {
    const text = cellText(ws, a);
    if (ws.brokenText.includes(a)) {
      out.push(at(a, '文字として読めないバイト列(壊れた文字)が含まれています。記入した課で内容を確かめ、入力し直して保存してもらってください。'));
      continue;
    }
    const found = unprintableCodes(text);
    if (found.length > 0) {
      out.push(at(a, `計画に保存できない見えない文字(${found.slice(0, 3).join('、')}${found.length > 3 ? ' など' : ''}、制御文字)が含まれています。Word などから貼り付けると入ることがあります。セルの文字を入力し直して保存してもらってください。`));
    }
  }
  return out;
}

/** Checks and reads every block of the 回答 sheet, against the layout of the form as sent. */
export function readAnswers(wb: WorkbookDump, layout: FormLayout, refs: readonly FormBlockRef[]): ReadOutcome | FileProblem {
  const ws = wb.sheets[SHEET_ANSWER];
  if (!ws) return { sheet: null, cell: null, message: `「${SHEET_ANSWER}」シートがありません(シート名が変えられたか、削除されています)。送付した様式に記入し直してもらってください。` };
  const bottom = Math.max(0, ...layout.blocks.map((b) => b.bottom));
  if (ws.lastRow > bottom + MAX_ROWS_BELOW_FORM) {
    return { sheet: null, cell: null, message: `「${SHEET_ANSWER}」シートが ${ws.lastRow.toLocaleString('ja-JP')} 行目まで使われていて、様式(${bottom.toLocaleString('ja-JP')} 行目まで)よりはるかに下まであります。様式の外の内容は取り込まれないため、このまま取り込むことはしません。様式の下に貼り付けた行などを削除して保存し直してもらってください。` };
  }
  const out: ReadOutcome = { blocks: [], tampered: [], problems: [], characters: [], protectionRemoved: !ws.protected };
  // The title names the round and the 課: what a person looks at first, so it must be the form's own.
  const title = layout.header.find((c) => c.kind === 'sheet-title');
  if (title) {
    const a = `${String.fromCharCode(64 + title.col)}${title.row}`;
    const [want, got] = [normalizeCellText(title.text), cellText(ws, a)];
    if (want !== got) out.tampered.push(at(a, `表題が書き換えられています(送付時「${clip(want)}」→ 今「${clip(got)}」)。`));
  }
  let shifted = false;
  layout.blocks.forEach((block, i) => {
    // Rows deleted or inserted in one block move every block below: the first one says it all.
    if (!shifted) {
      const t = tamperedCells(ws, block, refs[i]!);
      shifted = t.shifted;
      out.tampered.push(...t.problems);
    }
    const overlong = overlongCells(ws, block);
    if (overlong.length > 0) {
      out.problems.push(...overlong); // refused as a whole, so the block is not read (nor its huge text normalized)
      return;
    }
    out.characters.push(...unholdableCells(ws, block));
    const cell = (a: string) => `${SHEET_ANSWER}!${a}`;
    const firstBar = block.barRows[0]!;
    const lastBar = block.barRows.at(-1)!;
    const values: ReturnBlock['values'] = { result: cellText(ws, block.resultCell), schedule: readBars(ws, block, layout.years, out.problems) };
    const purpose = cellText(ws, block.purposeCell);
    const activity = cellText(ws, block.activityCell);
    if (purpose !== '') values.purpose = purpose;
    if (activity !== '') values.activity = activity;
    out.blocks.push({
      initiativeId: block.id,
      values,
      cells: {
        result: cell(block.resultCell), schedule: cell(`${firstBar.label}:${lastBar.lane}`),
        purpose: cell(block.purposeCell), activity: cell(block.activityCell),
      },
      comment: cellText(ws, block.commentCell),
      commentCell: cell(block.commentCell),
    });
  });
  return out;
}
