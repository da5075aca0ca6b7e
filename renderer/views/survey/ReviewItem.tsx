// One item of the review (an initiative's field): 送付時, 現在の台帳 and every 課's answer side by
// side as plain, copyable text (changes against 送付時 marked on request), and the decision:
// 「この課の回答を採用」「現在のまま」「編集して採用」 (pre-filled with the answer it starts from).
import { useState, type ReactNode } from 'react';
import type { SurveyReviewItem } from '../../../shared/survey/api-types.ts';
import { seenDecisionOf } from '../../../shared/survey/decisions.ts';
import { fieldText } from '../../../shared/survey/fields.ts';
import { STATE_LABELS } from '../../../shared/survey/item-state.ts';
import { FIELD_LABELS, type FieldValue } from '../../../shared/survey/types.ts';
import { unprintableCodes, withoutUnprintable, type ScheduleBar } from '../../../shared/domain/schema.ts';
import { showToast } from '../../components/toast.ts';
import { BarsEditor } from './BarsEditor.tsx';
import { DiffView } from './DiffView.tsx';
import { formatAt } from './files.ts';

export interface DecisionRequest {
  initiativeId: string;
  field: SurveyReviewItem['field'];
  action: 'accept' | 'reject' | 'edit' | 'clear';
  department?: string;
  value?: string | ScheduleBar[];
  /** The decision shown when this one was chosen: a change made meanwhile in another window is refused, not overwritten. */
  seenDecisionId?: number | null;
}

const WHY = { db: '送付後に台帳が変更されています', departments: '課によって回答が違います', deleted: '取組が削除されています' } as const;

export function decisionText(item: SurveyReviewItem): string {
  const d = item.decision;
  if (!d) return item.state === 'applied' ? '台帳が既に回答と同じです' : '';
  const how = d.action === 'accept' ? `${d.department}の回答を採用` : d.action === 'reject' ? '現在のまま(台帳を変えない)' : '編集して採用';
  return `${how}(${d.decidedBy} ${formatAt(d.decidedAt)})`;
}

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text);
    showToast(`${what}をコピーしました。`);
  } catch {
    showToast('コピーできませんでした。文字を選んでコピーしてください。', 'error');
  }
}

function ValueCard({ title, sub, text, base, diff, lines, chosen, children }: {
  title: string; sub?: string; text: string; base: string; diff: boolean; lines: boolean; chosen: boolean; children?: ReactNode;
}) {
  return (
    <section className={`answer${chosen ? ' chosen' : ''}`} aria-label={title} data-chosen={chosen}>
      <div className="answer-head"><strong>{title}</strong>{chosen && <span className="chosen-mark">採用中</span>}{sub && <span className="sub">{sub}</span>}</div>
      {diff ? <DiffView lines={lines} before={base} after={text} label={`${title}(送付時との違い)`} />
        : <div className="value" aria-label={`${title}の文章`}>{text === '' ? <span className="empty">(空欄)</span> : text}</div>}
      <div className="row">
        <button type="button" onClick={() => copy(text, `「${title}」`)}>コピー</button>
        {children}
      </div>
    </section>
  );
}

