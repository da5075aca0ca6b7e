// 計画の設定: the header form and the 方針 list (each saved on its own, with the plan's version).
import '../editor/editor.css';
import { usePlanForEdit } from './use-plan-for-edit.ts';
import { HeaderForm } from './HeaderForm.tsx';
import { PoliciesForm } from './PoliciesForm.tsx';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';

export function PlanSettings() {
  const { data, error, load } = usePlanForEdit();
  useAppShortcuts();
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!data) return <p role="status">読み込み中…</p>;
  return (
    <div className="plan-settings">
      <h1>計画の設定</h1>
      {data.readOnly && <p role="alert" className="error">この計画は読み取り専用です。</p>}
      <HeaderForm header={data.plan} version={data.version} readOnly={data.readOnly} onSaved={load} />
      <PoliciesForm policies={data.policies} usage={data.policyUsage} version={data.version} readOnly={data.readOnly} onSaved={load} />
    </div>
  );
}
