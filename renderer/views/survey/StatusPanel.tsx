// 回答状況: each 課 (sent / returned when, which file / not yet / refused why), the 未回答 list for a
// reminder mail, re-downloading forms and returned files, and the apply history with undo.
import { useState } from 'react';
import type { SurveyRoundStatus } from '../../../shared/survey/api-types.ts';
import { api } from '../../api/client.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';
import { saveFile } from '../../components/download.ts';
import { formatAt } from './files.ts';
import { SaveAllFormsButton, saveDepartmentForm } from './FormsHandout.tsx';

const STATE = { answered: '回答済', unanswered: '未回答', rejected: '却下', removed: '照会先から除外' } as const;

export function StatusPanel({ status, onChanged }: { status: SurveyRoundStatus; onChanged: () => Promise<void> }) {
  const [dialog, confirm] = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const roundId = status.round.id;

  const formAgain = async (department: string) => {
    setError(await saveDepartmentForm(roundId, department));
  };
  const returned = async (returnId: number) => {
    const r = await api.getSurveyReturnFile({ returnId });
    if (!r.ok) return setError(r.error.message);
    await saveFile(r.value);
  };
  const undo = async (applyId: number) => {
    if (!(await confirm('この反映で変更した項目をすべて反映前の値に戻します。よろしいですか?', '取り消す'))) return;
    let r = await api.undoSurveyApply({ applyId });
    if (!r.ok && r.error.code === 'CONFLICT' && (r.error.details as { laterEdits?: unknown[] } | undefined)?.laterEdits) {
      if (!(await confirm(<div style={{ whiteSpace: 'pre-wrap' }}>{r.error.message}</div>, '上書きして取り消す'))) return;
      r = await api.undoSurveyApply({ applyId, force: true });
    }
    if (!r.ok) return setError(r.error.message);
    showToast(`反映を取り消しました(${r.value.restored}項目)。`);
    await onChanged();
  };
  const copyReminder = async () => {
    try {
      await navigator.clipboard.writeText(status.reminderText);
      showToast('未回答の課の一覧をコピーしました。');
    } catch {
      showToast('コピーできませんでした。欄の文字を選んでコピーしてください。', 'error');
    }
  };

  return (
    <>
      {dialog}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="row"><SaveAllFormsButton roundId={roundId} roundName={status.round.name} /></div>
      <table aria-label="課ごとの回答状況">
        <thead><tr><th>課</th><th>状態</th><th>取組</th><th>回答</th><th /></tr></thead>
        <tbody>
          {status.departments.map((d) => (
            <tr key={d.department} data-department={d.department} data-state={d.state}>
              <td>{d.department}</td>
              <td className={`state-${d.state}`}>{STATE[d.state]}</td>
              <td className="num">{d.initiatives}件</td>
              <td>
                {d.returnId !== null && <div>{formatAt(d.returnedAt)} <button type="button" onClick={() => returned(d.returnId!)}>{d.returnFile}</button>{d.returns.length > 1 ? ` ほか旧版 ${d.returns.length - 1}通` : ''}</div>}
                {d.rejection && <div className="error">却下: {d.rejection.fileName}({formatAt(d.rejection.at)})<br />{d.rejection.reason}</div>}
              </td>
              <td className="actions"><button type="button" onClick={() => formAgain(d.department)}>様式を再取得</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.unidentified.length > 0 && (
        <>
          <h2>どの課のものか分からず拒否したファイル(この照会の開始後)</h2>
          <ul>{status.unidentified.map((u, i) => <li key={i}><strong>{u.fileName}</strong>({formatAt(u.at)}): {u.reason}</li>)}</ul>
        </>
      )}
      <h2>未回答の課({status.unanswered.length}課)</h2>
      <textarea className="reminder" readOnly value={status.reminderText} aria-label="督促メール用の未回答課一覧" />
      <div className="row"><button type="button" onClick={copyReminder}>コピー</button></div>
      <h2>反映の履歴</h2>
      {status.applies.length === 0 ? <p>まだ反映していません。</p> : (
        <table aria-label="反映の履歴">
          <thead><tr><th>日時</th><th>担当</th><th>内容</th><th>回答ファイル</th><th /></tr></thead>
          <tbody>
            {status.applies.map((a) => (
              <tr key={a.id} data-apply-id={a.id}>
                <td>{formatAt(a.at)}</td>
                <td>{a.who}</td>
                <td>取組 {a.initiatives}件・{a.fields}項目</td>
                <td>{a.sources.join('、')}</td>
                <td className="actions">{a.undoneAt ? `取消済(${formatAt(a.undoneAt)} ${a.undoneBy ?? ''})` : <button type="button" className="danger" onClick={() => undo(a.id)}>この反映を取り消す</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