export function ReviewItem({ item, decide, confirm }: {
  item: SurveyReviewItem;
  decide: (d: DecisionRequest[]) => Promise<boolean>;
  confirm: (message: ReactNode, ok?: string) => Promise<boolean>;
}) {
  const [diff, setDiff] = useState(false);
  const [editing, setEditing] = useState<FieldValue | null>(null);
  const lines = item.field === 'schedule';
  const text = (v: FieldValue | null) => fieldText(item.field, v);
  const base = text(item.base);
  const deleted = item.conflicts.includes('deleted');
  const key = { initiativeId: item.initiativeId, field: item.field, seenDecisionId: seenDecisionOf(item)?.id ?? null };
  const d = item.decision;
  const inForce = item.state !== 'open' && d !== null;
  const label = `No.${item.no} ${FIELD_LABELS[item.field]}`;

  /** A decision over an edited text loses that text: ask first. */
  const change = async (req: Omit<DecisionRequest, 'initiativeId' | 'field' | 'seenDecisionId'>) => {
    if (d?.action === 'edit' && item.state !== 'applied' && d.value !== null) {
      const ok = await confirm(<div style={{ whiteSpace: 'pre-wrap' }}>{`${label} は編集した文章で採用しています:\n\n${text(d.value)}\n\nこの判断を変えると、編集した文章は使われなくなります(記録には残ります)。よろしいですか?`}</div>, '判断を変える');
      if (!ok) return false;
    }
    return decide([{ ...key, ...req }]);
  };
  const startEdit = (from: FieldValue) => setEditing(from);

  return (
    <article className="review-item" data-state={item.state} data-conflict={item.conflict} data-field={item.field} data-initiative={item.initiativeId} aria-label={label}>
      <div className="item-head">
        <span className={`badge-state ${item.state}`}>{STATE_LABELS[item.state]}</span>
        <strong>{FIELD_LABELS[item.field]}</strong>
        {/* A disagreement already decided is history, not an alarm: no red badge once it is settled. */}
        {item.conflict && item.state === 'open' && <span className="badge-conflict">競合</span>}
        {item.conflicts.map((c) => <span key={c} className={item.state === 'open' ? 'why' : 'why settled'}> ・{WHY[c]}{item.state === 'open' ? '' : '(判断済み)'}</span>)}
        <label className="diff-toggle"><input type="checkbox" checked={diff} onChange={(e) => setDiff(e.target.checked)} /> 送付時との違いを色で示す</label>
      </div>
      {item.reopened && (
        <div className="reopened" role="note" aria-label="判断のやり直し">
          <strong>もう一度判断してください。</strong>
          {item.reopened.previous && <> 前の判断: {decisionText({ ...item, decision: item.reopened.previous })}。</>}
          <ul>{item.reopened.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </div>
      )}
      {inForce && (
        <p className="decision-line" aria-label="判断">
          判断: <strong>{decisionText(item)}</strong>
          {item.applied && <> ・ 反映 {formatAt(item.applied.at)} {item.applied.who}{item.applied.sources.length > 0 ? `(${item.applied.sources.join('、')})` : ''}</>}
        </p>
      )}
      {!inForce && item.state === 'applied' && <p className="decision-line">{decisionText(item)}</p>}
      <div className="answers">
        <ValueCard title="送付時" text={base} base={base} diff={false} lines={lines} chosen={false} />
        <ValueCard title="現在の台帳" text={item.current === null ? '(取組が削除されています)' : text(item.current)} base={base} diff={diff} lines={lines}
          chosen={inForce && d.action === 'reject'}>
          {item.state !== 'applied' && !(inForce && d.action === 'reject') && <button type="button" onClick={() => change({ action: 'reject' })}>現在のまま</button>}
          {!deleted && item.current !== null && <button type="button" onClick={() => startEdit(item.current!)}>編集して採用</button>}
        </ValueCard>
        {item.proposals.map((p) => (
          <ValueCard key={p.department} title={p.department} sub={`${p.fileName} ${p.cell}`} text={text(p.value)} base={base} diff={diff} lines={lines}
            chosen={inForce && d.action === 'accept' && d.department === p.department}>
            {!deleted && !(inForce && d.action === 'accept' && d.department === p.department) && (
              <button type="button" className="primary" aria-label={`${p.department}の回答を採用`} onClick={() => change({ action: 'accept', department: p.department })}>この課の回答を採用</button>
            )}
            {!deleted && <button type="button" aria-label={`${p.department}の回答から編集`} onClick={() => startEdit(p.value)}>編集して採用</button>}
          </ValueCard>
        ))}
        {inForce && d.action === 'edit' && d.value !== null && (
          <ValueCard title="編集した値" text={text(d.value)} base={base} diff={diff} lines={lines} chosen>
            <button type="button" onClick={() => startEdit(d.value!)}>さらに編集</button>
          </ValueCard>
        )}
      </div>
      {d && item.state !== 'applied' && (
        <div className="row"><button type="button" onClick={() => change({ action: 'clear' })}>判断を取り消す(未決定に戻す)</button></div>
      )}
      {editing !== null && !lines && (
        <TextEditor item={item} initial={editing as string} onCancel={() => setEditing(null)}
          onSave={(v) => { void change({ action: 'edit', value: v }).then((ok) => { if (ok) setEditing(null); }); }} />
      )}
      {editing !== null && lines && (
        <BarsEditor initial={editing as ScheduleBar[]} onCancel={() => setEditing(null)}
          onSave={(bars) => { void change({ action: 'edit', value: bars }).then((ok) => { if (ok) setEditing(null); }); }} />
      )}
    </article>
  );
}

/** The edited text, started from one answer; other answers can be added one after another. */
function TextEditor({ item, initial, onSave, onCancel }: { item: SurveyReviewItem; initial: string; onSave: (v: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  // An answer stored before the import checked its characters can hold invisible ones: say so here,
  // where they can be taken out, instead of refusing the text without showing why.
  const bad = unprintableCodes(value);
  return (
    <div className="editor">
      <textarea aria-label="編集後の値" value={value} onChange={(e) => setValue(e.target.value)} rows={Math.min(14, Math.max(4, value.split('\n').length + 1))} />
      {bad.length > 0 && (
        <p className="notice" role="alert">
          この文章には計画に保存できない見えない文字({bad.slice(0, 3).join('、')}{bad.length > 3 ? ' など' : ''})があり、このままでは採用できません。
          <button type="button" onClick={() => setValue(withoutUnprintable(value))}>見えない文字を取り除く(改行の文字は改行に)</button>
        </p>
      )}
      <div className="row">
        {item.proposals.map((p) => (
          <button key={p.department} type="button" onClick={() => setValue((v) => (v === '' ? (p.value as string) : `${v}\n${p.value as string}`))}>{p.department}の回答を末尾に加える</button>
        ))}
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={bad.length > 0} onClick={() => onSave(value)}>この内容で採用</button>
        <button type="button" onClick={onCancel}>やめる</button>
      </div>
    </div>
  );
}
