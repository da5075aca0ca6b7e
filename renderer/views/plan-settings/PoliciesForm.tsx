// 方針の一覧: names, order, new 方針. A 方針 used by an initiative cannot be removed (the store says which).
import { useState } from 'react';
import type { Policy } from '../../../shared/domain/schema.ts';
import { useFormDraft } from '../../components/use-form-draft.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { showToast } from '../../components/toast.ts';
import { ListControls, moveItem } from '../editor/ListControls.tsx';

export function PoliciesForm({ policies, usage, version, readOnly, onSaved }: {
  policies: Policy[]; usage: Record<string, number>; version: number; readOnly: boolean; onSaved: () => Promise<unknown>;
}) {
  const { reload } = usePlan();
  const [draft, setDraft, dirty] = useFormDraft('policies', policies);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    const empty = draft.findIndex((p) => p.name.trim() === '');
    if (empty >= 0) return setError(`方針${draft[empty]!.code} の名称を入力してください(変更は保存していません)。`);
    const r = await api.savePolicies({ version, policies: draft });
    if (!r.ok) return setError(r.error.message);
    await onSaved();
    await reload();
    showToast('方針の一覧を保存しました');
  };
  return (
    <section className="editor plan-form" aria-labelledby="policies-h">
      <div className="editor-head">
        <h2 id="policies-h">方針</h2>
        <span className={`save-state ${dirty ? 'dirty' : ''}`} role="status">{dirty ? '● 未保存の変更があります' : '保存済み'}</span>
        <div className="buttons"><button type="button" className="primary" disabled={readOnly || !dirty} onClick={() => void save()}>方針を保存</button></div>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <ol className="ordered">
        {draft.map((p, i) => (
          <li key={p.code}>
            <label htmlFor={`pol-${p.code}`}>方針{p.code}</label>
            <input id={`pol-${p.code}`} value={p.name} onChange={(e) => setDraft(draft.map((x) => (x.code === p.code ? { ...x, name: e.target.value } : x)))} />
            <span className="hint">{usage[String(p.code)] ?? 0}件の取組</span>
            <ListControls index={i} count={draft.length} what={`方針${p.code}`} onMove={(m) => setDraft(moveItem(draft, i, m))} onRemove={() => setDraft(draft.filter((x) => x.code !== p.code))} />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setDraft([...draft, { code: Math.max(0, ...draft.map((p) => p.code)) + 1, name: '' }])}>方針を追加</button>
    </section>
  );
}
