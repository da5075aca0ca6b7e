// Before/after of a field as marked passages (jsdiff's diffChars), for the review screen and the CLI.
import { diffChars, diffLines } from 'diff';

export interface DiffSegment {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export function diffSegments(before: string, after: string): DiffSegment[] {
  return diffChars(before, after).map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** Whole lines added/removed: for 計画, where each line is one bar and a bar changes as a whole. */
export function diffLineSegments(before: string, after: string): DiffSegment[] {
  const nl = (s: string) => (s === '' || s.endsWith('\n') ? s : `${s}\n`);
  return diffLines(nl(before), nl(after)).map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** The diff as one line of text for a terminal: [-removed-]{+added+}. */
export function diffInline(before: string, after: string): string {
  return diffSegments(before, after)
    .map((s) => (s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`))
    .join('');
}
