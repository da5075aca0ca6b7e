// One proposed change in the review: what was sent, the DB now (when it moved), each 課's proposal
// as a diff against the DB, and the decision buttons (採用 / 不採用 / 編集).
import { useState } from 'react';
import type { SurveyReviewItem } from '../../../shared/survey/api-types.ts';
import { distinctProposals } from '../../../shared/survey/merge.ts';
import { fieldText } from '../../../shared/survey/fields.ts';
import { FIELD_LABELS, type FieldValue } from '../../../shared/survey/types.ts';
import type { ScheduleBar } from '../../../shared/domain/schema.ts';
import { BarsEditor } from './BarsEditor.tsx';
import { DiffView } from './DiffView.tsx';

export interface DecisionRequest {
  initiativeId: string;
  field: SurveyReviewItem['field'];
  action: 'accept' | 'reject' | 'edit' | 'clear';
  department?: string;
  value?: string | ScheduleBar[];
}

const STATUS = { change: '変更案', conflict: '競合', applied: '反映済' } as const;
const WHY = { db: '送付後に台帳が変更されています', departments: '課によって回答が違います', deleted: '取組が削除されています' } as const;

function decisionLabel(item: SurveyReviewItem): string {
  const d = item.decision;
  if (!d) return item.status === 'applied' ? '' : item.staleDecision ? '未決定(状況が変わったため判断をやり直してください)' : '未決定';
  if (d.action === 'reject') return '不採用(台帳のまま)';
  if (d.action === 'edit') return '編集して採用';
  const who = item.proposals.find((p) => p.returnId === d.sourceReturnId)?.department;
  return `採用${who && distinctProposals(item).length > 1 ? `(${who}の案)` : ''}`;
}

export function ReviewItem({ item, decide }: { item: SurveyReviewItem; decide: (d: DecisionRequest[]) => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const groups = distinctProposals(item);
  const now = fieldText(item.field, item.current ?? item.base);
  const key = { initiativeId: item.initiativeId, field: item.field };
  const deleted = item.conflicts.includes('deleted');
  const open = item.status !== 'applied';
  const startEdit = () => {
    const v: FieldValue = item.decision?.value ?? groups[0]!.value;
    setText(typeof v === 'string' ? v : '');
    setEditing(true);
  };
  return (
    <article className="review-item" data-status={item.status} data-field={item.field} data-initiative={item.initiativeId} aria-label={`No.${item.no} ${FIELD_LABELS[item.field]}`}>
      <div>
        <span className={`badge-status ${item.status}`}>{STATUS[item.status]}</span>
        <strong>{FIELD_LABELS[item.field]}</strong>
        {item.conflicts.map((c) => <span key={c} className="error"> ・{WHY[c]}</span>)}
        {open && <span className="decision" data-decision={item.decision?.action ?? 'none'}>{decisionLabel(item)}</span>}
      </div>
      {item.conflicts.includes('db') && (
        <div className="values">
          <span>送付時</span><span className="plain">{fieldText(item.field, item.base) || '(空欄)'}</span>
          <span>現在の台帳</span><span className="plain">{now || '(空欄)'}</span>
        </div>
      )}
      {groups.map((g, i) => (
        <div key={i} className="proposal">
          <div className="who">{g.proposals.map((p) => `${p.department}(${p.fileName} ${p.cell})`).join('、')}</div>
          <DiffView lines={item.field === 'schedule'} before={now} after={fieldText(item.field, g.value)} label={`${g.proposals.map((p) => p.department).join('、')}の変更案`} />
          {open && !deleted && groups.length > 1 && <button type="button" onClick={() => decide([{ ...key, action: 'accept', department: g.proposals[0]!.department }])}>この案を採用</button>}
        </div>
      ))}
      {item.decision?.action === 'edit' && item.decision.value !== null && (
        <div className="proposal"><div className="who">編集後の値</div><DiffView lines={item.field === 'schedule'} before={now} after={fieldText(item.field, item.decision.value)} label="編集後の値" /></div>
      )}
      {open && !editing && (
        <div className="row">
          {!deleted && groups.length === 1 && <button type="button" className="primary" onClick={() => decide([{ ...key, action: 'accept' }])}>採用</button>}
          <button type="button" onClick={() => decide([{ ...key, action: 'reject' }])}>不採用</button>
          {!deleted && <button type="button" onClick={startEdit}>編集</button>}
          {item.decision && <button type="button" onClick={() => decide([{ ...key, action: 'clear' }])}>判断を取り消す</button>}
        </div>
      )}
      {editing && item.field !== 'schedule' && (
        <div>
          <textarea aria-label="編集後の値" value={text} onChange={(e) => setText(e.target.value)} />
          <div className="row">
            <button type="button" className="primary" onClick={() => { void decide([{ ...key, action: 'edit', value: text }]).then(() => setEditing(false)); }}>この内容で採用</button>
            <button type="button" onClick={() => setEditing(false)}>やめる</button>
          </div>
        </div>
      )}
      {editing && item.field === 'schedule' && (
        <BarsEditor initial={(item.decision?.value ?? groups[0]!.value) as ScheduleBar[]} onCancel={() => setEditing(false)}
          onSave={(bars) => { void decide([{ ...key, action: 'edit', value: bars }]).then(() => setEditing(false)); }} />
      )}
    </article>
  );
}
