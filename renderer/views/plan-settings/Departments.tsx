// 課の一覧: the master in order (add, reorder, remove unused), and 組織改正: rename a 課 or merge
// several into one — every initiative naming them follows, in one transaction (undoable).
import '../editor/editor.css';
import { useState } from 'react';
import { useFormDraft } from '../../components/use-form-draft.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { isComposing } from '../../components/keyboard.ts';
import { showToast } from '../../components/toast.ts';
import { useAppShortcuts } from '../history/use-app-shortcuts.ts';
import { ListControls, moveItem } from '../editor/ListControls.tsx';
import { usePlanForEdit } from './use-plan-for-edit.ts';
import { pdfHrefForDepartment } from '../pdf/route-param.ts';

const NONE: string[] = [];

export function Departments() {
  const { data, error: loadError, load } = usePlanForEdit();
  const { reload } = usePlan();
  const [list, setList, dirty] = useFormDraft('departments', data?.departments ?? NONE);
  const [adding, setAdding] = useState('');
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dialog, ask] = useConfirm();
  useAppShortcuts();
  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!data) return <p role="status">読み込み中…</p>;
  const use = (n: string) => data.departmentUsage[n] ?? 0;

  const done = async (message: string) => {
    setError(null);
    await load();
    await reload();
    showToast(message);
  };
  const saveList = async () => {
    const r = await api.saveDepartments({ version: data.version, departments: list });
    if (!r.ok) return setError(r.error.message);
    await done('課の一覧を保存しました');
  };
  const rename = async () => {
    if (!renaming) return;
    const r = await api.renameDepartment({ from: renaming.from, to: renaming.to });
    if (!r.ok) return setError(r.error.message);
    setRenaming(null);
    await done(`「${renaming.from}」を「${renaming.to.trim()}」に変更しました(取組 ${r.value.initiativesChanged}件)`);
  };
  const merge = async () => {
    const sources = selected.filter((s) => s !== target.trim());
    if (!(await ask(`「${sources.join('、')}」を「${target.trim()}」に統合します。これらの課を実施課とする取組はすべて「${target.trim()}」になります。よろしいですか?`, '統合する'))) return;
    const r = await api.mergeDepartments({ sources, target });
    if (!r.ok) return setError(r.error.message);
    setSelected([]);
    setTarget('');
    await done(`「${target.trim()}」に統合しました(取組 ${r.value.initiativesChanged}件)`);
  };
  const add = () => {
    const n = adding.trim();
    if (!n) return;
    if (list.includes(n)) return setError(`課「${n}」は既に一覧にあります。`);
    setList([...list, n]);
    setAdding('');
  };

  return (
    <div className="departments-view">
      <h1>課の一覧</h1>
      <p className="hint">組織改正のときは「名称変更」または「統合」を使うと、その課を実施課とするすべての取組がまとめて更新されます(変更履歴から元に戻せます)。</p>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={!dirty || data.readOnly} onClick={() => void saveList()}>一覧の並び・追加・削除を保存</button>
        {dirty && <span className="save-state dirty" role="status">● 未保存の変更があります</span>}
      </div>
      <table className="dept-table">
        <colgroup><col style={{ width: '6em' }} /><col /><col style={{ width: '5.5em' }} /><col style={{ width: '21em' }} /></colgroup>
        <thead><tr><th scope="col">統合の対象</th><th scope="col">課名</th><th scope="col">取組の数</th><th scope="col">操作</th></tr></thead>
        <tbody>
          {list.map((n, i) => (
            <tr key={n} data-dept={n}>
              <td className="mark"><input type="checkbox" aria-label={`「${n}」を統合の対象にする`} checked={selected.includes(n)} disabled={dirty || !data.departments.includes(n)}
                onChange={(e) => setSelected(e.target.checked ? [...selected, n] : selected.filter((s) => s !== n))} /></td>
              <td>{renaming?.from === n ? (
                <span className="inline-edit">
                  <label htmlFor="dept-rename" className="sr-only">「{n}」の新しい名称</label>
                  <input id="dept-rename" autoFocus value={renaming.to} onChange={(e) => setRenaming({ from: n, to: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') { e.preventDefault(); if (!isComposing(e)) void rename(); }
                      if (e.key === 'Escape' && !isComposing(e)) setRenaming(null);
                    }} />
                  <button type="button" onClick={() => void rename()} disabled={!renaming.to.trim() || renaming.to.trim() === n}>名称を変更</button>
                  <button type="button" onClick={() => setRenaming(null)}>やめる</button>
                </span>
              ) : n}</td>
              <td className="num">{use(n)}</td>
              <td>
                <button type="button" disabled={dirty || data.readOnly || !data.departments.includes(n)} onClick={() => setRenaming({ from: n, to: n })} aria-label={`「${n}」の名称変更`}>名称変更</button>
                <ListControls index={i} count={list.length} what={`「${n}」`} onMove={(m) => setList(moveItem(list, i, m))}
                  onRemove={() => (use(n) > 0 ? setError(`課「${n}」は ${use(n)} 件の取組で使われているため削除できません。「統合」を使ってください。`) : setList(list.filter((x) => x !== n)))} />
                {use(n) > 0 && data.departments.includes(n) && <a className="chip" href={pdfHrefForDepartment(n)} aria-label={`「${n}」の取組の PDF`}>この課の PDF</a>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="add-row">
        <label htmlFor="dept-add">課を追加</label>
        <input id="dept-add" value={adding} onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); if (!isComposing(e)) add(); } }} />
        <button type="button" onClick={add} disabled={!adding.trim()}>追加</button>
      </div>
      <fieldset className="editor-section merge">
        <legend>統合(チェックした課を1つにまとめる)</legend>
        <label htmlFor="dept-merge-target">統合先の課名(既存の課または新しい名称)</label>
        <input id="dept-merge-target" list="dept-merge-known" value={target} onChange={(e) => setTarget(e.target.value)} />
        <datalist id="dept-merge-known">{data.departments.map((d) => <option key={d} value={d} />)}</datalist>
        <button type="button" disabled={dirty || data.readOnly || !target.trim() || selected.filter((s) => s !== target.trim()).length === 0} onClick={() => void merge()}>
          {selected.length ? `${selected.length}課を統合` : '統合'}
        </button>
      </fieldset>
      {dialog}
    </div>
  );
}
