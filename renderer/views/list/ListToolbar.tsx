// Whole-plan actions above the list: add an initiative, renumber (with confirmation), deleted ones,
// and the list as shown (filtered, sorted) to Excel.
import { useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import { currentFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { saveFile } from '../../components/download.ts';
import { showToast } from '../../components/toast.ts';

export function ListToolbar({ readOnly, shown, filtered }: { readOnly: boolean; shown: InitiativeView[]; filtered: boolean }) {
  const { reload } = usePlan();
  const [dialog, ask] = useConfirm();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const renumber = async () => {
    if (!(await ask('No. を、重点取組事項・取組事項の順に 1 から振り直します。よろしいですか?(元に戻すこともできます)', '振り直す'))) return;
    const r = await api.renumberInitiatives({});
    if (!r.ok) return showToast(r.error.message, 'error');
    await reload();
    showToast(r.value.changed ? `番号を振り直しました(${r.value.changed}件)` : '番号は既に順番どおりです');
  };
  const toExcel = async () => {
    setBusy(true);
    setSaved(null);
    const r = await api.exportPlanXlsx({ only: shown.map((i) => i.no), asOfFiscalYear: currentFiscalYear() });
    setBusy(false);
    if (!r.ok) return showToast(r.error.message, 'error');
    const out = await saveFile(r.value);
    if (out.saved) setSaved(out.name);
  };
  return (
    <div className="toolbar">
      <button type="button" onClick={() => navigate('new')} disabled={readOnly}>新しい取組を追加</button>
      <button type="button" onClick={() => void renumber()} disabled={readOnly}>番号を振り直す</button>
      <a href="#/deleted">削除した取組</a>
      <button type="button" className="to-excel" onClick={() => void toExcel()} disabled={busy || shown.length === 0}>
        {busy ? 'Excel を作成中…' : `${filtered ? '表示中の' : ''}一覧を Excel に(${shown.length}件)`}
      </button>
      {saved && <span role="status" className="saved-file">「{saved}」を保存しました</span>}
      {dialog}
    </div>
  );
}
