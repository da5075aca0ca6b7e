// Undo/redo of saved changes from anywhere (Ctrl+Z / Ctrl+Y and the 履歴 buttons): one call, a
// status message, and the plan reloaded so every screen shows the restored values.
import { api } from '../../api/client.ts';
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
