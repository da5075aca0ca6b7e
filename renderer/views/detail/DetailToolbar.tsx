// Actions on one initiative: step to the one before/after in the list as filtered (Alt+←/→),
// edit, delete (asked first, restorable). Reordering is in the editor (「順番を変える…」).
import { useEffect, useMemo } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate, replaceRoute } from '../../app/router.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';
import { pdfHrefForInitiative } from '../pdf/route-param.ts';
import { neighboursOf } from '../list/list-order.ts';
import { lastOpened, loadListState } from '../list/use-list-state.ts';

/** Stepping replaces the entry: Back from any stepped-to sheet returns to the list in one press. */
function stepTo(it: InitiativeView): void {
  lastOpened.set(it.id);
  replaceRoute('initiative', it.id);
}

export function DetailToolbar({ it, readOnly }: { it: InitiativeView; readOnly: boolean }) {
  const { plan, initiatives, reload } = usePlan();
  const [dialog, ask] = useConfirm();
  const near = useMemo(() => (plan ? neighboursOf(it.id, initiatives, plan, loadListState()) : null), [it.id, initiatives, plan]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const to = e.key === 'ArrowLeft' ? near?.prev : e.key === 'ArrowRight' ? near?.next : undefined;
      if (to === undefined) return;
      e.preventDefault(); // Alt+← is also the browser's Back: here it means the previous initiative
      if (to) stepTo(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [near]);

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
    <div className="toolbar detail-toolbar" role="toolbar" aria-label="この取組の操作">
      <a href="#/list">← 一覧へ</a>
      <span className="stepper">
        <button type="button" disabled={!near?.prev} onClick={() => near?.prev && stepTo(near.prev)}
          title={near?.prev ? `No.${near.prev.no} ${near.prev.title}(Alt+←)` : '一覧の先頭です'} aria-keyshortcuts="Alt+ArrowLeft">
          ‹ 前の取組
        </button>
        <span className="step-place" aria-live="polite">
          {near && `${near.filtered ? '絞り込んだ一覧' : '一覧'}の ${near.count}件中 ${near.at}件目`}
        </span>
        <button type="button" disabled={!near?.next} onClick={() => near?.next && stepTo(near.next)}
          title={near?.next ? `No.${near.next.no} ${near.next.title}(Alt+→)` : '一覧の最後です'} aria-keyshortcuts="Alt+ArrowRight">
          次の取組 ›
        </button>
      </span>
      <button type="button" onClick={() => navigate('edit', it.id)} disabled={readOnly}>編集</button>
      <button type="button" className="danger" onClick={() => void remove()} disabled={readOnly}>削除</button>
      <a href={pdfHrefForInitiative(it.no)}>この取組の PDF</a>
      {dialog}
    </div>
  );
}
