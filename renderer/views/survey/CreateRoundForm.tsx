// Creating a round: name, target fiscal year, deadline, and where the forms go (a folder, or a
// download in the browser).
import { useState, type FormEvent } from 'react';
import type { CreateSurveyRoundResult } from '../../../shared/survey/api-types.ts';
import { fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { downloadBase64 } from './files.ts';
import { RecipientPicker, useRecipientChoice } from './RecipientPicker.tsx';

export function CreateRoundForm({ host, onCreated }: { host: string; onCreated: (r: CreateSurveyRoundResult) => void }) {
  const { plan } = usePlan();
  const years = plan ? fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear) : [];
  const lastYear = new Date().getMonth() >= 3 ? new Date().getFullYear() - 1 : new Date().getFullYear() - 2;
  const [fy, setFy] = useState(() => (years.includes(lastYear) ? lastYear : (years[0] ?? lastYear)));
  const [name, setName] = useState(`${fy}年度実績照会`);
  const [nameTouched, setNameTouched] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [outDir, setOutDir] = useState('');
  const [download, setDownload] = useState(host === 'browser');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useRecipientChoice();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await api.createSurveyRound({
      name, fiscalYear: fy, ...(deadline ? { deadline } : {}), ...(outDir.trim() ? { outDir: outDir.trim() } : {}), returnFiles: download, ...(choice ?? {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    if (download) for (const f of r.value.files) if (f.base64) downloadBase64(f.base64, f.fileName);
    onCreated(r.value);
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
      <label htmlFor="round-out">出力先フォルダー</label>
      <input id="round-out" type="text" value={outDir} placeholder="例: C:\Users\me\Documents\照会\2025" onChange={(e) => setOutDir(e.target.value)} />
      <div className="hint">空のフォルダーを指定してください(同じ名前のファイルがあると作成しません)。</div>
      <label htmlFor="round-download">ダウンロード</label>
      <div><input id="round-download" type="checkbox" checked={download} onChange={(e) => setDownload(e.target.checked)} /> 様式をブラウザーのダウンロードでも受け取る</div>
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy || (!outDir.trim() && !download)}>{busy ? '作成中…' : '照会を作成して様式を書き出す'}</button>
      </div>
      {error && <p role="alert" className="error" style={{ gridColumn: '1 / -1' }}>{error}</p>}
    </form>
  );
}
