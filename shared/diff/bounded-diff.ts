// jsdiff with a bound on its work, for texts of any size (a plan field may hold 1,000,000
// characters, a crafted Excel cell more). jsdiff makes one token per character before it even
// starts, so the common head and tail are cut off first (a 10 MB text with one change leaves a few
// characters to diff); what is left is diffed only when it is small, and with jsdiff's own
// maxEditLength/timeout. When a bound is hit, the differing middle is shown as one removed and
// one added passage: coarser, never wrong (both texts can always be spelled back).
import { diffChars, diffLines } from 'diff';

export interface Change {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface DiffBounds {
  /** Most edits jsdiff may look for (its maxEditLength). */
  maxEditLength: number;
  /** Most milliseconds jsdiff may spend (its timeout). */
  timeoutMs: number;
  /** Most UTF-16 units (old + new) handed to jsdiff at all; above it the middle is replaced whole. */
  maxChars: number;
}

/** maxChars: two fields at the plan's 1,000,000-character limit (about 200 MB of tokens at worst). */
export const DEFAULT_BOUNDS: DiffBounds = { maxEditLength: 5_000, timeoutMs: 500, maxChars: 2_000_000 };

const same = (value: string): Change => ({ value, added: false, removed: false });
const removed = (value: string): Change => ({ value, added: false, removed: true });
const added = (value: string): Change => ({ value, added: true, removed: false });

const isHigh = (s: string, i: number) => { const c = s.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
const isLow = (s: string, i: number) => { const c = s.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };

/** Lengths of the common head and tail (tail not overlapping the head), never splitting a surrogate pair. */
export function commonEnds(a: string, b: string): { head: number; tail: number } {
  const n = Math.min(a.length, b.length);
  let head = 0;
  while (head < n && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  if (head > 0 && isHigh(a, head - 1)) head--;
  let tail = 0;
  const room = n - head;
  while (tail < room && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  if (tail > 0 && isLow(a, a.length - tail)) tail--;
  return { head, tail };
}

/** The edit of `before` into `after` as jsdiff changes (removed before added), by character or by whole line. */
export function boundedDiff(before: string, after: string, by: 'chars' | 'lines' = 'chars', bounds: DiffBounds = DEFAULT_BOUNDS): Change[] {
  if (before === after) return before ? [same(before)] : [];
  // Lines: jsdiff's tokens are whole lines, so there is no per-character blow-up to cut off first.
  const { head, tail } = by === 'chars' ? commonEnds(before, after) : { head: 0, tail: 0 };
  const mb = before.slice(head, before.length - tail);
  const ma = after.slice(head, after.length - tail);
  let middle: Change[] | undefined;
  if (mb.length + ma.length <= bounds.maxChars) {
    const opts = { maxEditLength: bounds.maxEditLength, timeout: bounds.timeoutMs };
    middle = (by === 'chars' ? diffChars(mb, ma, opts) : diffLines(mb, ma, opts))
      ?.map((c) => ({ value: c.value, added: Boolean(c.added), removed: Boolean(c.removed) }));
  }
  middle ??= [...(mb ? [removed(mb)] : []), ...(ma ? [added(ma)] : [])];
  return [...(head ? [same(before.slice(0, head))] : []), ...middle, ...(tail ? [same(before.slice(before.length - tail))] : [])];
}
