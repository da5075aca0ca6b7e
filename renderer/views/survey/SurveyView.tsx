// 「庁内照会」: the rounds (create, open), and the whole plan as Excel. #/survey/<roundId> opens a round.
import { useCallback, useEffect, useState } from 'react';
import type { SurveyRoundSummary } from '../../../shared/survey/api-types.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.ts';
import { CreateRoundForm } from './CreateRoundForm.tsx';
import { DepartmentInfoForm } from './DepartmentInfoForm.tsx';
import { RoundPage } from './RoundPage.tsx';
import { SurveyStyles } from './SurveyStyles.tsx';
import { downloadBase64, formatAt } from './files.ts';

function RoundsHome() {
  const [rounds, setRounds] = useState<SurveyRoundSummary[] | null>(null);
  const [host, setHost] = useState('electron');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(async () => {
    const [r, info] = await Promise.all([api.listSurveyRounds({}), api.getAppInfo({})]);
    if (!r.ok) return setError(r.error.message);
    setRounds(r.value);
    if (info.ok) setHost(info.value.host);
  }, []);
  useEffect(() => void load(), [load]);

  const exportPlan = async () => {
    const r = await api.exportPlanXlsx({});
    if (!r.ok) return setError(r.error.message);
    if (r.value.base64) downloadBase64(r.value.base64, r.value.fileName);
  };

  return (
    <div className="survey">
      <SurveyStyles />
      <h2>照会の一覧</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      {rounds && rounds.length === 0 && <p>照会はまだありません。下のフォームで作成してください。</p>}
      {rounds && rounds.length > 0 && (
        <table aria-label="照会の一覧">
          <thead><tr><th>照会</th><th>対象年度</th><th>締切</th><th>回答</th><th>作成</th><th /></tr></thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id} data-round-id={r.id}>
                <td><a href={`#/survey/${r.id}`}>{r.name}</a></td>
                <td className="num">{r.fiscalYear}年度</td>
                <td className="num">{r.deadline ?? ''}</td>
                <td className="num">{r.returned} / {r.departments}課</td>
                <td>{formatAt(r.createdAt)} {r.createdBy}</td>
                <td className="actions"><button type="button" onClick={() => navigate('survey', String(r.id))}>開く</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>照会を作成</h2>
      <CreateRoundForm host={host} onCreated={(r) => {
        setNotice(`照会「${r.round.name}」を作成し、${r.files.length}課分の様式を書き出しました。${r.files[0]?.path ? `\n出力先: ${r.files[0].path.replace(/[\\/][^\\/]*$/u, '')}` : ''}\nシート保護のパスワード: ${r.protectionPassword}`);
        void load();
      }} />
      <details className="dept-info-box">
        <summary>課の照会先の設定(課の集まり・メールの宛先)</summary>
        <DepartmentInfoForm />
      </details>
      <h2>計画全体を Excel で</h2>
      <p><button type="button" onClick={exportPlan}>取組一覧・取組詳細を Excel でダウンロード</button></p>
    </div>
  );
}

export function SurveyView({ param }: { param: string | null }) {
  const id = param ? Number(param) : NaN;
  if (Number.isInteger(id) && id > 0) return <RoundPage roundId={id} />;
  return <RoundsHome />;
}
