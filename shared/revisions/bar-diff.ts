// The 計画 row compared as bars, not as lines of text: bars pair by lane, label and span. An equal
// bar is left out (only counted); a pair that kept its label moved (its span is underlined), one
// that kept its span was relabelled (its label is underlined); the rest were added or removed.
import type { ScheduleBar } from '../domain/schema.ts';
import type { DiffSegment } from '../diff/segment.ts';
import { diffText } from './text-diff.ts';

export interface BarDiff {
  segments: DiffSegment[];
  /** Bars equal on both sides (not printed, only counted). */
  unchanged: number;
}

type Bar = Pick<ScheduleBar, 'lane' | 'label' | 'from' | 'to'>;
const sameSpan = (a: Bar, b: Bar) => a.from === b.from && a.to === b.to;
const sameLabel = (a: Bar, b: Bar) => a.label.trim() === b.label.trim();

/** Pairs of the two sides by `match`, taking each bar at most once; the leftovers stay in the lists. */
function pairBy(before: Bar[], after: Bar[], match: (a: Bar, b: Bar) => boolean): [Bar, Bar][] {
  const pairs: [Bar, Bar][] = [];
  for (const a of [...after]) {
    const i = before.findIndex((b) => match(b, a));
    if (i < 0) continue;
    pairs.push([before[i]!, a]);
    before.splice(i, 1);
    after.splice(after.indexOf(a), 1);
  }
  return pairs;
}

/** `text(bar)` is how one bar reads in print (「運用(2025年度〜2026年度)」). */
export function diffBars(beforeBars: readonly Bar[], afterBars: readonly Bar[], text: (b: Bar) => string): BarDiff {
  const before = [...beforeBars];
  const after = [...afterBars];
  const equal = pairBy(before, after, (b, a) => b.lane === a.lane && sameLabel(b, a) && sameSpan(b, a));
  const changed = [
    ...pairBy(before, after, (b, a) => b.lane === a.lane && sameLabel(b, a)),
    ...pairBy(before, after, (b, a) => b.lane === a.lane && sameSpan(b, a)),
    ...pairBy(before, after, (b, a) => sameLabel(b, a)),
  ];
  // A bar that only changed lane reads the same in print: it counts as unchanged.
  const reworded = changed.filter(([b, a]) => text(b) !== text(a));
  type Row = { at: Bar; segs: DiffSegment[] };
  const rows: Row[] = [
    ...reworded.map(([b, a]) => ({ at: a, segs: diffText(text(b), text(a)) })),
    ...before.map((b) => ({ at: b, segs: [{ kind: 'removed', text: text(b) }] as DiffSegment[] })),
    ...after.map((a) => ({ at: a, segs: [{ kind: 'added', text: text(a) }] as DiffSegment[] })),
  ].sort((x, y) => x.at.lane - y.at.lane || x.at.from - y.at.from);
  // One bar per line on each side: a line break goes on the side(s) that already have a line.
  const segments: DiffSegment[] = [];
  const has = { before: false, after: false };
  for (const r of rows) {
    const inBefore = r.segs.some((s) => s.kind !== 'added');
    const inAfter = r.segs.some((s) => s.kind !== 'removed');
    const nlBefore = inBefore && has.before;
    const nlAfter = inAfter && has.after;
    if (nlBefore && nlAfter) segments.push({ kind: 'same', text: '\n' });
    else if (nlBefore) segments.push({ kind: 'removed', text: '\n' });
    else if (nlAfter) segments.push({ kind: 'added', text: '\n' });
    segments.push(...r.segs);
    has.before ||= inBefore;
    has.after ||= inAfter;
  }
  return { segments, unchanged: equal.length + changed.length - reworded.length };
}
