// Undo/redo of saved changes from anywhere (Ctrl+Z / Ctrl+Y and the 履歴 buttons): one call, a
// status message, and the plan reloaded so every screen shows the restored values. A shortcut
// first names the change it would take back (what, when, who) and asks: a stray Ctrl+Z on an
// unrelated screen must not silently undo someone's save.
import { api } from '../../api/client.ts';
import { askConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';

export async function runUndo(kind: 'undo' | 'redo', reload: () => Promise<void>, batchId?: number): Promise<boolean> {
  const r = await (kind === 'undo' ? api.undo : api.redo)(batchId === undefined ? {} : { batchId });
  if (!r.ok) {
    showToast(r.error.message, 'error');
    return false;
  }
  await reload();
  showToast(kind === 'undo' ? `元に戻しました: ${r.value.summary.replace(/^元に戻す: /, '')}` : `やり直しました: ${r.value.summary.replace(/^やり直し: /, '')}`);
  window.dispatchEvent(new CustomEvent('plan-desk:history-changed'));
  return true;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });
}

let asking = false;

/** Ctrl+Z / Ctrl+Y: shows which saved change would be taken back or re-applied, and runs it only on 「はい」. */
export async function confirmAndUndo(kind: 'undo' | 'redo', reload: () => Promise<void>): Promise<boolean> {
  if (asking) return false; // a second press while the question is open asks nothing more
  asking = true;
  try {
    return await askAndRun(kind, reload);
  } finally {
    asking = false;
  }
}

async function askAndRun(kind: 'undo' | 'redo', reload: () => Promise<void>): Promise<boolean> {
  const page = await api.listHistory({ limit: 50 });
  if (!page.ok) {
    showToast(page.error.message, 'error');
    return false;
  }
  const next = kind === 'undo' ? page.value.undo : page.value.redo;
  if (!next) {
    showToast(kind === 'undo' ? '元に戻せる変更はありません' : 'やり直せる変更はありません');
    return false;
  }
  const batch = page.value.batches.find((b) => b.id === next.batchId);
  const verb = kind === 'undo' ? '元に戻す' : 'やり直す';
  const detail = batch ? `${when(batch.at)}・${batch.who}・${batch.source}` : '';
  const fields = batch ? [...new Set(batch.entries.map((e) => e.fieldLabel))].slice(0, 6).join('、') : '';
  const ok = await askConfirm(
    <div className="undo-confirm">
      <p>次の保存済みの変更を{kind === 'undo' ? '元に戻します' : 'やり直します'}。よろしいですか?</p>
      <p className="undo-summary"><strong>{next.summary}</strong></p>
      {detail && <p className="hint">{detail}{fields && ` ・ 項目: ${fields}`}</p>}
      <p className="hint">変更履歴の画面から、どの変更でも選んで{verb}こともできます。</p>
    </div>,
    verb,
    `${verb}: ${next.summary}`,
  );
  if (!ok) return false;
  return runUndo(kind, reload, next.batchId);
}
