// The 要確認 marks of one initiative: which field, why, and 「確認済みにする」 (clears the mark, keeps
// the text). In the editor a field already edited says that saving clears its mark instead.
import './review.css';
import { useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { liveMarks, markFieldLabel, markedText } from '../../../shared/domain/review-marks.ts';
import { api } from '../../api/client.ts';
import { showToast } from '../../components/toast.ts';

export function ReviewMarksPanel({ stored, draft, readOnly, blocked, onCleared, onGoTo }: {
  stored: InitiativeView;
  /** The editor's draft: a field that differs from the stored text loses its mark when saved. */
  draft?: Initiative;
  readOnly: boolean;
  /** Why 確認済みにする must wait (e.g. unsaved edits in the editor, which re-reading would drop). */
  blocked?: string | undefined;
  onCleared: () => Promise<void> | void;
  /** Moves to the field (focus in the editor, open the editor from the detail view). */
  onGoTo?: (field: string) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const marks = liveMarks(stored);
  if (marks.length === 0) return null;
  const confirm = async (field: string) => {
    setBusy(field);
    try {
      const r = await api.clearReviewMark({ id: stored.id, field, version: stored.version });
      if (!r.ok) return showToast(r.error.message, 'error');
      showToast(`${markFieldLabel(stored, field)}を確認済みにしました`);
      await onCleared();
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="review-marks" aria-labelledby={`review-h-${stored.id}`} data-review-count={marks.length}>
      <h2 id={`review-h-${stored.id}`}>要確認 {marks.length}件</h2>
      {blocked && <p className="hint">{blocked}</p>}
      <ul>
        {marks.map((m) => {
          const edited = draft !== undefined && markedText(draft, m.field) !== m.text;
          return (
            <li key={m.field} data-review-field={m.field}>
              <span className="review-field">{markFieldLabel(stored, m.field)}</span>
              <span className="review-reason">{m.reason}</span>
              {onGoTo && <button type="button" onClick={() => onGoTo(m.field)}>この項目へ</button>}
              {edited
                ? <span className="review-edited">編集済み(保存すると要確認は外れます)</span>
                : <button type="button" disabled={readOnly || busy !== null || blocked !== undefined} title={blocked}
                  onClick={() => void confirm(m.field)}>{busy === m.field ? '処理中…' : '確認済みにする'}</button>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
