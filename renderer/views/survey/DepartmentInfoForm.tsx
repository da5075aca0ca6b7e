// 課の照会先の設定: per entry of the 課 master, whether it is a group (「課の集まり・照会先にしない」)
// and the contact its mail drafts go to.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { showToast } from '../../components/toast.ts';

interface Row { name: string; group: boolean; mail: string; contactName: string }

export function DepartmentInfoForm() {
  const { plan, reload } = usePlan();
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setRows((plan?.departments ?? []).map((d) => ({ name: d.name, group: d.group === true, mail: d.mail ?? '', contactName: d.contactName ?? '' })));
  }, [plan]);
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const save = async () => {
    const r = await api.saveDepartmentInfo({ departments: rows });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    showToast(r.value.changed ? `${r.value.changed}課の設定を保存しました。` : '変更はありませんでした。');
    await reload();
  };
  return (
    <>
      <table aria-label="課の照会先の設定" className="dept-info">
        <thead><tr><th>課</th><th>課の集まり・照会先にしない</th><th>メールアドレス</th><th>担当者名</th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.name} data-department={r.name}>
              <td>{r.name}</td>
              <td><input type="checkbox" aria-label={`${r.name}は課の集まり`} checked={r.group} onChange={(e) => set(i, { group: e.target.checked })} /></td>
              <td><input type="email" aria-label={`${r.name}のメールアドレス`} value={r.mail} disabled={r.group} onChange={(e) => set(i, { mail: e.target.value })} /></td>
              <td><input type="text" aria-label={`${r.name}の担当者名`} value={r.contactName} disabled={r.group} onChange={(e) => set(i, { contactName: e.target.value })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row"><button type="button" className="primary" onClick={save}>課の照会先の設定を保存</button></div>
      {error && <p role="alert" className="error">{error}</p>}
    </>
  );
}
