// The 要確認 note of a survey form block: each marked field with its reason, so the 課 can send
// the full text back (in the 修正案 cells) instead of confirming a fragment.
import type { Initiative } from '../../shared/domain/schema.ts';
import { liveMarks, markFieldLabel } from '../../shared/domain/review-marks.ts';

export const REVIEW_NOTE_LABEL = '要確認\n(正しい内容を修正案・コメントへ)';

/** One line per mark left on `it`; '' when it has none (the row is then left out). */
export function reviewNoteText(it: Initiative): string {
  return liveMarks(it).map((m) => `・${markFieldLabel(it, m.field)}: ${m.reason}`).join('\n');
}
