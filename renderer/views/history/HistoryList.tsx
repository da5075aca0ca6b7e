// A list of audit batches (who, when, from where, what changed field by field — see FieldChange), with 元に戻す /
// やり直す per batch. Used by the 変更履歴 screen and by the 履歴 panel of one initiative.
import type { HistoryBatch } from '../../../shared/editing/api-types.ts';
import { FieldChange } from './FieldChange.tsx';

const KIND: Record<HistoryBatch['kind'], string> = { change: '変更', undo: '元に戻す', redo: 'やり直し' };

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });
}

export function HistoryList({ batches, onUndo, onRedo, showTarget = true, busy = false }: {
  batches: HistoryBatch[]; onUndo: (id: number) => void; onRedo: (id: number) => void; showTarget?: boolean; busy?: boolean;
}) {
  if (batches.length === 0) return <p className="empty">変更の記録はまだありません。</p>;
  return (
    <ol className="history-list">
      {batches.map((b) => (
        <li key={b.id} className={`history-batch kind-${b.kind}${b.undoneBy ? ' undone' : ''}`} data-batch={b.id}>
          <div className="history-head">
            <span className="history-summary">{b.summary}</span>
            {b.undoneBy && <span className="badge">元に戻し済み</span>}
            <span className="history-meta">{when(b.at)}・{b.who}・{b.source}・{KIND[b.kind]}</span>
            <span className="history-actions">
              {b.kind !== 'undo' && !b.undoneBy && b.reversible && (
                <button type="button" disabled={busy} onClick={() => onUndo(b.id)} aria-label={`「${b.summary}」を元に戻す`}>元に戻す</button>
              )}
              {((b.kind !== 'undo' && b.undoneBy) || (b.kind === 'undo' && !b.undoneBy)) && (
                <button type="button" disabled={busy} onClick={() => onRedo(b.id)} aria-label={`「${b.summary}」をやり直す`}>やり直す</button>
              )}
            </span>
          </div>
          <details>
            <summary>変更内容({b.entries.length}項目)</summary>
            <table className="history-entries">
              <colgroup>{showTarget && <col style={{ width: '22%' }} />}<col style={{ width: '7em' }} /><col /></colgroup>
              <thead><tr>{showTarget && <th scope="col">対象</th>}<th scope="col">項目</th><th scope="col">変更内容</th></tr></thead>
              <tbody>
                {b.entries.slice(0, 200).map((e, i) => (
                  <tr key={i}>
                    {showTarget && <td>{e.target}</td>}
                    <td>{e.fieldLabel}</td>
                    <td className="change" data-field={e.field}><FieldChange e={e} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {b.entries.length > 200 && <p className="hint">…ほか {b.entries.length - 200} 項目</p>}
          </details>
        </li>
      ))}
    </ol>
  );
}
