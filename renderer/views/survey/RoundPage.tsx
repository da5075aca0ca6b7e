// One round: its dashboard (回答状況), importing returns (取込), and the review (確認・反映).
import { useCallback, useEffect, useState } from 'react';
import type { SurveyReview, SurveyRoundStatus } from '../../../shared/survey/api-types.ts';
import { countsText } from '../../../shared/survey/item-state.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { RecipientsPanel } from './RecipientsPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { SurveyStyles } from './SurveyStyles.tsx';

type Tab = 'status' | 'recipients' | 'import' | 'review';
const TABS: [Tab, string][] = [['status', '回答状況'], ['recipients', '照会先・メール'], ['import', '回答の取込'], ['review', '確認・反映']];

// The open tab survives a reload (F5 in the middle of 確認・反映 must not land on 回答状況).
const tabKey = (roundId: number) => `plan-desk-survey-tab-${roundId}`;
function savedTab(roundId: number): Tab {
  const t = sessionStorage.getItem(tabKey(roundId));
  return TABS.find(([id]) => id === t)?.[0] ?? 'status';
}

export function RoundPage({ roundId }: { roundId: number }) {
  const { reload: reloadPlan } = usePlan();
  const [tab, setTabState] = useState<Tab>(() => savedTab(roundId));
  const setTab = (t: Tab) => { setTabState(t); sessionStorage.setItem(tabKey(roundId), t); };
  const [status, setStatus] = useState<SurveyRoundStatus | null>(null);
  const [review, setReview] = useState<SurveyReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const [s, r] = await Promise.all([api.getSurveyStatus({ roundId }), api.getSurveyReview({ roundId })]);
    if (!s.ok) return setError(s.error.message);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setStatus(s.value);
    setReview(r.value);
  }, [roundId]);
  useEffect(() => void load(), [load]);
  /** After a write to the plan: this round and the app's plan state both reload. */
  const changed = useCallback(async () => { await Promise.all([load(), reloadPlan()]); }, [load, reloadPlan]);

  if (error) return <div className="survey"><SurveyStyles /><p role="alert" className="error">{error}</p><a href="#/survey">照会の一覧へ</a></div>;
  if (!status || !review) return <p role="status">読み込み中…</p>;
  const r = status.round;
  return (
    <div className="survey">
      <SurveyStyles />
      <p><a href="#/survey">← 照会の一覧</a></p>
      <h1 style={{ fontSize: 18, margin: '4px 0' }}>{r.name}</h1>
      <p>対象 {r.fiscalYear}年度 ・ 締切 {r.deadline ?? 'なし'} ・ 回答 {r.departments - status.unanswered.length} / {r.departments}課 </p>
      <p className="counts" aria-label="照会の件数">{countsText(review.counts)}</p>
      <div className="tabs" role="tablist" aria-label="照会の画面">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>{label}</button>
        ))}
      </div>
      <div role="tabpanel" aria-label={TABS.find(([id]) => id === tab)![1]}>
        {tab === 'status' && <StatusPanel status={status} onChanged={changed} />}
        {tab === 'recipients' && <RecipientsPanel status={status} onChanged={load} />}
        {tab === 'import' && <ImportPanel roundId={roundId} onImported={load} onReview={() => setTab('review')} />}
        {tab === 'review' && <ReviewPanel review={review} onReview={setReview} onApplied={changed} />}
      </div>
    </div>
  );
}
