// 照会先・メール: the round's recipients (a 課 added late gets its form; a removed one leaves
// 未回答), who answers for each group entry, and one mail draft (.eml, form attached) per 課.
import { useState } from 'react';
import type { SurveyRoundStatus } from '../../../shared/survey/api-types.ts';
import { MAIL_PLACEHOLDERS } from '../../../shared/survey/mail-template.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';
import { saveFile, saveFiles } from '../../components/download.ts';

export function RecipientsPanel({ status, onChanged }: { status: SurveyRoundStatus; onChanged: () => Promise<void> }) {
  const { plan } = usePlan();
  const [dialog, confirm] = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const [answersFor, setAnswersFor] = useState<string[]>([]);
  const [subject, setSubject] = useState(status.mail.subject);
  const [body, setBody] = useState(status.mail.body);
  // Which drafts have no To stays on the screen: the coordinator fills those in Outlook one by one.
  const [mailNote, setMailNote] = useState<string | null>(null);
  const roundId = status.round.id;
  const present = new Set(status.departments.filter((d) => d.state !== 'removed').map((d) => d.department));
  const addable = (plan?.departments ?? []).filter((d) => !d.group && !present.has(d.name)).map((d) => d.name);

  const add = async (department: string, groups: string[] = []) => {
    const r = await api.addSurveyRecipient({ roundId, department, ...(groups.length ? { answersFor: groups } : {}) });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    const out = await saveFile(r.value.form);
    showToast(out.saved ? `「${department}」を照会先に加えました。様式: ${out.name}` : `「${department}」を照会先に加えました(様式は「全課の様式を…」からも保存できます)。`);
    setAdding('');
    setAnswersFor([]);
    await onChanged();
  };
  const remove = async (department: string) => {
    if (!(await confirm(`「${department}」を照会先から外します。未回答の一覧と督促から外れ、この課の回答は合算に使わなくなります(届いた回答ファイルは保存したままです)。`, '照会先から外す'))) return;
    const r = await api.removeSurveyRecipient({ roundId, department });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    await onChanged();
  };
  const drafts = async (departments: string[]) => {
    const r = await api.makeSurveyMailDrafts({ roundId, departments, subject, body });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    const out = await saveFiles(r.value.files, `${status.round.name}_メール下書き`);
    if (!out.saved) return;
    const none = r.value.withoutAddress;
    setMailNote(`メールの下書き(${r.value.files.length}通)を保存しました: ${out.name}。${none.length ? `\n宛先が空の下書き ${none.length}通(課の一覧にメールアドレスがない課。Outlook で開いてから宛先を入れてください): ${none.join('、')}` : ''}`);
    showToast(`メールの下書き(${r.value.files.length}通)を保存しました: ${out.name}。${none.length ? `宛先が空の下書きが ${none.length}通あります(下に表示)。` : ''}`);
  };

  return (
    <>
      {dialog}
      {error && <p role="alert" className="error">{error}</p>}
      <h2>照会先を追加</h2>
      <div className="row">
        <select aria-label="追加する課" value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">課を選ぶ…</option>
          {addable.map((n) => <option key={n}>{n}</option>)}
        </select>
        {status.groups.map((g) => (
          <label key={g.group}><input type="checkbox" checked={answersFor.includes(g.group)} onChange={(e) => setAnswersFor(e.target.checked ? [...answersFor, g.group] : answersFor.filter((x) => x !== g.group))} /> {g.group}の代わりに答える</label>
        ))}
        <button type="button" className="primary" disabled={!adding} onClick={() => add(adding, answersFor)}>追加して様式をダウンロード</button>
        {!adding && <span className="hint">追加する課を選んでください。</span>}
      </div>
      {status.groups.length > 0 && (
        <>
          <h2>課の集まり(照会先にしない)</h2>
          <ul aria-label="課の集まり">
            {status.groups.map((g) => <li key={g.group}><strong>{g.group}</strong>(No.{g.initiatives.join('、')}): {g.answerers.length ? `${g.answerers.join('、')}が代わりに答えます` : <span className="hint">代わりに答える課はありません(この取組の他の実施課だけが答えます)</span>}</li>)}
          </ul>
        </>
      )}
      <h2>照会先({status.departments.filter((d) => d.state !== 'removed').length}課)</h2>
      <table aria-label="照会先">
        <thead><tr><th>課</th><th>状態</th><th>宛先(課の一覧の連絡先)</th><th /></tr></thead>
        <tbody>
          {status.departments.map((d) => (
            <tr key={d.department} data-department={d.department} data-state={d.state}>
              <td>{d.department}{d.addedAt ? <span className="hint">(後から追加)</span> : null}</td>
              <td>{d.state === 'removed' ? '照会先から除外' : d.state === 'answered' ? '回答済' : '未回答'}</td>
              <td>{d.contact?.mail ? `${d.contact.name ? `${d.contact.name} ` : ''}<${d.contact.mail}>` : <span className="hint">メールアドレスなし</span>}</td>
              <td className="actions">
                {d.state === 'removed'
                  ? <button type="button" onClick={() => add(d.department)}>照会先に戻す</button>
                  : <>
                    <button type="button" onClick={() => drafts([d.department])}>メールの下書き</button>
                    <button type="button" className="danger" onClick={() => remove(d.department)}>照会先から外す</button>
                  </>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>メールの下書き</h2>
      <div className="survey-form" aria-label="メールの文面">
        <label htmlFor="mail-subject">件名</label>
        <input id="mail-subject" type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />
        <label htmlFor="mail-body">本文</label>
        <textarea id="mail-body" value={body} rows={12} onChange={(e) => setBody(e.target.value)} />
        <div className="hint">使える差し込み: {MAIL_PLACEHOLDERS.join(' ')}。課ごとに 1 通の .eml(様式を添付)ができます。Outlook で開くと下書きとして開き、そのまま送信できます。</div>
        <div className="buttons">
          <button type="button" onClick={() => drafts(status.unanswered)} disabled={status.unanswered.length === 0}>未回答の課({status.unanswered.length}課)の下書き</button>
        </div>
      </div>
      {mailNote && <p className="notice" role="status" aria-label="メールの下書きの結果">{mailNote}</p>}
    </>
  );
}
