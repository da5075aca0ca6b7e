// Character-level diff of Japanese text (no spaces between words), for the 新旧対照表.
// jsdiff finds the edits; we then merge tiny common fragments caught between two edits
// (「を」「の」…) into the edits around them, so a reworded phrase reads as one underlined run.
import { boundedDiff } from '../diff/bounded-diff.ts';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffSegment { op: DiffOp; text: string }

/** Segments from `before` to `after`: equal + delete spell `before`, equal + insert spell `after`. */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  // Bounded (shared/diff/bounded-diff.ts): past its limits the differing middle counts as replaced.
  const raw: DiffSegment[] = boundedDiff(before, after).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  return cleanupSmallEqualities(normalize(raw));
}

/** Merges neighbours: within each run of edits, one delete then one insert; empty segments dropped. */
function normalize(segs: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  for (const s of segs) {
    if (!s.text) continue;
    if (s.op === 'delete') del += s.text;
    else if (s.op === 'insert') ins += s.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += s.text;
      else out.push({ op: 'equal', text: s.text });
    }
  }
  flush();
  return out;
}

const editLength = (segs: DiffSegment[]) => Math.max(...segs.map((s) => [...s.text].length), 0);

/**
 * Like diff-match-patch's semantic cleanup: an equality no longer than the edits on both of its
 * sides is folded into them. Line breaks are never folded, so edits stay on their own lines.
 */
function cleanupSmallEqualities(segs: DiffSegment[]): DiffSegment[] {
  let cur = segs;
  for (;;) {
    const i = cur.findIndex((s, k) => {
      if (s.op !== 'equal' || k === 0 || k === cur.length - 1 || s.text.includes('\n')) return false;
      const before = editsAround(cur, k, -1);
      const after = editsAround(cur, k, 1);
      if (before.length === 0 || after.length === 0) return false;
      const limit = Math.min(editLength(before), editLength(after));
      // A code point is one or two UTF-16 units: a long equality is ruled out without counting it.
      return s.text.length <= 2 * limit && [...s.text].length <= limit;
    });
    if (i < 0) return cur;
    const eq = cur[i]!;
    cur = normalize([...cur.slice(0, i), { op: 'delete', text: eq.text }, { op: 'insert', text: eq.text }, ...cur.slice(i + 1)]);
  }
}

/** The run of edit segments directly before (dir −1) or after (dir 1) index k. */
function editsAround(segs: DiffSegment[], k: number, dir: -1 | 1): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let j = k + dir; j >= 0 && j < segs.length && segs[j]!.op !== 'equal'; j += dir) out.push(segs[j]!);
  return out;
}

/** The text one side of a diff shows: 'after' = 改正後 (equal + insert), 'before' = 改正前 (equal + delete). */
export function sideOf(segs: readonly DiffSegment[], side: 'before' | 'after'): { text: string; changed: boolean }[] {
  const skip: DiffOp = side === 'after' ? 'delete' : 'insert';
  return segs.filter((s) => s.op !== skip).map((s) => ({ text: s.text, changed: s.op !== 'equal' }));
}
