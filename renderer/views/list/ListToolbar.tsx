// Whole-plan actions above the list: add an initiative, renumber (with confirmation), deleted ones.
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';

export function ListToolbar({ readOnly }: { readOnly: boolean }) {
  const { reload } = usePlan();
  const [dialog, ask] = useConfirm();
  const renumber = async () => {
    if (!(await ask('No. を、重点取組事項・取組事項の順に 1 から振り直します。よろしいですか?(元に戻すこともできます)', '振り直す'))) return;
    const r = await api.renumberInitiatives({});
    if (!r.ok) return showToast(r.error.message, 'error');
    await reload();
    showToast(r.value.changed ? `番号を振り直しました(${r.value.changed}件)` : '番号は既に順番どおりです');
  };
  return (
    <div className="toolbar">
      <button type="button" onClick={() => navigate('new')} disabled={readOnly}>新しい取組を追加</button>
      <button type="button" onClick={() => void renumber()} disabled={readOnly}>番号を振り直す</button>
      <a href="#/deleted">削除した取組</a>
      {dialog}
    </div>
  );
}
