// Before/after of a field as marked passages (jsdiff's diffChars), for the review screen and the CLI.
import { diffChars } from 'diff';

export interface DiffSegment {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export function diffSegments(before: string, after: string): DiffSegment[] {
  return diffChars(before, after).map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** The diff as one line of text for a terminal: [-removed-]{+added+}. */
export function diffInline(before: string, after: string): string {
  return diffSegments(before, after)
    .map((s) => (s.kind === 'same' ? s.text : s.kind === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`))
    .join('');
}
