// 確認・反映: every item by initiative, filtered by 課 or state; decisions one by one or for a whole
// 課; applying what is decided (open items wait); the 課's comments.
import { useState } from 'react';
import type { SurveyReview, SurveyReviewItem } from '../../../shared/survey/api-types.ts';
import { decisionKey, seenDecisionOf } from '../../../shared/survey/decisions.ts';
import { countsText, type ItemState } from '../../../shared/survey/item-state.ts';
import { api } from '../../api/client.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';
import { ReviewItem, type DecisionRequest } from './ReviewItem.tsx';

type Filter = 'todo' | ItemState | 'conflict' | 'all';
const FILTERS: [Filter, string][] = [['todo', '未決定・判断済(未反映)'], ['open', '未決定'], ['conflict', '競合のみ'], ['decided', '判断済(未反映)'], ['applied', '反映済'], ['rejected', '不採用'], ['all', 'すべて']];

const shown = (i: SurveyReviewItem, f: Filter) =>
  f === 'all' || (f === 'todo' ? i.state === 'open' || i.state === 'decided' : f === 'conflict' ? i.state === 'open' && i.conflict : i.state === f);

export function ReviewPanel({ review, onReview, onApplied }: { review: SurveyReview; onReview: (r: SurveyReview) => void; onApplied: () => Promise<void> }) {
  const [dialog, confirm] = useConfirm();
  const [dept, setDept] = useState('');
  const [filter, setFilterState] = useState<Filter>('todo');
  // Items decided here stay in view until the filter changes: an item that vanished on 現在のまま
  // would slide the next item's same button under the pointer.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const setFilter = (f: Filter) => { setFilterState(f); setKept(new Set()); };
  const [error, setError] = useState<string | null>(null);
  const roundId = review.round.id;
  const departments = [...new Set(review.items.flatMap((i) => i.proposals.map((p) => p.department)))];
  const visible = review.items.filter((i) => (!dept || i.proposals.some((p) => p.department === dept))
    && (shown(i, filter) || kept.has(decisionKey(i.initiativeId, i.field))));
  const groups = new Map<string, SurveyReviewItem[]>();
  for (const i of visible) groups.set(i.initiativeId, [...(groups.get(i.initiativeId) ?? []), i]);

  const decide = async (decisions: DecisionRequest[]): Promise<boolean> => {
    if (decisions.length === 0) return false;
    const r = await api.decideSurveyChanges({ roundId, decisions });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setError(null);
    setKept((k) => new Set([...k, ...decisions.map((d) => decisionKey(d.initiativeId, d.field))]));
    onReview(r.value);
    return true;
  };
  const wholeDept = () =>
    decide(review.items.filter((i) => i.state === 'open' && !i.conflicts.includes('deleted') && i.proposals.some((p) => p.department === dept))
      .map((i) => ({ initiativeId: i.initiativeId, field: i.field, seenDecisionId: seenDecisionOf(i)?.id ?? null, action: 'accept' as const, department: dept })));
  const agreed = review.items.filter((i) => i.state === 'open' && !i.conflict);
  const acceptAgreed = () => decide(agreed.map((i) => ({ initiativeId: i.initiativeId, field: i.field, seenDecisionId: seenDecisionOf(i)?.id ?? null, action: 'accept' as const })));
  const c = review.counts;
  const apply = async () => {
    if (!(await confirm(`判断済みの ${c.decided}件を計画に反映します。反映の前に自動でバックアップを取ります。${c.open > 0 ? `\n未決定の ${c.open}件は反映せず、このまま残ります。` : ''}`, '反映する'))) return;
    const r = await api.applySurveyChanges({ roundId });
    if (!r.ok) return setError(r.error.message);
    setKept(new Set());
    // Items left out are named (file and cell) where they stay visible, not in a toast that goes away.
    setError(r.value.skipped.length > 0 ? `次の ${r.value.skipped.length}件は反映していません:\n${r.value.skipped.join('\n')}` : null);
    showToast(`${r.value.initiatives}件の取組の ${r.value.fields}項目を反映しました。`);
    await onApplied();
  };

  return (
    <>
      {dialog}
      <p className="counts" aria-label="件数">{countsText(c)}</p>
      <div className="row">
        <label>課 <select value={dept} onChange={(e) => setDept(e.target.value)}><option value="">すべての課</option>{departments.map((d) => <option key={d}>{d}</option>)}</select></label>
        <label>表示 <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>{FILTERS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select></label>
        {dept && <button type="button" onClick={wholeDept}>{dept}の未決定の回答をすべて採用</button>}
        {!dept && agreed.length > 0 && <button type="button" onClick={acceptAgreed}>競合のない未決定 {agreed.length}件をすべて採用</button>}
        <button type="button" className="primary" disabled={c.decided === 0} onClick={apply}>反映する</button>
        {c.decided === 0 && <span className="hint">判断済みの項目がないため、反映するものはありません。</span>}
      </div>
      {c.openConflicts > 0 && <p className="notice">競合が {c.openConflicts}件あります。各課の回答を見比べて「この課の回答を採用」「現在のまま」「編集して採用」のどれかを選んでください。</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {visible.length === 0 && <p>表示する項目はありません。</p>}
      {[...groups.values()].map((items) => (
        <section key={items[0]!.initiativeId} className="review-group" aria-label={`No.${items[0]!.no} ${items[0]!.title}`}>
          <h3>No.{items[0]!.no} {items[0]!.title}</h3>
          {items.map((i) => <ReviewItem key={i.field} item={i} decide={decide} confirm={confirm} />)}
        </section>
      ))}
      {review.comments.length > 0 && (
        <section aria-label="課からのコメント">
          <h2>課からのコメント({review.comments.length}件)</h2>
          <table>
            <thead><tr><th>取組</th><th>課</th><th>コメント</th></tr></thead>
            <tbody>{review.comments.map((m, k) => <tr key={k}><td>No.{m.no} {m.title}</td><td>{m.department}</td><td className="multiline">{m.text}</td></tr>)}</tbody>
          </table>
        </section>
      )}
    </>
  );
}
