// 確認・反映: every proposed change by initiative, filtered by 課 or state; decisions one by one or
// for a whole 課; applying once every conflict is resolved; the 課's comments.
import { useState } from 'react';
import type { SurveyReview, SurveyReviewItem } from '../../../shared/survey/api-types.ts';
import { api } from '../../api/client.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { showToast } from '../../components/toast.ts';
import { ReviewItem, type DecisionRequest } from './ReviewItem.tsx';

type Filter = 'all' | 'open' | 'conflict';

export function ReviewPanel({ review, onReview, onApplied }: { review: SurveyReview; onReview: (r: SurveyReview) => void; onApplied: () => Promise<void> }) {
  const [dialog, confirm] = useConfirm();
  const [dept, setDept] = useState('');
  const [filter, setFilter] = useState<Filter>('open');
  const [error, setError] = useState<string | null>(null);
  const roundId = review.round.id;
  const departments = [...new Set(review.items.flatMap((i) => i.proposals.map((p) => p.department)))];
  const visible = review.items.filter((i) =>
    (!dept || i.proposals.some((p) => p.department === dept)) &&
    (filter === 'all' || (filter === 'open' ? i.status !== 'applied' : i.status === 'conflict')));
  const groups = new Map<string, SurveyReviewItem[]>();
  for (const i of visible) groups.set(i.initiativeId, [...(groups.get(i.initiativeId) ?? []), i]);

  const decide = async (decisions: DecisionRequest[]) => {
    if (decisions.length === 0) return;
    const r = await api.decideSurveyChanges({ roundId, decisions });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onReview(r.value);
  };
  const wholeDept = (action: 'accept' | 'reject') =>
    decide(review.items.filter((i) => i.status !== 'applied' && !i.conflicts.includes('deleted') && i.proposals.some((p) => p.department === dept))
      .map((i) => ({ initiativeId: i.initiativeId, field: i.field, action, ...(action === 'accept' ? { department: dept } : {}) })));
  const acceptAllChanges = () =>
    decide(review.items.filter((i) => i.status === 'change' && !i.decision).map((i) => ({ initiativeId: i.initiativeId, field: i.field, action: 'accept' as const })));
  const apply = async () => {
    if (!(await confirm(`採用した変更(${review.counts.decided}件のうち採用・編集したもの)を計画に反映します。反映の前に自動でバックアップを取ります。`, '反映する'))) return;
    const r = await api.applySurveyChanges({ roundId });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    showToast(`${r.value.initiatives}件の取組の ${r.value.fields}項目を反映しました。`);
    await onApplied();
  };

  const c = review.counts;
  return (
    <>
      {dialog}
      <p aria-label="件数">変更案 {c.changes}件 ・ 競合 {c.conflicts}件(未解決 {c.unresolvedConflicts}件) ・ 判断済 {c.decided}件 ・ 反映済 {c.applied}件</p>
      <div className="row">
        <label>課 <select value={dept} onChange={(e) => setDept(e.target.value)}><option value="">すべての課</option>{departments.map((d) => <option key={d}>{d}</option>)}</select></label>
        <label>表示 <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}><option value="open">未反映</option><option value="conflict">競合のみ</option><option value="all">すべて</option></select></label>
        {dept && <button type="button" onClick={() => wholeDept('accept')}>{dept}の変更案をすべて採用</button>}
        {dept && <button type="button" onClick={() => wholeDept('reject')}>{dept}の変更案をすべて不採用</button>}
        {!dept && c.changes > 0 && <button type="button" onClick={acceptAllChanges}>競合のない変更案をすべて採用</button>}
        <button type="button" className="primary" disabled={c.unresolvedConflicts > 0 || c.decided === 0} onClick={apply}
          title={c.unresolvedConflicts > 0 ? '競合をすべて解決してから反映できます' : undefined}>反映する</button>
      </div>
      {c.unresolvedConflicts > 0 && <p className="notice">競合が {c.unresolvedConflicts}件あります。どの値にするか決めてから反映してください(採用する案を選ぶ、不採用にする、または編集する)。</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {visible.length === 0 && <p>表示する変更案はありません。</p>}
      {[...groups.values()].map((items) => (
        <section key={items[0]!.initiativeId} className="review-group" aria-label={`No.${items[0]!.no} ${items[0]!.title}`}>
          <h3>No.{items[0]!.no} {items[0]!.title}</h3>
          {items.map((i) => <ReviewItem key={i.field} item={i} decide={decide} />)}
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
