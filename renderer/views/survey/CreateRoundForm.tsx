// Creating a round: name, target fiscal year, deadline. The forms are then handed out at once: into
// a folder the user picks in the app, as one zip named after the round in the browser.
import { useState, type FormEvent } from 'react';
import type { CreateSurveyRoundResult } from '../../../shared/survey/api-types.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { api, hostKind } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { saveRoundForms } from './FormsHandout.tsx';
import { RecipientPicker, useRecipientChoice } from './RecipientPicker.tsx';

const SUBMIT = hostKind === 'electron' ? '照会を作成して様式をフォルダーに保存' : '照会を作成して様式を zip でダウンロード';
const WHERE = hostKind === 'electron'
  ? '作成すると保存先のフォルダーを選ぶ画面が開きます。空のフォルダーを選んでください(同じ名前のファイルがあると保存しません)。'
  : '課ごとの様式を1つの zip(照会の名前.zip)にまとめてダウンロードします。';

export function CreateRoundForm({ onCreated }: { onCreated: (r: CreateSurveyRoundResult, saved: boolean) => void }) {
  const { plan } = usePlan();
  const years = plan ? fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear) : [];
  const lastYear = new Date().getMonth() >= 3 ? new Date().getFullYear() - 1 : new Date().getFullYear() - 2;
  const [fy, setFy] = useState(() => (years.includes(lastYear) ? lastYear : (years[0] ?? lastYear)));
  const [name, setName] = useState(`${fy}年度実績照会`);
  const [nameTouched, setNameTouched] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = busy ? '作成中です…' : !name.trim() ? '照会の名前を入力すると作成できます。' : null;
  const [choice, setChoice] = useRecipientChoice();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await api.createSurveyRound({ name, fiscalYear: fy, ...(deadline ? { deadline } : {}), ...(choice ?? {}) });
    if (!r.ok) {
      setBusy(false);
      return setError(r.error.message);
    }
    const saved = await saveRoundForms(r.value.round.name, r.value.files);
    setBusy(false);
    onCreated(r.value, saved);
  };

  return (
    <form className="survey-form" onSubmit={submit} aria-label="照会の作成">
      <label htmlFor="round-fy">対象年度</label>
      <select id="round-fy" value={fy} onChange={(e) => {
        const y = Number(e.target.value);
        setFy(y);
        if (!nameTouched) setName(`${y}年度実績照会`);
      }}>
        {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y)}</option>)}
      </select>
      <label htmlFor="round-name">照会の名前</label>
      <input id="round-name" type="text" value={name} required onChange={(e) => { setName(e.target.value); setNameTouched(true); }} />
      <div className="hint">様式のファイル名にもなります(例: {name || '2025年度実績照会'}_市民課.xlsx)。</div>
      <label htmlFor="round-deadline">締切</label>
      <input id="round-deadline" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      <label>照会先</label>
      <RecipientPicker value={choice} onChange={setChoice} />
      <div className="hint" style={{ gridColumn: '1 / -1' }}>{WHERE}</div>
      <div className="buttons">
        <button type="submit" className="primary" disabled={blocked !== null} aria-describedby="round-submit-why">{busy ? '作成中…' : SUBMIT}</button>
        <span id="round-submit-why" className="hint" role="status">{blocked && !busy ? blocked : ''}</span>
      </div>
      {error && <p role="alert" className="error" style={{ gridColumn: '1 / -1' }}>{error}</p>}
    </form>
  );
}
