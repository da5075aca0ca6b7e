// What this terminal is: a banner when the plan is open for viewing only (who holds it since
// when, and 再読み込み to see their saves or take over), and this terminal's display name for 変更履歴.
import { useEffect, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../shared/api/contract.ts';
import { api } from '../api/client.ts';
import { showToast } from './toast.ts';

function useAppInfo(): [AppInfo | null, (v: AppInfo) => void] {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.getAppInfo({}).then((r) => { if (r.ok) setInfo(r.value); });
  }, []);
  return [info, setInfo];
}

export function ViewOnlyBanner() {
  const [info, setInfo] = useAppInfo();
  const [busy, setBusy] = useState(false);
  if (!info?.readOnly) return null;
  const reload = async () => {
    setBusy(true);
    const r = await api.reopenDatabase({});
    setBusy(false);
    if (!r.ok) return showToast(r.error.message, 'error');
    setInfo(r.value);
    // A full reload: every screen reads the plan again (the holder's saved changes, or the editable DB).
    sessionStorage.setItem('plan-desk-reopened', r.value.readOnly ? 'still' : 'editable');
    location.reload();
  };
  return (
    <div className="view-only-banner" role="status">
      <strong>閲覧のみで開いています</strong>: {info.readOnlyReason}、編集・取り込み・確定はできません。閲覧・PDF・Excel 書き出し・新旧対照表は使えます。
      {info.holder && ' 相手が閉じた後に「再読み込み」を押すと編集できます。'}
      <button type="button" onClick={() => void reload()} disabled={busy}>再読み込み</button>
    </div>
  );
}

/** After a 再読み込み: say what happened (the page itself was reloaded). */
export function reopenedNotice(): void {
  const v = sessionStorage.getItem('plan-desk-reopened');
  if (!v) return;
  sessionStorage.removeItem('plan-desk-reopened');
  showToast(v === 'editable' ? '編集できるようになりました。' : '最新の保存内容を読み込みました(まだ閲覧のみです)。');
}

export function DisplayNameSetting() {
  const [info, setInfo] = useAppInfo();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!info) return null;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.saveDisplayName({ displayName: draft });
    if (!r.ok) return setError(r.error.message);
    setInfo(r.value);
    setEditing(false);
    setError(null);
    showToast(`この端末の記録名を「${r.value.user}」にしました。`);
  };
  if (!editing) {
    return (
      <button type="button" className="display-name" title="変更履歴・判断・回答の取り込みに記録される名前(この端末だけの設定)"
        onClick={() => { setDraft(info.displayName); setEditing(true); }}>
        記録名: {info.user}
      </button>
    );
  }
  return (
    <form className="display-name-form" onSubmit={(e) => void save(e)}>
      <label>
        記録名(空欄ならログイン名「{info.osUser}」)
        <input value={draft} maxLength={50} autoFocus onChange={(e) => setDraft(e.target.value)} aria-invalid={error ? true : undefined} />
      </label>
      <button type="submit" className="primary">保存</button>
      <button type="button" onClick={() => { setEditing(false); setError(null); }}>やめる</button>
      {error && <span role="alert" className="error">{error}</span>}
    </form>
  );
}
