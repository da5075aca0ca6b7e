// 「庁内照会」: the rounds (create, open), and the whole plan as Excel. #/survey/<roundId> opens a round.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SurveyRoundSummary } from '../../../shared/survey/api-types.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.ts';
import { CreateRoundForm } from './CreateRoundForm.tsx';
import { DepartmentInfoForm } from './DepartmentInfoForm.tsx';
import { RoundPage } from './RoundPage.tsx';
import { SurveyStyles } from './SurveyStyles.tsx';
import { saveFile } from '../../components/download.ts';
import { formatAt } from './files.ts';
import { SaveAllFormsButton } from './FormsHandout.tsx';

function RoundsHome() {
  const [rounds, setRounds] = useState<SurveyRoundSummary[] | null>(null);
  const [created, setCreated] = useState<{ id: number; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api.listSurveyRounds({});
    if (!r.ok) return setError(r.error.message);
    setRounds(r.value);
  }, []);
  useEffect(() => void load(), [load]);
  // The create button sits at the bottom of a long form, the notice (with the protection password)
  // at the top: bring it into view, or the coordinator sees nothing happen where they clicked.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => { if (notice) noticeRef.current?.focus(); }, [notice]);

  const exportPlan = async () => {
    const r = await api.exportPlanXlsx({});
    if (!r.ok) return setError(r.error.message);
    await saveFile(r.value);
  };

  return (
    <div className="survey">
      <SurveyStyles />
      <h2>照会の一覧</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {notice && <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>{notice}</p>}
      {created && <p><SaveAllFormsButton roundId={created.id} roundName={created.name} /></p>}
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
      <CreateRoundForm onCreated={(r, saved) => {
        setNotice(`照会「${r.round.name}」を作成しました(${r.files.length}課分の様式)。${saved ? '' : '様式はまだ保存していません。下のボタンで保存できます。'}\nシート保護のパスワード: ${r.protectionPassword}`);
        setCreated({ id: r.round.id, name: r.round.name });
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
