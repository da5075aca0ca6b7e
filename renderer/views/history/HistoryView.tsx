// 変更履歴: every saved change of the plan, newest first, with undo/redo (also Ctrl+Z / Ctrl+Y).
import './history.css';
import { useAppShortcuts } from './use-app-shortcuts.ts';
import { HistoryList } from './HistoryList.tsx';
import { useHistory } from './use-history.ts';

export function HistoryView() {
  const { page, error, busy, act, editable } = useHistory();
  useAppShortcuts();
  return (
    <div className="history-view">
      <h1>変更履歴</h1>
      <div className="toolbar">
        <button type="button" disabled={busy || !editable || !page?.undo} onClick={() => void act('undo')}
          title={page?.undo ? `元に戻す: ${page.undo.summary}` : undefined}>元に戻す(Ctrl+Z){page?.undo ? `: ${page.undo.summary}` : ''}</button>
        <button type="button" disabled={busy || !editable || !page?.redo} onClick={() => void act('redo')}>やり直す(Ctrl+Y){page?.redo ? `: ${page.redo.summary}` : ''}</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {page && <HistoryList batches={page.batches} busy={busy || !editable} onUndo={(id) => void act('undo', id)} onRedo={(id) => void act('redo', id)} />}
    </div>
  );
}

/** The 履歴 of one initiative, shown under its sheet. */
export function InitiativeHistoryPanel({ id }: { id: string }) {
  const { page, error, busy, act, editable } = useHistory(id);
  return (
    <section className="history-panel" aria-labelledby="history-panel-title">
      <h2 id="history-panel-title">この取組の履歴</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {page && <HistoryList batches={page.batches} showTarget={false} busy={busy || !editable} onUndo={(b) => void act('undo', b)} onRedo={(b) => void act('redo', b)} />}
    </section>
  );
}
