// 「順番を変える…」: moves this initiative to a chosen place within its group (重点取組事項 or
// 取組事項), after a confirmation that says which No. change. Only over a saved, unchanged draft,
// so that the renumbering never races an unsaved No.
import { useMemo, useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import { documentOrder, moveToChanges } from '../../../shared/editing/numbering.ts';
import { api } from '../../api/client.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';

export function ReorderControl({ it, initiatives, dirty, readOnly, onMoved }: {
  it: InitiativeView; initiatives: InitiativeView[]; dirty: boolean; readOnly: boolean; onMoved: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const group = useMemo(() => documentOrder(initiatives.filter((x) => x.priority === it.priority)), [initiatives, it.priority]);
  const here = group.findIndex((x) => x.id === it.id) + 1;
  const [to, setTo] = useState(here);
  const [dialog, ask] = useConfirm();
  const groupName = it.priority ? '重点取組事項' : '取組事項';

  const move = async () => {
    const changes = moveToChanges(initiatives, it.id, to);
    if (changes.length === 0) return showToast('今と同じ位置です');
    const mine = changes.find((c) => c.id === it.id)!;
    const others = changes.length - 1;
    const ok = await ask(<>No.{it.no}「{it.title}」を{groupName}の {to}番目へ移します。<br />
      この取組は No.{mine.to} になり、ほかの {others}件の No. が1つずつずれます。よろしいですか?(変更履歴から元に戻せます)</>, '順番を変える');
    if (!ok) return;
    const r = await api.moveInitiative({ id: it.id, position: to });
    if (!r.ok) return showToast(r.error.message, 'error');
    setOpen(false);
    await onMoved();
    showToast(`No.${it.no}「${it.title}」を ${to}番目(No.${mine.to})へ移しました`);
  };

  if (!open) {
    return (
      <div className="reorder">
        <button type="button" disabled={readOnly || dirty} onClick={() => { setTo(here); setOpen(true); }}>順番を変える…</button>
        {dirty && <span className="hint">保存してから順番を変えられます</span>}
        {dialog}
      </div>
    );
  }
  return (
    <div className="reorder open" role="group" aria-labelledby="reorder-title">
      <span id="reorder-title">{groupName}の中での位置(今は {group.length}件中 {here}番目)</span>
      <label htmlFor="reorder-to">移動先</label>
      <select id="reorder-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
        {group.map((x, k) => (
          <option key={x.id} value={k + 1}>{k + 1}番目{x.id === it.id ? '(今の位置)' : `(今の No.${x.no} ${x.title.slice(0, 20)}の位置)`}</option>
        ))}
      </select>
      <button type="button" onClick={() => void move()} disabled={to === here}>この位置へ移す…</button>
      <button type="button" onClick={() => setOpen(false)}>やめる</button>
      {dialog}
    </div>
  );
}
