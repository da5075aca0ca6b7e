// When a block's locked cells do not match, whether that is because rows were deleted or inserted
// inside it (everything below moved up or down): then the block and the rows are named, instead
// of a list of every cell that no longer lines up.
import type { FileProblem } from '../../shared/survey/api-types.ts';
import type { BlockLayout } from './form-layout.ts';

const MAX_SHIFT = 5;
const cellAt = (addr: string) => {
  const m = /^([A-Z]+)(\d+)$/u.exec(addr)!;
  return { col: m[1]!, row: Number(m[2]) };
};

/** The block's rows moved by `shift` from row `from` on (negative: rows deleted), or null. */
export function rowShift(block: BlockLayout, expected: readonly { addr: string; text: string }[], text: (addr: string) => string): { from: number; shift: number } | null {
  const first = expected.find((c) => text(c.addr) !== c.text);
  if (!first) return null;
  const from = cellAt(first.addr).row;
  for (const shift of [-1, 1, -2, 2, -3, 3, -4, 4, -MAX_SHIFT, MAX_SHIFT]) {
    // Rows deleted: what was below them is now `shift` rows higher; the deleted rows themselves are gone.
    const moved = expected.filter((c) => cellAt(c.addr).row >= (shift < 0 ? from - shift : from) && c.text !== '');
    if (moved.length < 2) continue;
    if (moved.every((c) => { const { col, row } = cellAt(c.addr); return text(`${col}${row + shift}`) === c.text; })) return { from, shift };
  }
  return null;
}

export function rowShiftProblem(block: BlockLayout, s: { from: number; shift: number }, label: (row: number) => string): FileProblem {
  const no = block.cells[0]?.text ?? '';
  const what = `取組 ${no}(ID ${block.id})`;
  if (s.shift < 0) {
    const [a, b] = [s.from, s.from - s.shift - 1];
    const rows = a === b ? `${a} 行目` : `${a}〜${b} 行目`;
    const names = Array.from({ length: b - a + 1 }, (_, i) => label(a + i)).filter((l) => l !== '');
    return {
      sheet: '回答', cell: `A${a}`,
      message: `${what}の中で行が削除されています(送付時の ${rows}${names.length ? `「${names.join('」「')}」` : ''})。その下の行が ${-s.shift} 行ずつ上にずれているため、記入を正しいセルから読めません。`,
    };
  }
  return {
    sheet: '回答', cell: `A${s.from}`,
    message: `${what}の中(${s.from} 行目)に行が ${s.shift} 行挿入されています。その下の行が ${s.shift} 行ずつ下にずれているため、記入を正しいセルから読めません。`,
  };
}
