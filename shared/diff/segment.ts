// The one shape of a text diff in the app (survey review, CLI, 新旧対照表): passages in order,
// same + removed spell the old text, same + added the new one.
export interface DiffSegment {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** The text one side shows: 'after' = same + added, 'before' = same + removed; changed = not common. */
export function sideOf(segs: readonly DiffSegment[], side: 'before' | 'after'): { text: string; changed: boolean }[] {
  const skip = side === 'after' ? 'removed' : 'added';
  return segs.filter((s) => s.kind !== skip).map((s) => ({ text: s.text, changed: s.kind !== 'same' }));
}

/** One side spelled back as plain text. */
export const spell = (segs: readonly DiffSegment[], side: 'before' | 'after'): string => sideOf(segs, side).map((p) => p.text).join('');
