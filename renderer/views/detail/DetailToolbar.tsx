// Actions on one initiative: edit, move up/down within its group, delete (asked first, restorable).
import type { InitiativeView } from '../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';
import { pdfHrefForInitiative } from '../pdf/route-param.ts';

export function DetailToolbar({ it, readOnly }: { it: InitiativeView; readOnly: boolean }) {
  const { reload } = usePlan();
  const [dialog, ask] = useConfirm();
  const move = async (delta: -1 | 1) => {
    const r = await api.moveInitiative({ id: it.id, delta });
    if (!r.ok) return showToast(r.error.message, 'error');
    await reload();
    showToast(r.value.changed ? '順番を入れ替えました' : delta < 0 ? '既に先頭です' : '既に最後です');
  };
  const remove = async () => {
    const ok = await ask(<>No.{it.no}「{it.title}」を削除しますか?<br />削除した取組は「削除した取組」から復元できます。</>, '削除する');
    if (!ok) return;
    const r = await api.deleteInitiative({ id: it.id, version: it.version });
    if (!r.ok) return showToast(r.error.message, 'error');
    await reload();
    showToast(`No.${it.no}「${it.title}」を削除しました(「削除した取組」から復元できます)`);
    navigate('list');
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="この取組の操作">
      <a href="#/list">← 一覧へ</a>
      <button type="button" onClick={() => navigate('edit', it.id)} disabled={readOnly}>編集</button>
      <button type="button" onClick={() => void move(-1)} disabled={readOnly} aria-label="順番を一つ前へ">↑ 前へ</button>
      <button type="button" onClick={() => void move(1)} disabled={readOnly} aria-label="順番を一つ後ろへ">↓ 後ろへ</button>
      <button type="button" className="danger" onClick={() => void remove()} disabled={readOnly}>削除</button>
      <a href={pdfHrefForInitiative(it.no)}>この取組の PDF</a>
      {dialog}
    </div>
  );
}
