// 削除した取組: deleted initiatives, newest first, each restorable (a taken No. gets the next free one).
import { useCallback, useEffect, useState } from 'react';
import type { DeletedInitiative } from '../../../shared/editing/api-types.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { showToast } from '../../components/toast.ts';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';

export function DeletedList() {
  const { plan, initiatives, reload } = usePlan();
  const [items, setItems] = useState<DeletedInitiative[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useAppShortcuts();
  const load = useCallback(async () => {
    const r = await api.listDeletedInitiatives({});
    if (r.ok) setItems(r.value);
    else setError(r.error.message);
  }, []);
  useEffect(() => void load(), [load, initiatives]);
  const restore = async (it: DeletedInitiative) => {
    const r = await api.restoreInitiative({ id: it.id });
    if (!r.ok) return showToast(r.error.message, 'error');
    await reload();
    showToast(r.value.renumbered ? `「${it.title}」を復元しました(No.${it.no} は使われているため No.${r.value.no} にしました)` : `No.${it.no}「${it.title}」を復元しました`);
  };
  return (
    <div className="deleted-view">
      <h1>削除した取組</h1>
      <p><a href="#/list">← 取組一覧へ</a></p>
      {error && <p role="alert" className="error">{error}</p>}
      {items && items.length === 0 && <p className="empty">削除した取組はありません。</p>}
      {items && items.length > 0 && (
        <table className="initiative-table">
          <thead><tr><th scope="col">No.</th><th scope="col">取組内容</th><th scope="col">実施課</th><th scope="col">削除日時</th><th scope="col">操作</th></tr></thead>
          <tbody>
            {items.map((it) => (
              <tr key={it.id} data-id={it.id}>
                <td className="num">{it.no}</td>
                <td>{it.title}</td>
                <td>{it.departments.join('、')}</td>
                <td>{new Date(it.deletedAt).toLocaleString('ja-JP')}</td>
                <td><button type="button" disabled={plan?.readOnly} onClick={() => void restore(it)} aria-label={`「${it.title}」を復元`}>復元</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
