// Diff of Japanese text for the 新旧対照表, by whole tokens: a word (Intl.Segmenter's Japanese
// words), a number with its counter (「12種類」「令和6年度」), a Latin word, a line break. Each
// distinct token is coded as one private-use character so the bounded character diff
// (shared/diff/bounded-diff.ts) compares tokens; then tiny common fragments caught between two
// edits (「を」「の」…) are folded into the edits around them, so a reworded phrase reads as one run.
import { boundedDiff } from '../diff/bounded-diff.ts';
import type { DiffSegment } from '../diff/segment.ts';

export type { DiffSegment } from '../diff/segment.ts';
export { sideOf } from '../diff/segment.ts';

/** Above this many characters a side is diffed by characters (tokenizing costs more than it helps). */
const TOKENIZE_LIMIT = 50_000;
/** Private-use code points available as token codes (BMP, so one UTF-16 unit each). */
const CODE_FIRST = 0xe000;
const CODE_COUNT = 0xf8ff - 0xe000 + 1;

const NUMBER = /^[0-9０-９][0-9０-９.,，.]*$/u;
/** A counter or unit that belongs to the number before it (「3回」「12月」「6年度」「20%」). */
const COUNTER = /^(?:[\p{Script=Han}々ヶヵか所]{1,3}|[%%])$/u;

let segmenter: Intl.Segmenter | null = null;

/** Words of `text`, a number kept with its counter; the tokens spell the text back exactly. */
export function tokens(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const prev = out.at(-1);
    if (prev !== undefined && NUMBER.test(prev) && (COUNTER.test(segment) || NUMBER.test(segment))) out[out.length - 1] = prev + segment;
    else out.push(segment);
  }
  return out;
}

/** Segments from `before` to `after`: same + removed spell `before`, same + added spell `after`. */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  return cleanupSmallEqualities(normalize(tokenDiff(before, after) ?? charDiff(before, after)));
}

function charDiff(before: string, after: string): DiffSegment[] {
  // Bounded: past its limits the differing middle counts as replaced.
  return boundedDiff(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** The diff over tokens, or null when the texts are too long or have more distinct tokens than codes. */
function tokenDiff(before: string, after: string): DiffSegment[] | null {
  if (before.length > TOKENIZE_LIMIT || after.length > TOKENIZE_LIMIT) return null;
  const codes = new Map<string, string>();
  const table: string[] = [];
  const encode = (text: string): string | null => {
    let s = '';
    for (const t of tokens(text)) {
      let c = codes.get(t);
      if (c === undefined) {
        if (table.length >= CODE_COUNT) return null;
        c = String.fromCharCode(CODE_FIRST + table.length);
        codes.set(t, c);
        table.push(t);
      }
      s += c;
    }
    return s;
  };
  const b = encode(before);
  const a = encode(after);
  if (b === null || a === null) return null;
  const decode = (s: string) => Array.from(s, (c) => table[c.charCodeAt(0) - CODE_FIRST]!).join('');
  return boundedDiff(b, a).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: decode(c.value) }));
}

/** Merges neighbours: within each run of edits, one removed then one added; empty segments dropped. */
function normalize(segs: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ kind: 'removed', text: del });
    if (ins) out.push({ kind: 'added', text: ins });
    del = '';
    ins = '';
  };
  for (const s of segs) {
    if (!s.text) continue;
    if (s.kind === 'removed') del += s.text;
    else if (s.kind === 'added') ins += s.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += s.text;
      else out.push({ kind: 'same', text: s.text });
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
      if (s.kind !== 'same' || k === 0 || k === cur.length - 1 || s.text.includes('\n')) return false;
      const before = editsAround(cur, k, -1);
      const after = editsAround(cur, k, 1);
      if (before.length === 0 || after.length === 0) return false;
      const limit = Math.min(editLength(before), editLength(after));
      // A code point is one or two UTF-16 units: a long equality is ruled out without counting it.
      return s.text.length <= 2 * limit && [...s.text].length <= limit;
    });
    if (i < 0) return cur;
    const eq = cur[i]!;
    cur = normalize([...cur.slice(0, i), { kind: 'removed', text: eq.text }, { kind: 'added', text: eq.text }, ...cur.slice(i + 1)]);
  }
}

/** The run of edit segments directly before (dir −1) or after (dir 1) index k. */
function editsAround(segs: DiffSegment[], k: number, dir: -1 | 1): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let j = k + dir; j >= 0 && j < segs.length && segs[j]!.kind !== 'same'; j += dir) out.push(segs[j]!);
  return out;
}
