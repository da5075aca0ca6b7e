// Before/after of a field as marked passages (jsdiff), for the review screen and the CLI. The diff
// is bounded (shared/diff/bounded-diff.ts): a huge cell costs little and still spells both texts.
import { boundedDiff, type Change } from '../diff/bounded-diff.ts';
import type { DiffSegment } from '../diff/segment.ts';

export type { DiffSegment } from '../diff/segment.ts';

const segment = (c: Change): DiffSegment => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' });

export function diffSegments(before: string, after: string): DiffSegment[] {
  return boundedDiff(before, after).map(segment);
}

/** Whole lines added/removed: for 計画, where each line is one bar and a bar changes as a whole. */
export function diffLineSegments(before: string, after: string): DiffSegment[] {
  const nl = (s: string) => (s === '' || s.endsWith('\n') ? s : `${s}\n`);
  return boundedDiff(nl(before), nl(after), 'lines').map(segment);
}

/** The diff as one line of text for a terminal: [-removed-]{+added+}. */
export function diffInline(before: string, after: string): string {
  return diffSegments(before, after)
    .map((s) => (s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`))
    .join('');
}
